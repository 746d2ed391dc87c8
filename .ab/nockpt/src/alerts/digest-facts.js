import { sql } from 'kysely';
import { loadFactViews } from './fact-lines.js';
import { parseList } from './subscriptions.js';
/** A digest never reaches further back than this, however long ago the last one was. */
export const MAX_DIGEST_WINDOW_MS = 7 * 24 * 60 * 60_000;
/**
 * Facts first seen in (since, until], excluding those a new source's backlog brought in (baseline
 * items never alert and never fill a digest). One query for all subscriptions due at once; each
 * then picks its own with `factsFor`.
 */
export async function factsSeenBetween(db, since, until) {
    const ids = await db
        .selectFrom('facts as f')
        .select('f.id')
        .where('f.first_seen_at', '>', since)
        .where('f.first_seen_at', '<=', until)
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('fact_sources as fs')
        .innerJoin('items as i', 'i.id', 'fs.item_id')
        .select(sql.lit(1).as('one'))
        .whereRef('fs.fact_id', '=', 'f.id')
        .whereRef('fs.created_at', '=', 'f.first_seen_at')
        .where('i.baseline', '=', 1))))
        .execute();
    return loadFactViews(db, ids.map((r) => r.id));
}
/** The facts one subscription wants, most important then newest first. */
export function factsFor(sub, facts, since) {
    const competitors = parseList(sub.competitors);
    const types = parseList(sub.fact_types);
    return facts
        .filter((f) => f.firstSeenAt > since &&
        (!competitors.length || competitors.includes(f.competitorId)) &&
        (!types.length || types.includes(f.type)))
        .sort((a, b) => b.importance - a.importance || b.firstSeenAt.localeCompare(a.firstSeenAt) || b.id - a.id);
}
/** Where the next digest starts: the last one's end, else the subscription's start, at most a week back. */
export function digestStart(sub, lastCoveredUntil, now) {
    return digestWindow(sub, lastCoveredUntil, now).since;
}
/** digestStart, and which of the three it was, for a digest that has to say "since when". */
export function digestWindow(sub, lastCoveredUntil, now) {
    const start = Date.parse(lastCoveredUntil ?? sub.created_at);
    const cap = now.getTime() - MAX_DIGEST_WINDOW_MS;
    if (start < cap)
        return { since: new Date(cap).toISOString(), after: 'week' };
    // Subscribing after the day's digest time marks that day done from the subscription's start:
    // no digest went out, so the window still runs from when the channel subscribed.
    const sinceDigest = lastCoveredUntil !== undefined && Date.parse(lastCoveredUntil) !== Date.parse(sub.created_at);
    return { since: new Date(start).toISOString(), after: sinceDigest ? 'last-digest' : 'subscribed' };
}
//# sourceMappingURL=digest-facts.js.map