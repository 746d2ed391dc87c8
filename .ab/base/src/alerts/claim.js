import { sql } from 'kysely';
import { dialectOf } from '../db/dialect.js';
/**
 * Due: pending and past next_attempt_at, or `sending` under a claim that expired. Spelled as one
 * CASE on status rather than an OR of two status tests: without statistics Postgres estimates the
 * OR at almost no rows, expects to read every open row to find `limit` of them, and sorts them all.
 */
const isDue = (nowIso) => (eb) => eb
    .case('outbox.status')
    .when('pending')
    .then(eb('outbox.next_attempt_at', '<=', nowIso))
    .else(eb('outbox.claimed_until', '<', nowIso))
    .end();
/** The predicate of the partial index outbox_open, repeated literally so both engines match it. */
const isOpen = sql `outbox.status in ('pending', 'sending')`;
/**
 * Claims up to `limit` due rows for one worker with a portable compare-and-set: the UPDATE
 * repeats the "still due" condition, so of two workers racing for a row exactly one changes it.
 * Due means pending and past next_attempt_at, or `sending` under a claim that expired (the worker
 * holding it died; the row is retried — at-least-once). Returns the rows this claim (identified by
 * `token`) won, oldest first.
 *
 * The candidates come from the outbox alone, walked in id order on the partial index of open rows
 * (outbox_open) until `limit` are found: a plan that does not depend on planner statistics (a join
 * to subscriptions here made Postgres loop over every subscription for every row, seconds per
 * claim, until ANALYZE). On Postgres they are locked with SKIP LOCKED, so concurrent workers take
 * disjoint batches instead of racing for the same rows. Disabling a subscription retires its open
 * rows (markDead); a row that slipped in meanwhile is retired here when claimed, never sent.
 */
export async function claimDue(db, opts) {
    const nowIso = opts.now.toISOString();
    const claimedUntil = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
    const candidates = db
        .selectFrom('outbox')
        .select('outbox.id')
        .where(isOpen)
        .where(isDue(nowIso))
        .orderBy('outbox.id')
        .limit(opts.limit);
    // A materialized CTE picks the candidates once: as a plain IN (subquery) Postgres may run the
    // LIMIT … SKIP LOCKED again for every row it updates and claim more than `limit` rows.
    const won = await db
        .with((cte) => cte('picked').materialized(), () => (dialectOf(db) === 'postgres' ? candidates.forUpdate().skipLocked() : candidates))
        .updateTable('outbox')
        .set({ status: 'sending', claimed_by: opts.token, claimed_until: claimedUntil })
        .where('outbox.id', 'in', (eb) => eb.selectFrom('picked').select('picked.id'))
        .where(isOpen)
        .where(isDue(nowIso))
        .returning([
        'outbox.id',
        'outbox.subscription_id as subscriptionId',
        'outbox.kind',
        'outbox.dedupe_key as dedupeKey',
        'outbox.fact_id as factId',
        'outbox.payload',
        'outbox.attempts',
    ])
        .execute();
    if (!won.length)
        return [];
    const subscriptions = await db
        .selectFrom('subscriptions')
        .select(['id', 'platform', 'workspace', 'channel', 'disabled_reason'])
        .where('id', 'in', [...new Set(won.map((w) => w.subscriptionId))])
        .execute();
    const live = new Map(subscriptions.filter((s) => s.disabled_reason === null).map((s) => [s.id, s]));
    const retired = won.filter((w) => !live.has(w.subscriptionId)).map((w) => w.id);
    if (retired.length) {
        await db
            .updateTable('outbox')
            .set({
            status: 'dead',
            last_error: 'not sent: subscription disabled',
            claimed_by: null,
            claimed_until: null,
        })
            .where('id', 'in', retired)
            .where('claimed_by', '=', opts.token)
            .execute();
    }
    return won
        .flatMap((w) => {
        const s = live.get(w.subscriptionId);
        return s
            ? [
                {
                    ...w,
                    platform: s.platform,
                    workspace: s.workspace,
                    channel: s.channel,
                },
            ]
            : [];
    })
        .sort((a, b) => a.id - b.id);
}
/** The outcome of one send, recorded only if this worker still holds the claim. */
export async function markSent(db, id, token, nowIso) {
    const r = await db
        .updateTable('outbox')
        .set((eb) => ({
        status: 'sent',
        sent_at: nowIso,
        attempts: eb('attempts', '+', 1),
        last_error: null,
        claimed_by: null,
        claimed_until: null,
    }))
        .where('id', '=', id)
        .where('claimed_by', '=', token)
        .where('status', '=', 'sending')
        .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
}
export async function markRetry(db, id, token, error, nextAttemptIso, countAttempt = true) {
    const r = await db
        .updateTable('outbox')
        .set((eb) => ({
        status: 'pending',
        attempts: countAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
        last_error: error.slice(0, 500),
        next_attempt_at: nextAttemptIso,
        claimed_by: null,
        claimed_until: null,
    }))
        .where('id', '=', id)
        .where('claimed_by', '=', token)
        .where('status', '=', 'sending')
        .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
}
/** Gives a claimed row back untouched (it could not be sent within the claim, e.g. rate limits). */
export async function release(db, id, token, nextAttemptIso) {
    await db
        .updateTable('outbox')
        .set({
        status: 'pending',
        next_attempt_at: nextAttemptIso,
        claimed_by: null,
        claimed_until: null,
    })
        .where('id', '=', id)
        .where('claimed_by', '=', token)
        .where('status', '=', 'sending')
        .execute();
}
/** One row that cannot be sent (nothing to render): dead with the reason; the subscription stays on. */
export async function retireRow(db, id, token, reason) {
    await db
        .updateTable('outbox')
        .set({ status: 'dead', last_error: reason.slice(0, 500), claimed_by: null, claimed_until: null })
        .where('id', '=', id)
        .where('claimed_by', '=', token)
        .execute();
}
/**
 * A permanent failure: the row is dead, the subscription disabled with the reason, and the
 * subscription's other waiting rows (and those this claim still holds) are dead too: they would fail
 * the same way. One transaction.
 */
export async function markDead(db, row, token, reason, nowIso) {
    const why = reason.slice(0, 500);
    await db.transaction().execute(async (trx) => {
        await trx
            .updateTable('outbox')
            .set((eb) => ({
            status: 'dead',
            attempts: eb('attempts', '+', 1),
            last_error: why,
            claimed_by: null,
            claimed_until: null,
        }))
            .where('id', '=', row.id)
            .where('claimed_by', '=', token)
            .execute();
        await trx
            .updateTable('subscriptions')
            .set({ disabled_reason: why, disabled_at: nowIso })
            .where('id', '=', row.subscriptionId)
            .where('disabled_reason', 'is', null)
            .execute();
        await trx
            .updateTable('outbox')
            .set({
            status: 'dead',
            last_error: `not sent: subscription disabled (${why})`,
        })
            .where('subscription_id', '=', row.subscriptionId)
            .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('claimed_by', '=', token)])]))
            .execute();
    });
}
//# sourceMappingURL=claim.js.map