import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

export interface Suggestion {
  /** What Discord shows: "TikTok Shop" or "Temu (pinduoduo)" when an alias matched. */
  name: string;
  /** What the command receives: the competitor's name, which always resolves. */
  value: string;
}

export const MAX_SUGGESTIONS = 25;

/**
 * Competitors whose name or alias matches what was typed so far: prefix matches before
 * substring matches, names before aliases. The tables are small (a few competitors, dozens of
 * aliases), so matching in memory keeps the SQL portable (LIKE's case rules differ by dialect).
 */
export async function suggestCompetitors(db: Kysely<Database>, typed: string): Promise<Suggestion[]> {
  const [competitors, aliases] = await Promise.all([
    db.selectFrom('competitors').select(['id', 'name']).orderBy('name').execute(),
    db.selectFrom('aliases').select(['alias', 'competitor_id']).orderBy('alias').execute(),
  ]);
  const q = normalise(typed);
  const ranked = new Map<string, { rank: number; suggestion: Suggestion }>();
  const offer = (competitorId: string, rank: number, suggestion: Suggestion) => {
    const seen = ranked.get(competitorId);
    if (!seen || rank < seen.rank) ranked.set(competitorId, { rank, suggestion });
  };
  const nameOf = new Map(competitors.map((c) => [c.id, c.name]));
  for (const c of competitors) {
    const rank = matchRank(normalise(c.name), q) ?? matchRank(c.id, q);
    if (rank !== undefined) offer(c.id, rank, { name: c.name, value: c.name });
  }
  for (const a of aliases) {
    const name = nameOf.get(a.competitor_id);
    const rank = matchRank(normalise(a.alias), q);
    if (!name || rank === undefined) continue;
    offer(a.competitor_id, rank + 2, { name: `${name} (${a.alias})`.slice(0, 100), value: name });
  }
  return [...ranked.values()]
    .sort((a, b) => a.rank - b.rank || a.suggestion.name.localeCompare(b.suggestion.name))
    .slice(0, MAX_SUGGESTIONS)
    .map((r) => r.suggestion);
}

/** 0: starts with the query, 1: contains it; undefined: no match. An empty query matches all. */
function matchRank(text: string, q: string): number | undefined {
  if (text.startsWith(q)) return 0;
  return text.includes(q) ? 1 : undefined;
}

const normalise = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
