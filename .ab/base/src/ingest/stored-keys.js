import { sql } from 'kysely';
import { compiledOnce } from '../db/compiled-once.js';
import { LONGEST_LIST, paddedList } from '../db/fixed-sizes.js';
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
export async function storedKeys(db, sourceId, keys) {
    const found = { guids: new Set(), urls: new Set(), hashes: new Set(), urlsAnywhere: new Set() };
    for (const chunk of chunks(keys.urls)) {
        const rows = await compiledOnce(db, `stored urls ${chunk.length}`, chunk, () => sql `select url, source_id from items where url in (${sql.join(chunk)})`);
        for (const r of rows) {
            found.urlsAnywhere.add(r.url);
            if (sourceId !== null && r.source_id === sourceId)
                found.urls.add(r.url);
        }
    }
    const wanted = new Set(keys.hashes);
    const prefixes = [...new Set(keys.hashes.map((h) => h.slice(0, HASH_PREFIX_DIGITS)))];
    for (const chunk of chunks(prefixes)) {
        const rows = await compiledOnce(db, `stored hashes ${chunk.length}`, chunk, () => sql `select content_hash from items where substr(content_hash, 1, 12) in (${sql.join(chunk)})`);
        for (const r of rows)
            if (wanted.has(r.content_hash))
                found.hashes.add(r.content_hash);
    }
    if (sourceId === null)
        return found;
    for (const chunk of chunks(keys.guids)) {
        const params = [sourceId, ...chunk];
        const rows = await compiledOnce(db, `stored guids ${chunk.length}`, params, () => sql `select guid from items where source_id = ${sourceId} and guid in (${sql.join(chunk)})`);
        for (const r of rows)
            found.guids.add(r.guid);
    }
    return found;
}
/** The values in lists of at most LONGEST_LIST, each padded to a fixed length. */
function* chunks(values) {
    for (let i = 0; i < values.length; i += LONGEST_LIST)
        yield paddedList(values.slice(i, i + LONGEST_LIST));
}
//# sourceMappingURL=stored-keys.js.map