import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.js';
import { METRICS } from './vocabulary.js';

export type FactRow = Selectable<Database['facts']>;
export type FactSourceRow = Selectable<Database['fact_sources']>;

/** A fact with the source it is shown with (the first that reported it). */
export interface FactWithSource extends FactRow {
  source: FactSourceRow | undefined;
}

/** Reported figures beat estimates, and estimates beat targets, whatever their age. */
const STATUS_RANK: Record<string, number> = { actual: 0, estimate: 1, target: 2 };

const newestFirst = (a: FactRow, b: FactRow) =>
  (b.as_of ?? '').localeCompare(a.as_of ?? '') || (b.period ?? '').localeCompare(a.period ?? '') || b.id - a.id;

/**
 * The figure to show for each (competitor, metric): an actual one when there is one, then the
 * newest. Keyed `${competitor}:${metric}`, metrics in vocabulary order.
 */
export async function latestMetrics(db: Kysely<Database>, competitorIds: string[]): Promise<Map<string, FactWithSource>> {
  return bestOf(db, competitorIds, (row) => `${row.competitor_id}:${row.name}`);
}

/**
 * The same choice made within each market: keyed `${competitor}:${metric}:${market}` (an empty
 * market when the fact names none), for putting side by side only figures of one market.
 */
export async function latestMetricsByMarket(
  db: Kysely<Database>,
  competitorIds: string[],
): Promise<Map<string, FactWithSource>> {
  return bestOf(db, competitorIds, (row) => marketKey(row.competitor_id, row.name, row.market));
}

export const marketKey = (competitorId: string, metric: string, market: string | null): string =>
  `${competitorId}:${metric}:${market ?? ''}`;

async function bestOf(
  db: Kysely<Database>,
  competitorIds: string[],
  keyOf: (row: FactRow) => string,
): Promise<Map<string, FactWithSource>> {
  if (!competitorIds.length) return new Map();
  const rows = await db
    .selectFrom('facts')
    .selectAll()
    .where('type', '=', 'metric')
    .where('competitor_id', 'in', competitorIds)
    .execute();
  const best = new Map<string, FactRow>();
  for (const row of rows) {
    const key = keyOf(row);
    const held = best.get(key);
    if (!held || better(row, held)) best.set(key, row);
  }
  const order = (name: string) => {
    const i = (METRICS as readonly string[]).indexOf(name);
    return i === -1 ? METRICS.length : i;
  };
  const chosen = [...best.entries()].sort(([, a], [, b]) => order(a.name) - order(b.name) || a.name.localeCompare(b.name));
  const withSources = await attachSources(
    db,
    chosen.map(([, f]) => f),
  );
  return new Map(withSources.map((f, i) => [chosen[i]![0], f]));
}

function better(a: FactRow, b: FactRow): boolean {
  const rank = (STATUS_RANK[a.status] ?? 3) - (STATUS_RANK[b.status] ?? 3);
  return rank !== 0 ? rank < 0 : newestFirst(a, b) < 0;
}

/** When an event happened, as far as we know: its period, else when it was reported. */
const eventDate = (f: FactRow) => f.period ?? f.as_of ?? '';

/** A competitor's most recent events, by when they happened. */
export async function recentEvents(db: Kysely<Database>, competitorId: string, limit = 5): Promise<FactWithSource[]> {
  const rows = await db
    .selectFrom('facts')
    .selectAll()
    .where('type', '=', 'event')
    .where('competitor_id', '=', competitorId)
    .execute();
  rows.sort((a, b) => eventDate(b).localeCompare(eventDate(a)) || b.id - a.id);
  return attachSources(db, rows.slice(0, limit));
}

export interface FactFilter {
  competitorId: string;
  type?: 'metric' | 'event';
  /** A metric or event name of the vocabulary. */
  name?: string;
  /** A market code; also matches joint markets that include it ("NL" finds "NL+BE"). */
  market?: string;
  /** Four digits: facts whose period mentions that year (2023, 2023-Q3, 2022/2023). */
  year?: string;
  limit: number;
  offset: number;
}

/** Facts matching a filter, newest reported first, with the total for "N more" hints. */
export async function findFacts(db: Kysely<Database>, f: FactFilter): Promise<{ total: number; facts: FactWithSource[] }> {
  let q = db.selectFrom('facts').where('competitor_id', '=', f.competitorId);
  if (f.type) q = q.where('type', '=', f.type);
  if (f.name) q = q.where('name', '=', f.name);
  const market = f.market;
  // A figure for several markets together ("NL+BE") is also a figure for each of them.
  if (market) {
    q = q.where((eb) =>
      eb.or([
        eb('market', '=', market),
        eb('market', 'like', `${market}+%`),
        eb('market', 'like', `%+${market}`),
        eb('market', 'like', `%+${market}+%`),
      ]),
    );
  }
  if (f.year) q = q.where('period', 'like', `%${f.year}%`);
  const counted = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
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
export async function factSources(db: Kysely<Database>, factId: number): Promise<FactSourceRow[]> {
  return db.selectFrom('fact_sources').selectAll().where('fact_id', '=', factId).orderBy('id').execute();
}

/** Publishers behind a competitor's facts, most used first. */
export async function publishersOf(db: Kysely<Database>, competitorId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('fact_sources')
    .innerJoin('facts', 'facts.id', 'fact_sources.fact_id')
    .select(['fact_sources.publisher', (eb) => eb.fn.countAll<number>().as('n')])
    .where('facts.competitor_id', '=', competitorId)
    .groupBy('fact_sources.publisher')
    .orderBy('n', 'desc')
    .orderBy('fact_sources.publisher')
    .execute();
  return rows.map((r) => r.publisher);
}

async function attachSources(db: Kysely<Database>, facts: FactRow[]): Promise<FactWithSource[]> {
  if (!facts.length) return [];
  const sources = await db
    .selectFrom('fact_sources')
    .selectAll()
    .where(
      'fact_id',
      'in',
      facts.map((f) => f.id),
    )
    .orderBy('id')
    .execute();
  const first = new Map<number, FactSourceRow>();
  for (const s of sources) if (!first.has(s.fact_id)) first.set(s.fact_id, s);
  return facts.map((f) => ({ ...f, source: first.get(f.id) }));
}
