import { sql } from 'kysely';
import { compiledOnce, compiledResult } from '../db/compiled-once.js';
import { dialectOf } from '../db/dialect.js';
/** The columns of an item row, in the order the parameters of insertItemRows are bound. */
export const ITEM_COLUMNS = [
    'source_id',
    'guid',
    'url',
    'title',
    'published_at',
    'language',
    'content_hash',
    'story_id',
    'signature',
    'baseline',
    'fetched_at',
];
/**
 * Inserts `rows` item rows (`params`: ITEM_COLUMNS of each, row after row) in one statement,
 * inside the caller's transaction; returns the id of each row by position, undefined for a row
 * skipped because its (source, guid) is stored already: another process that took over the
 * source may have stored it since it was looked up. `hashes` are the rows' content hashes, by
 * position (unique among them).
 */
export async function insertItemRows(db, params, rows, hashes) {
    if (dialectOf(db) === 'sqlite')
        return insertOnSqlite(db, params, rows, hashes);
    // Rows come back in no promised order; content hashes say which id is whose.
    const inserted = await compiledOnce(db, `insert items ${rows}`, params, () => insertStatement(params, rows, true));
    const idOf = new Map(inserted.map((r) => [r.content_hash, r.id]));
    return hashes.map((h) => idOf.get(h));
}
/**
 * SQLite without RETURNING, which made it buffer every row and hand each back as an object: a
 * seventh of storing an item. The ids follow from the count of rows stored and the last id.
 * AUTOINCREMENT gives each row of the statement a higher id than any before it, in the order of
 * its VALUES (SQLite inserts them in that order), so when none was skipped they are the `rows`
 * ids up to the last. When some were skipped (rare: see insertItemRows), those stored are the
 * newest `changes` rows of the table: nothing else can write while this transaction holds the
 * write lock, which its insert took. Their hashes say which is whose.
 */
async function insertOnSqlite(db, params, rows, hashes) {
    const result = await compiledResult(db, `insert items ${rows} no returning`, params, () => insertStatement(params, rows, false));
    const changes = Number(result.numAffectedRows ?? 0n);
    if (changes === rows) {
        const first = Number(result.insertId) - rows + 1;
        return hashes.map((_, k) => first + k);
    }
    if (changes === 0)
        return hashes.map(() => undefined);
    const newest = await compiledOnce(db, 'newest items', [changes], () => sql `select id, content_hash from items order by id desc limit ${changes}`);
    const idOf = new Map(newest.map((r) => [r.content_hash, r.id]));
    return hashes.map((h) => idOf.get(h));
}
function insertStatement(params, rows, returning) {
    const width = ITEM_COLUMNS.length;
    const values = Array.from({ length: rows }, (_, r) => sql `(${sql.join(params.slice(r * width, (r + 1) * width))})`);
    return sql `insert into items (${sql.join(ITEM_COLUMNS.map((c) => sql.ref(c)))})
    values ${sql.join(values)}
    on conflict (source_id, guid) do nothing${returning ? sql ` returning id, content_hash` : sql ``}`;
}
//# sourceMappingURL=insert-item-rows.js.map