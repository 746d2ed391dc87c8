import { type Kysely, sql } from 'kysely';
import { compiledOnce } from '../db/compiled-once.js';
import type { Database } from '../db/schema.js';
import { formatValue } from './format-value.js';
import { importanceOf } from './importance.js';
import { daysApart, periodRange } from './period-range.js';
import { type CandidateFact, factName, type Provenance } from './vocabulary.js';

export type MergeOutcome = 'new' | 'corroborated' | 'conflict' | 'duplicate';

export interface MergeResult {
  outcome: MergeOutcome;
  factId: number;
  /** For a conflict: the fact whose value this one contradicts. */
  conflictWith?: number;
}

/** Two values within this relative distance are the same figure told twice. */
export const VALUE_TOLERANCE = 0.02;

const sameValue = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined
    ? a === (b ?? null)
    : Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));

interface Peer {
  id: number;
  value: number | null;
  period: string | null;
  as_of: string | null;
  first_seen_at: string;
}

/**
 * The stored facts a candidate is compared with, newest first: same competitor, metric or event,
 * status, market and unit, and the same period or either side undated.
 *
 * These statements run several times for every fact read, so they are plain SQL (the same on
 * SQLite and Postgres): building each with Kysely's query builder cost more than running it.
 * Two branches, not `period = ? or period is null`: with the OR, the facts_key index stopped at
 * the market and every period of the key was read and sorted.
 */
async function peersOf(db: Kysely<Database>, c: CandidateFact, name: string): Promise<Peer[]> {
  const key = [c.competitor, c.type, name, c.status, ...(c.market === null ? [] : [c.market]), ...(c.unit === undefined ? [] : [c.unit])];
  const params = c.period === null ? key : [...key, c.period, ...key];
  const shape = `peers ${c.market === null} ${c.unit === undefined} ${c.period === null}`;
  return compiledOnce(db, shape, params, () => {
    const market = c.market === null ? sql`market is null` : sql`market = ${c.market}`;
    const unit = c.unit === undefined ? sql`unit is null` : sql`unit = ${c.unit}`;
    const where = sql`competitor_id = ${c.competitor} and "type" = ${c.type} and "name" = ${name} and status = ${c.status} and ${market} and ${unit}`;
    return c.period === null
      ? sql<Peer>`select id, "value", period, as_of, first_seen_at from facts where ${where} order by id desc`
      : sql<Peer>`select id, "value", period, as_of, first_seen_at from facts where ${where} and period = ${c.period}
          union all select id, "value", period, as_of, first_seen_at from facts where ${where} and period is null order by id desc`;
  });
}

/**
 * Figures published this many days apart or less are about the same time when a period is
 * missing: news of one announcement. Further apart, the later figure is an update.
 */
export const SAME_TIME_DAYS = 3;

const DAY_MS = 86_400_000;

/**
 * Whether a figure read on `date` (YYYY-MM-DD) for `period` is about the same time as a stored
 * one: the same period when both are known, else published within SAME_TIME_DAYS of each other
 * (a stored fact's as_of is its first publication date). A date that does not parse is never close.
 */
function aboutSameTime(period: string | null, date: string, stored: { period: string | null; as_of: string | null; first_seen_at: string }): boolean {
  if (period !== null && stored.period !== null) return period === stored.period;
  const apart = Math.abs(Date.parse(date) - Date.parse((stored.as_of ?? stored.first_seen_at).slice(0, 10)));
  return apart <= SAME_TIME_DAYS * DAY_MS;
}

/**
 * An event told within this many days of a stored one (of its period, when it has one) is the
 * same event told again; further apart it is a new one: Amazon opening a second shop in Belgium
 * years after its first is news, not a second source for the first.
 */
export const SAME_EVENT_DAYS = 30;

/** The time a fact is about: its period when that reads, else the day it was published. */
function spanOf(period: string | null, date: string): { start: number; end: number } | null {
  const range = period === null ? null : periodRange(period);
  if (range) return range;
  const day = Date.parse(date.slice(0, 10));
  return Number.isNaN(day) ? null : { start: day, end: day + DAY_MS };
}

