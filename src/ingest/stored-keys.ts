import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/schema.js';

/** What is already stored among a document's keys: guids and links of its source; links and text hashes anywhere. */
export interface StoredKeys {
  guids: Set<string>;
  urls: Set<string>;
  /** From any source: a byte-for-byte copy of a stored article is the same item, not a second outlet confirming it. */
  hashes: Set<string>;
  urlsAnywhere: Set<string>;
}

/** Bound parameters per `in (…)` lookup: well under SQLite's and Postgres' limits. */
const LOOKUP_CHUNK = 500;

/**
 * Hex digits of a text hash that items are indexed by (migration 006, whose expression this must
 * match word for word for the index to be used). Rows are found by prefix, then kept only if their
 * full hash is one looked for, so two texts whose hashes share a prefix stay two.
 */
export const HASH_PREFIX_DIGITS = 12;
const hashPrefix = sql<string>`substr(content_hash, 1, 12)`;

/**
 * Looks up only the keys of the fetched document (a few queries per document, whatever the
 * source's history), so a poll that finds nothing new costs as little as one that finds all new.
 */
export async function storedKeys(
  db: Kysely<Database>,
  sourceId: number | null,
  keys: { guids: string[]; urls: string[]; hashes: string[] },
): Promise<StoredKeys> {
  const found: StoredKeys = { guids: new Set(), urls: new Set(), hashes: new Set(), urlsAnywhere: new Set() };
  for (const chunk of chunks(keys.urls)) {
    const rows = await db.selectFrom('items').select(['url', 'source_id']).where('url', 'in', chunk).execute();
    for (const r of rows) {
      if (!r.url) continue;
      found.urlsAnywhere.add(r.url);
      if (sourceId !== null && r.source_id === sourceId) found.urls.add(r.url);
    }
  }
  const wanted = new Set(keys.hashes);
  const prefixes = [...new Set(keys.hashes.map((h) => h.slice(0, HASH_PREFIX_DIGITS)))];
  for (const chunk of chunks(prefixes)) {
    const rows = await db.selectFrom('items').select('content_hash').where(hashPrefix, 'in', chunk).execute();
    for (const r of rows) if (wanted.has(r.content_hash)) found.hashes.add(r.content_hash);
  }
  if (sourceId === null) return found;
  for (const chunk of chunks(keys.guids)) {
    const rows = await db.selectFrom('items').select('guid').where('source_id', '=', sourceId).where('guid', 'in', chunk).execute();
    for (const r of rows) if (r.guid) found.guids.add(r.guid);
  }
  return found;
}

function* chunks(values: string[]): Generator<string[]> {
  for (let i = 0; i < values.length; i += LOOKUP_CHUNK) yield values.slice(i, i + LOOKUP_CHUNK);
}
