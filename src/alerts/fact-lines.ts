import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { formatValue } from '../domain/format-value.js';
import { factText } from '../messages/fact-text.js';
import type { FactLine, FactStatus } from '../messages/reply.js';

/** A fact with what alerts and digests show about it: competitor name, first source, rival value. */
export interface FactView {
  id: number;
  competitorId: string;
  competitorName: string;
  type: string;
  name: string;
  value: number | null;
  unit: string | null;
  summary: string;
  status: string;
  market: string | null;
  period: string | null;
  asOf: string | null;
  importance: number;
  sourceCount: number;
  firstSeenAt: string;
  conflictWith: number | null;
  /** The value of the fact this one contradicts, formatted ("$17.5B"). */
  conflictValue: string | null;
  source: { publisher: string; url: string | null; publishedAt: string | null; quote: string | null } | null;
}

/**
 * Loads facts for display in few queries (one for facts, one for their sources, one for rivals),
 * whatever the count: a digest of 40 facts costs three queries, not 120.
 */
export async function loadFactViews(db: Kysely<Database>, ids: number[]): Promise<FactView[]> {
  if (!ids.length) return [];
  const facts = await db
    .selectFrom('facts')
    .innerJoin('competitors', 'competitors.id', 'facts.competitor_id')
    .select([
      'facts.id', 'facts.competitor_id', 'competitors.name as competitor_name', 'facts.type', 'facts.name',
      'facts.value', 'facts.unit', 'facts.summary', 'facts.status', 'facts.market', 'facts.period', 'facts.as_of', 'facts.importance',
      'facts.source_count', 'facts.first_seen_at', 'facts.conflict_with',
    ])
    .where('facts.id', 'in', ids)
    .execute();
  const sources = await db
    .selectFrom('fact_sources')
    .select(['fact_id', 'publisher', 'url', 'published_at', 'quote', 'id'])
    .where('fact_id', 'in', ids)
    .orderBy('id')
    .execute();
  const firstSource = new Map<number, (typeof sources)[number]>();
  for (const s of sources) if (!firstSource.has(s.fact_id)) firstSource.set(s.fact_id, s);
  const rivalIds = facts.map((f) => f.conflict_with).filter((x): x is number => x !== null);
  const rivals = rivalIds.length
    ? await db.selectFrom('facts').select(['id', 'value', 'unit']).where('id', 'in', rivalIds).execute()
    : [];
  const rivalValue = new Map(rivals.map((r) => [r.id, formatValue(r.value, r.unit)]));
  return facts.map((f) => {
    const s = firstSource.get(f.id);
    return {
      id: f.id,
      competitorId: f.competitor_id,
      competitorName: f.competitor_name,
      type: f.type,
      name: f.name,
      value: f.value,
      unit: f.unit,
      summary: f.summary,
      status: f.status,
      market: f.market,
      period: f.period,
      asOf: f.as_of,
      importance: f.importance,
      sourceCount: f.source_count,
      firstSeenAt: f.first_seen_at,
      conflictWith: f.conflict_with,
      conflictValue: f.conflict_with === null ? null : (rivalValue.get(f.conflict_with) ?? null),
      source: s ? { publisher: s.publisher, url: s.url, publishedAt: s.published_at, quote: s.quote } : null,
    };
  });
}

const STATUSES = new Set(['actual', 'target', 'estimate']);

/** One fact as a line of the neutral Reply: summary, status, date, source link, corroboration, conflict. */
export function factLine(f: FactView, withCompetitor: boolean): FactLine {
  const conflict = f.conflictWith !== null;
  const text = `${withCompetitor ? `${f.competitorName}: ` : ''}${factText({ ...f, quote: f.source?.quote })}${
    conflict ? ` — conflicts with ${f.conflictValue ?? 'another figure'} reported earlier` : ''
  }`;
  return {
    text,
    ...(STATUSES.has(f.status) ? { status: f.status as FactStatus } : {}),
    ...(f.asOf ? { date: f.asOf.slice(0, 10) } : {}),
    ...(f.source
      ? {
          source: {
            label: f.source.publisher,
            ...(f.source.url ? { url: f.source.url } : {}),
            ...(f.source.publishedAt ? { date: f.source.publishedAt.slice(0, 10) } : {}),
          },
        }
      : {}),
    sourceCount: f.sourceCount,
    ...(conflict ? { conflict: true } : {}),
  };
}
