import { digestWindow, factsFor, factsSeenBetween } from './digest-facts.js';
import { localTime, previousDate } from './local-time.js';
import { renderDigest } from './render-digest.js';
const CHUNK = 200;
/**
 * One minute-tick: finds subscriptions whose local digest time has passed today and that have no
 * digest for today's local date, and writes for each, in one transaction, the digests row and the
 * outbox row. The digests primary key (subscription, local date) makes a second process or a
 * restart write nothing. A digest missed while no process ran is sent once when one runs again:
 * before today's digest time, yesterday's is due if it never went out (and the subscription
 * existed then); nothing older is ever considered, so a long downtime gives one digest on return,
 * not a backlog. Due-ness is computed once per distinct timezone; a local time skipped by DST
 * (02:30 on spring-forward day) is caught by the first tick after it.
 */
export async function runDigestTick(deps) {
    const { db } = deps;
    const now = deps.clock.now();
    const nowIso = now.toISOString();
    const zones = await db
        .selectFrom('subscriptions')
        .select('timezone')
        .distinct()
        .where('mode', 'in', ['digest', 'both'])
        .where('disabled_reason', 'is', null)
        .execute();
    const due = [];
    for (const { timezone } of zones) {
        const local = localTime(now, timezone);
        const subs = await digestsNotSentOn(db, timezone, [local.date]).where('s.digest_time', '<=', local.time).execute();
        for (const sub of subs)
            due.push({ sub, date: local.date, late: false });
        for (const sub of await missedYesterday(db, timezone, now))
            due.push({ sub, date: previousDate(local.date), late: true });
    }
    const report = { due: due.length, written: 0, queued: 0 };
    if (!due.length)
        return report;
    // The same order in every process, so concurrent ticks on Postgres cannot deadlock each other.
    due.sort((a, b) => a.sub.id - b.sub.id);
    const lastCovered = new Map();
    for (let i = 0; i < due.length; i += 1000) {
        const ids = due.slice(i, i + 1000).map((d) => d.sub.id);
        const rows = await db
            .selectFrom('digests')
            .select(['subscription_id', (eb) => eb.fn.max('covered_until').as('until')])
            .where('subscription_id', 'in', ids)
            .groupBy('subscription_id')
            .execute();
        for (const r of rows)
            lastCovered.set(r.subscription_id, String(r.until));
    }
    const windows = new Map(due.map((d) => [d.sub.id, digestWindow(d.sub, lastCovered.get(d.sub.id), now)]));
    const earliest = new Date([...windows.values()].reduce((min, w) => Math.min(min, Date.parse(w.since)), now.getTime())).toISOString();
    const facts = await factsSeenBetween(db, earliest, nowIso);
    for (let i = 0; i < due.length; i += CHUNK) {
        await db.transaction().execute(async (trx) => {
            for (const { sub, date, late } of due.slice(i, i + CHUNK)) {
                const { since: from, after } = windows.get(sub.id);
                const inserted = await trx
                    .insertInto('digests')
                    .values({ subscription_id: sub.id, digest_date: date, covered_until: nowIso, created_at: nowIso })
                    .onConflict((oc) => oc.columns(['subscription_id', 'digest_date']).doNothing())
                    .executeTakeFirst();
                if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1)
                    continue;
                report.written++;
                const mine = factsFor(sub, facts, from);
                if (!mine.length && sub.skip_empty)
                    continue;
                const payload = renderDigest(mine, { date, timezone: sub.timezone, since: from, after, ...(late ? { lateFrom: sub.digest_time } : {}) });
                await trx
                    .insertInto('outbox')
                    .values({
                    subscription_id: sub.id,
                    kind: 'digest',
                    fact_id: null,
                    digest_date: date,
                    dedupe_key: `digest:${sub.id}:${date}`,
                    payload: JSON.stringify(payload),
                    status: 'pending',
                    attempts: 0,
                    next_attempt_at: nowIso,
                    last_error: null,
                    claimed_by: null,
                    claimed_until: null,
                    created_at: nowIso,
                    sent_at: null,
                })
                    .onConflict((oc) => oc.column('dedupe_key').doNothing())
                    .execute();
                report.queued++;
            }
        });
    }
    if (report.written)
        deps.log.info('alerts: digests written', { ...report });
    return report;
}
/**
 * Subscriptions of one timezone whose digest time has not come yet today and whose digest of
 * yesterday never went out although they existed at that time: the process was down then.
 */
async function missedYesterday(db, timezone, now) {
    const local = localTime(now, timezone);
    const yesterday = previousDate(local.date);
    const [h, m] = local.time.split(':').map(Number);
    // Yesterday's digest time lies before today's local midnight, at most an hour (DST) after now minus the local clock.
    const createdBefore = new Date(now.getTime() - (h * 60 + m) * 60_000 + 3600_000).toISOString();
    const subs = await digestsNotSentOn(db, timezone, [yesterday, local.date])
        .where('s.digest_time', '>', local.time)
        .where('s.created_at', '<', createdBefore)
        .execute();
    return subs.filter((sub) => {
        const created = localTime(new Date(sub.created_at), timezone);
        return `${created.date} ${created.time}` <= `${yesterday} ${sub.digest_time}`;
    });
}
/** Enabled digest subscriptions in `timezone` that have no digest yet for any of `dates`. */
function digestsNotSentOn(db, timezone, dates) {
    return db
        .selectFrom('subscriptions as s')
        .selectAll('s')
        .where('s.timezone', '=', timezone)
        .where('s.mode', 'in', ['digest', 'both'])
        .where('s.disabled_reason', 'is', null)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('digests as d')
        .select('d.subscription_id')
        .whereRef('d.subscription_id', '=', 's.id')
        .where('d.digest_date', 'in', dates))));
}
/**
 * What the next digest of a subscription would say if it went out now; writes nothing (/digest).
 * `after: 'day'` for a stand-in subscription covering the last 24 hours.
 */
export async function previewDigest(db, sub, now, opts = {}) {
    const last = await db
        .selectFrom('digests')
        .select((eb) => eb.fn.max('covered_until').as('until'))
        .where('subscription_id', '=', sub.id)
        .executeTakeFirst();
    const window = digestWindow(sub, last?.until ? String(last.until) : undefined, now);
    const from = window.since;
    const after = opts.after ?? window.after;
    const facts = factsFor(sub, await factsSeenBetween(db, from, now.toISOString()), from);
    return renderDigest(facts, { date: localTime(now, sub.timezone).date, timezone: sub.timezone, since: from, after });
}
//# sourceMappingURL=digest-tick.js.map