import { METRICS } from './vocabulary.js';
/** Reported figures beat estimates, and estimates beat targets, whatever their age. */
const STATUS_RANK = { actual: 0, estimate: 1, target: 2 };
const newestFirst = (a, b) => (b.as_of ?? '').localeCompare(a.as_of ?? '') || (b.period ?? '').localeCompare(a.period ?? '') || b.id - a.id;
/**
 * The figure to show for each (competitor, metric): an actual one when there is one, then the
 * newest. Keyed `${competitor}:${metric}`, metrics in vocabulary order.
 */
export async function latestMetrics(db, competitorIds) {
    return bestOf(db, competitorIds, (row) => `${row.competitor_id}:${row.name}`);
}
/**
 * The same choice made within each market: keyed `${competitor}:${metric}:${market}` (an empty
 * market when the fact names none), for putting side by side only figures of one market.
 */
export async function latestMetricsByMarket(db, competitorIds) {
    return bestOf(db, competitorIds, (row) => marketKey(row.competitor_id, row.name, row.market));
}
export const marketKey = (competitorId, metric, market) => `${competitorId}:${metric}:${market ?? ''}`;
async function bestOf(db, competitorIds, keyOf) {
    if (!competitorIds.length)
        return new Map();
    const rows = await db
        .selectFrom('facts')
        .selectAll()
        .where('type', '=', 'metric')
        .where('competitor_id', 'in', competitorIds)
        .execute();
    const best = new Map();
    for (const row of rows) {
        const key = keyOf(row);
        const held = best.get(key);
        if (!held || better(row, held))
            best.set(key, row);
    }
    const order = (name) => {
        const i = METRICS.indexOf(name);
        return i === -1 ? METRICS.length : i;
    };
    const chosen = [...best.entries()].sort(([, a], [, b]) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
    const withSources = await attachSources(db, chosen.map(([, f]) => f));
    return new Map(withSources.map((f, i) => [chosen[i][0], f]));
}
function better(a, b) {
    const rank = (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3);
    return rank !== 0 ? rank < 0 : newestFirst(a, b) < 0;
}
/** When an event happened, as far as we know: its period, else when it was reported. */
const eventDate = (f) => f.period ?? f.as_of ?? '';
/** A competitor's most recent events, by when they happened. */
export async function recentEvents(db, competitorId, limit = 5) {
    const rows = await db
        .selectFrom('facts')
        .selectAll()
        .where('type', '=', 'event')
        .where('competitor_id', '=', competitorId)
        .execute();
    rows.sort((a, b) => eventDate(b).localeCompare(eventDate(a)) || b.id - a.id);
    return attachSources(db, rows.slice(0, limit));
}
/** Facts matching a filter, newest reported first, with the total for "N more" hints. */
export async function findFacts(db, f) {
    let q = db.selectFrom('facts').where('competitor_id', '=', f.competitorId);
    if (f.type)
        q = q.where('type', '=', f.type);
    if (f.name)
        q = q.where('name', '=', f.name);
    const market = f.market;
    // A figure for several markets together ("NL+BE") is also a figure for each of them.
    if (market) {
        q = q.where((eb) => eb.or([
            eb('market', '=', market),
            eb('market', 'like', `${market}+%`),
            eb('market', 'like', `%+${market}`),
            eb('market', 'like', `%+${market}+%`),
        ]));
    }
    if (f.year)
        q = q.where('period', 'like', `%${f.year}%`);
    const counted = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
    const rows = await q
        .selectAll()
        .orderBy('as_of', 'desc')
        .orderBy('id', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute();
    return { total: Number(counted?.n ?? 0), facts: await attachSources(db, rows) };
}
/** Everywhere a fact was read, first report first. */
export async function factSources(db, factId) {
    return db.selectFrom('fact_sources').selectAll().where('fact_id', '=', factId).orderBy('id').execute();
}
/** Publishers behind a competitor's facts, most used first. */
export async function publishersOf(db, competitorId) {
    const rows = await db
        .selectFrom('fact_sources')
        .innerJoin('facts', 'facts.id', 'fact_sources.fact_id')
        .select(['fact_sources.publisher', (eb) => eb.fn.countAll().as('n')])
        .where('facts.competitor_id', '=', competitorId)
        .groupBy('fact_sources.publisher')
        .orderBy('n', 'desc')
        .orderBy('fact_sources.publisher')
        .execute();
    return rows.map((r) => r.publisher);
}
async function attachSources(db, facts) {
    if (!facts.length)
        return [];
    const sources = await db
        .selectFrom('fact_sources')
        .selectAll()
        .where('fact_id', 'in', facts.map((f) => f.id))
        .orderBy('id')
        .execute();
    const first = new Map();
    for (const s of sources)
        if (!first.has(s.fact_id))
            first.set(s.fact_id, s);
    return facts.map((f) => ({ ...f, source: first.get(f.id) }));
}
//# sourceMappingURL=fact-queries.js.map