function closeInTime(period: string | null, date: string, stored: Peer, days: number): boolean {
  const a = spanOf(period, date);
  const b = spanOf(stored.period, stored.as_of ?? stored.first_seen_at);
  return a !== null && b !== null && daysApart(a, b) <= days;
}

/**
 * Whether a stored fact was read from the same document: the same item, or another version of the
 * same page or file (`documentSourceId`). A document does not corroborate or contradict itself.
 */
async function fromSameDocument(db: Kysely<Database>, factId: number, p: Provenance): Promise<boolean> {
  const ways = [];
  if (p.itemId != null) ways.push(sql`select 1 from fact_sources where fact_id = ${factId} and item_id = ${p.itemId}`);
  if (p.documentSourceId != null) {
    ways.push(sql`select 1 from fact_sources s join items i on i.id = s.item_id where s.fact_id = ${factId} and i.source_id = ${p.documentSourceId}`);
  }
  if (!ways.length) return false;
  const rows = await sql`${sql.join(ways, sql` union all `)} limit 1`.execute(db);
  return rows.rows.length > 0;
}

/**
 * The stored figure a new one contradicts: the newest peer about the same time that was not read
 * from the same document. An article that states two figures ("92 million, up from 75 million a
 * year earlier") states them on purpose; it does not contradict itself, nor does an edited version
 * of a page or file contradict the version before it (the later figure is an update).
 */
async function rivalOf(db: Kysely<Database>, peers: Peer[], period: string | null, date: string, provenance: Provenance) {
  for (const peer of peers) {
    if (!aboutSameTime(period, date, peer)) continue;
    if (!(await fromSameDocument(db, peer.id, provenance))) return peer;
  }
  return undefined;
}

/**
 * Stores a candidate fact: a new fact, a corroboration of one already known (same competitor,
 * metric or event, market, period, status, unit, and a value within tolerance), or a conflict
 * (same key and the same time — see aboutSameTime — but a clearly different value; a later
 * figure with no period is an update, a new fact). Always records where it was read. Run it
 * inside the transaction that also writes what follows from it (alerts).
 */
