import { localTime, previousDate } from './local-time.js';
export const MODES = ['alerts', 'digest', 'both'];
/** Alerts go out for facts at least this important unless a subscription says otherwise (3 = high). */
export const DEFAULT_MIN_IMPORTANCE = 3;
export const parseList = (json) => {
    const v = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
};
export async function findSubscription(db, ch) {
    return db
        .selectFrom('subscriptions')
        .selectAll()
        .where('platform', '=', ch.platform)
        .where('workspace', '=', ch.workspace)
        .where('channel', '=', ch.channel)
        .executeTakeFirst();
}
/**
 * Creates the channel's subscription or changes the given settings of the existing one, and
 * re-enables it (an admin subscribing again is the way back after a permanent failure).
 * A digest time already past today counts today as done, so subscribing at 15:00 to a 09:00
 * digest does not post one at once.
 */
export async function saveSubscription(db, ch, change, defaults, who, now) {
    const nowIso = now.toISOString();
    return db.transaction().execute(async (trx) => {
        const existing = await findSubscription(trx, ch);
        const values = {
            ...(change.competitors ? { competitors: JSON.stringify(change.competitors) } : {}),
            ...(change.factTypes ? { fact_types: JSON.stringify(change.factTypes) } : {}),
            ...(change.minImportance !== undefined ? { min_importance: change.minImportance } : {}),
            ...(change.mode ? { mode: change.mode } : {}),
            ...(change.digestTime ? { digest_time: change.digestTime } : {}),
            ...(change.timezone ? { timezone: change.timezone } : {}),
            ...(change.skipEmpty !== undefined ? { skip_empty: change.skipEmpty ? 1 : 0 } : {}),
        };
        let row;
        if (existing) {
            row = await trx
                .updateTable('subscriptions')
                .set({ ...values, disabled_reason: null, disabled_at: null })
                .where('id', '=', existing.id)
                .returningAll()
                .executeTakeFirstOrThrow();
        }
        else {
            row = await trx
                .insertInto('subscriptions')
                .values({
                platform: ch.platform,
                workspace: ch.workspace,
                channel: ch.channel,
                competitors: '[]',
                fact_types: '[]',
                min_importance: DEFAULT_MIN_IMPORTANCE,
                mode: 'both',
                digest_time: defaults.digestTime,
                timezone: defaults.timezone,
                skip_empty: 1,
                disabled_reason: null,
                disabled_at: null,
                created_by: who,
                created_at: nowIso,
                ...values,
            })
                .returningAll()
                .executeTakeFirstOrThrow();
        }
        const local = localTime(now, row.timezone);
        // An existing subscription (re-enabled, or switched to digests) might have missed yesterday's
        // digest; resubscribing is not the process coming back, so that one counts as done too.
        const done = local.time >= row.digest_time ? local.date : existing ? previousDate(local.date) : undefined;
        if (row.mode !== 'alerts' && done) {
            // The day is marked done without moving the window: facts not yet in a digest (say the time
            // moved from 09:00 to 08:00 at 08:30) go into the next one instead of into none.
            const last = existing
                ? await trx.selectFrom('digests').select((eb) => eb.fn.max('covered_until').as('until')).where('subscription_id', '=', row.id).executeTakeFirst()
                : undefined;
            const coveredUntil = last?.until ? String(last.until) : existing ? existing.created_at : nowIso;
            await trx
                .insertInto('digests')
                .values({ subscription_id: row.id, digest_date: done, covered_until: coveredUntil, created_at: nowIso })
                .onConflict((oc) => oc.columns(['subscription_id', 'digest_date']).doNothing())
                .execute();
        }
        return row;
    });
}
export async function deleteSubscription(db, id) {
    // Outbox and digest rows go with it (foreign keys cascade), so nothing is sent afterwards.
    await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('outbox').where('subscription_id', '=', id).execute();
        await trx.deleteFrom('digests').where('subscription_id', '=', id).execute();
        await trx.deleteFrom('subscriptions').where('id', '=', id).execute();
    });
}
/**
 * The other disabled subscriptions of this channel's workspace (Slack team, Discord guild). A
 * channel that was deleted cannot be asked about itself, so /subscriptions anywhere in the
 * workspace names them with the reason: a subscription is never stopped silently.
 */
export async function disabledElsewhere(db, ch, limit = 10) {
    return db
        .selectFrom('subscriptions')
        .selectAll()
        .where('platform', '=', ch.platform)
        .where('workspace', '=', ch.workspace)
        .where('channel', '!=', ch.channel)
        .where('disabled_reason', 'is not', null)
        .orderBy('disabled_at', 'desc')
        .orderBy('id')
        .limit(limit + 1)
        .execute();
}
/** Stops every delivery to a subscription and says why; shown by /subscriptions. */
export async function disableSubscription(db, id, reason, nowIso) {
    await db
        .updateTable('subscriptions')
        .set({ disabled_reason: reason.slice(0, 500), disabled_at: nowIso })
        .where('id', '=', id)
        .where('disabled_reason', 'is', null)
        .execute();
}
//# sourceMappingURL=subscriptions.js.map