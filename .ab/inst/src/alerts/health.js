/** Outbox counts and the latest error of one subscription, for /subscriptions. */
export async function deliveryHealth(db, subscriptionId) {
    const counts = await db
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll().as('n'), (eb) => eb.fn.max('sent_at').as('last_sent')])
        .where('subscription_id', '=', subscriptionId)
        .groupBy('status')
        .execute();
    const n = (s) => Number(counts.find((c) => c.status === s)?.n ?? 0);
    const failed = await db
        .selectFrom('outbox')
        .select(['last_error', 'next_attempt_at', 'created_at'])
        .where('subscription_id', '=', subscriptionId)
        .where('last_error', 'is not', null)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
    const sent = counts.find((c) => c.status === 'sent');
    return {
        pending: n('pending'),
        sending: n('sending'),
        sent: n('sent'),
        dead: n('dead'),
        lastSentAt: sent?.last_sent ? String(sent.last_sent) : null,
        lastError: failed?.last_error ?? null,
        lastErrorAt: failed ? failed.created_at : null,
    };
}
//# sourceMappingURL=health.js.map