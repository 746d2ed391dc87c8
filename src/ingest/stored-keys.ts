import { type Kysely, sql } from 'kysely';
import { compiledOnce } from '../db/compiled-once.js';
import { LONGEST_LIST, paddedList } from '../db/fixed-sizes.js';
import type { Database } from '../db/schema.js';

/** What is already stored among a document's keys: guids and links of its source; links and text hashes anywhere. */
export interface StoredKeys {
  guids: Set<string>;
  urls: Set<string>;
  /** From any source: a byte-for-byte copy of a stored article is the same item, not a second outlet confirming it. */
  hashes: Set<string>;
  urlsAnywhere: Set<string>;
}

/**
 * Hex digits of a text hash that items are indexed by (migration 006, whose expression the
 * look-up below must match word for word for the index to be used). Rows are found by prefix,
 * then kept only if their full hash is one looked for, so two texts whose hashes share a prefix
 * stay two.
 */
export const HASH_PREFIX_DIGITS = 12;

/**
 * Looks up only the keys of the fetched document (a few queries per document, whatever the
 * source's history), so a poll that finds nothing new costs as little as one that finds all new.
 * Plain SQL with lists of a few fixed lengths (paddedList), compiled once: built with the query
 * builder, hundreds of values per list, for every document, cost more than SQLite answering.
 */
export async function storedKeys(
  db: Kysely<Database>,
  sourceId: number | null,
  keys: { guids: string[]; urls: string[]; hashes: string[] },
): Promise<StoredKeys> {
  const found: StoredKeys = { guids: new Set(), urls: new Set(), hashes: new Set(), urlsAnywhere: new Set() };
  for (const chunk of chunks(keys.urls)) {
    const rows = await compiledOnce(db, `stored urls ${chunk.length}`, chunk, () =>
      sql<{ url: string; source_id: number | null }>`select url, source_id from items where url in (${sql.join(chunk)})`,
    );
    for (const r of rows) {
      found.urlsAnywhere.add(r.url);
      if (sourceId !== null && r.source_id === sourceId) found.urls.add(r.url);
    }
  }
  const wanted = new Set(keys.hashes);
  const prefixes = [...new Set(keys.hashes.map((h) => h.slice(0, HASH_PREFIX_DIGITS)))];
  for (const chunk of chunks(prefixes)) {
    const rows = await compiledOnce(db, `stored hashes ${chunk.length}`, chunk, () =>
      sql<{ content_hash: string }>`select content_hash from items where substr(content_hash, 1, 12) in (${sql.join(chunk)})`,
    );
    for (const r of rows) if (wanted.has(r.content_hash)) found.hashes.add(r.content_hash);
  }
  if (sourceId === null) return found;
  for (const chunk of chunks(keys.guids)) {
    const params = [sourceId, ...chunk];
    const rows = await compiledOnce(db, `stored guids ${chunk.length}`, params, () =>
      sql<{ guid: string }>`select guid from items where source_id = ${sourceId} and guid in (${sql.join(chunk)})`,
    );
    for (const r of rows) found.guids.add(r.guid);
  }
  return found;
}

/** The values in lists of at most LONGEST_LIST, each padded to a fixed length. */
function* chunks(values: string[]): Generator<string[]> {
  for (let i = 0; i < values.length; i += LONGEST_LIST) yield paddedList(values.slice(i, i + LONGEST_LIST));
}
