import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface Competitor {
  id: string;
  name: string;
  parent: string | null;
  headquarters: string | null;
  founded: string | null;
  businessModel: string | null;
  markets: string[];
  website: string | null;
}

type Row = Database['competitors'];

const toCompetitor = (r: Omit<Row, 'created_at'>): Competitor => ({
  id: r.id,
  name: r.name,
  parent: r.parent,
  headquarters: r.headquarters,
  founded: r.founded,
  businessModel: r.business_model,
  markets: parseList(r.markets),
  website: r.website,
});

function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}

const columns = ['id', 'name', 'parent', 'headquarters', 'founded', 'business_model', 'markets', 'website'] as const;

export async function listCompetitors(db: Kysely<Database>): Promise<Competitor[]> {
  const rows = await db.selectFrom('competitors').select(columns).orderBy('name').execute();
  return rows.map(toCompetitor);
}

export async function getCompetitor(db: Kysely<Database>, id: string): Promise<Competitor | undefined> {
  const row = await db.selectFrom('competitors').select(columns).where('id', '=', id).executeTakeFirst();
  return row ? toCompetitor(row) : undefined;
}

export async function aliasesOf(db: Kysely<Database>, id: string): Promise<string[]> {
  const rows = await db.selectFrom('aliases').select('alias').where('competitor_id', '=', id).orderBy('alias').execute();
  return rows.map((r) => r.alias);
}

/** How many enabled sources (feeds, pages) are read for a competitor. */
export async function feedCount(db: Kysely<Database>, id: string): Promise<number> {
  const row = await db
    .selectFrom('sources')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('competitor_id', '=', id)
    .where('enabled', '=', 1)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