export async function mergeFact(
  db: Kysely<Database>,
  candidate: CandidateFact,
  provenance: Provenance,
  nowIso: string,
  summary?: string,
): Promise<MergeResult> {
  const name = factName(candidate);
  const peers = await peersOf(db, candidate, name);
  const asOf = provenance.publishedAt ? provenance.publishedAt.slice(0, 10) : nowIso.slice(0, 10);
  // A figure is the same fact when its value is; an event (no value) when it is about the same time.
  const match = peers.find((f) =>
    candidate.type === 'event' ? closeInTime(candidate.period, asOf, f, SAME_EVENT_DAYS) : sameValue(f.value, candidate.value),
  );
  if (match) {
    if (await knownSource(db, match.id, provenance)) return { outcome: 'duplicate', factId: match.id };
    // source_count counts outlets: a second article of the same publisher is kept as provenance
    // but is not a second outlet telling the story.
    const added = (await knownPublisher(db, match.id, provenance.publisher)) ? 0 : 1;
    await addProvenance(db, match.id, provenance, nowIso);
    const dated = match.period === null && candidate.period !== null;
    await compiledOnce(db, `corroborate ${dated}`, dated ? [added, nowIso, candidate.period, match.id] : [added, nowIso, match.id], () =>
      dated
        ? sql`update facts set source_count = source_count + ${added}, last_seen_at = ${nowIso}, period = ${candidate.period} where id = ${match.id}`
        : sql`update facts set source_count = source_count + ${added}, last_seen_at = ${nowIso} where id = ${match.id}`,
    );
    return { outcome: 'corroborated', factId: match.id };
  }

  const rival = candidate.type === 'metric' ? await rivalOf(db, peers, candidate.period, asOf, provenance) : undefined;
  const conflict = rival !== undefined;
  const previous = candidate.type === 'metric' ? await previousValue(db, candidate.competitor, name, candidate.market, candidate.unit) : null;
  const inserted = await db
    .insertInto('facts')
    .values({
      competitor_id: candidate.competitor,
      type: candidate.type,
      name,
      value: candidate.value ?? null,
      unit: candidate.unit ?? null,
      market: candidate.market,
      period: candidate.period,
      status: candidate.status,
      summary: summary ?? describe(candidate),
      as_of: asOf,
      source_count: 1,
      conflict_with: rival?.id ?? null,
      importance: importanceOf(candidate, { previousValue: previous, conflict }),
      first_seen_at: nowIso,
      last_seen_at: nowIso,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addProvenance(db, inserted.id, provenance, nowIso);
  return rival
    ? { outcome: 'conflict', factId: inserted.id, conflictWith: rival.id }
    : { outcome: 'new', factId: inserted.id };
}

async function previousValue(
  db: Kysely<Database>,
  competitor: string,
  name: string,
  market: string | null,
  unit: string | undefined,
): Promise<number | null> {
  let q = db
    .selectFrom('facts')
    .select('value')
    .where('competitor_id', '=', competitor)
    .where('type', '=', 'metric')
    .where('name', '=', name)
    .where('status', '=', 'actual');
  q = market === null ? q.where('market', 'is', null) : q.where('market', '=', market);
  if (unit) q = q.where('unit', '=', unit);
  const row = await q.orderBy('as_of', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
  return row?.value ?? null;
}

/**
 * Whether the fact already records this source: the same item, another version of the same page
 * or file, the same URL, else (with none of these) the same publisher. One branch per way, not an
 * OR: each branch finds its rows through an index (item_id; fact_id and url), where the OR read
 * every source of the fact.
 */
async function knownSource(db: Kysely<Database>, factId: number, p: Provenance): Promise<boolean> {
  const ways: [string, unknown][] = [];
  if (p.itemId != null) ways.push(['item_id', p.itemId]);
  if (p.documentSourceId != null) ways.push(['document', p.documentSourceId]);
  if (p.url) ways.push(['url', p.url]);
  if (!ways.length) ways.push(['publisher', p.publisher]);
  const rows = await compiledOnce(
    db,
    `known ${ways.map(([column]) => column).join(' ')}`,
    ways.flatMap(([, value]) => [factId, value]),
    () =>
      sql<{ id: number }>`${sql.join(
        ways.map(([column, value]) =>
          column === 'document'
            ? sql`select s.id from fact_sources s join items i on i.id = s.item_id where s.fact_id = ${factId} and i.source_id = ${value}`
            : sql`select id from fact_sources where fact_id = ${factId} and ${sql.ref(column)} = ${value}`,
        ),
        sql` union all `,
      )} limit 1`,
  );
  return rows.length > 0;
}

/** Whether an article of `publisher` is already among the fact's sources. */
async function knownPublisher(db: Kysely<Database>, factId: number, publisher: string): Promise<boolean> {
  const rows = await compiledOnce(db, 'known outlet', [factId, publisher], () =>
    sql<{ id: number }>`select id from fact_sources where fact_id = ${factId} and publisher = ${publisher} limit 1`,
  );
  return rows.length > 0;
}

async function addProvenance(db: Kysely<Database>, factId: number, p: Provenance, nowIso: string) {
  const values = [factId, p.itemId ?? null, p.publisher, p.url ?? null, p.title ?? null, p.publishedAt ?? null, p.language ?? null, p.quote ?? null, nowIso];
  await compiledOnce(
    db,
    'provenance',
    values,
    () => sql`insert into fact_sources (fact_id, item_id, publisher, url, title, published_at, language, quote, created_at)
      values (${sql.join(values)})`,
  );
}

/** One human line for a fact without a hand-written summary. */
export function describe(c: CandidateFact): string {
  const where = [c.market, c.period].filter(Boolean).join(', ');
  const head =
    c.type === 'metric'
      ? `${factName(c).replace(/_/g, ' ')} ${formatValue(c.value ?? null, c.unit ?? null)}`
      : `${factName(c)}${c.market ? ` in ${c.market}` : ''}`;
  const tail = c.type === 'metric' && where ? ` (${where})` : c.type === 'event' && c.period ? ` (${c.period})` : '';
  // No status here: every renderer shows it from the fact's status ("(estimate)"), and a summary
  // saying it too read "customers 3M (NL) — estimate (estimate)".
  return `${head}${tail}`;
}
