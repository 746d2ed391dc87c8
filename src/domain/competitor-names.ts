import type { Kysely } from 'kysely';
import { closest } from '../core/similar.js';
import type { Database } from '../db/schema.js';

export interface CompetitorNames {
  /** normalised name, alias or id → competitor id */
  byName: Map<string, string>;
  /** competitor id → display name */
  display: Map<string, string>;
}

export type Resolved = { ok: true; id: string } | { ok: false; word: string; suggestions: string[] };

/** Lower case, single spaces: the form aliases are stored in. */
export const normaliseName = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** Every way a competitor can be named (ids, names, aliases), loaded once per command. */
export async function loadCompetitorNames(db: Kysely<Database>): Promise<CompetitorNames> {
  const [competitors, aliases] = await Promise.all([
    db.selectFrom('competitors').select(['id', 'name']).execute(),
    db.selectFrom('aliases').select(['alias', 'competitor_id']).execute(),
  ]);
  const byName = new Map<string, string>();
  const display = new Map<string, string>();
  for (const a of aliases) byName.set(normaliseName(a.alias), a.competitor_id);
  for (const c of competitors) {
    byName.set(normaliseName(c.name), c.id);
    byName.set(c.id, c.id);
    display.set(c.id, c.name);
  }
  return { byName, display };
}

/** Resolves a typed word case-insensitively; an unknown one comes back with the closest names. */
export function resolveCompetitor(names: CompetitorNames, word: string): Resolved {
  const id = names.byName.get(normaliseName(word));
  if (id) return { ok: true, id };
  return { ok: false, word, suggestions: closest(normaliseName(word), names.byName.keys(), 3) };
}

/** "Unknown competitor "temo". Did you mean temu?" */
export function unknownCompetitorMessage(r: { word: string; suggestions: string[] }): string {
  const hint = r.suggestions.length ? ` Did you mean ${r.suggestions.join(' or ')}?` : '';
  return `Unknown competitor "${r.word.slice(0, 60)}".${hint}`;
}
