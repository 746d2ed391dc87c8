import { sql } from 'kysely';
// Frozen once landed. Items are found by text hash through the first 12 hex digits of their hash
// (48 bits) instead of all 40: the full-hash index was the costliest part of storing an item. Its
// keys are random, so each document's commit rewrote nearly every page of it, and 40-character
// keys made those pages four times as many. The look-up compares the full hash of what it finds,
// so a shared prefix never makes two articles one. The expression must read exactly as in
// src/ingest/stored-keys.ts for the databases to use the index.
export async function up(db) {
    await db.schema
        .createIndex('items_hash_prefix')
        .ifNotExists()
        .on('items')
        .expression(sql `substr(content_hash, 1, 12)`)
        .execute();
    await db.schema.dropIndex('items_hash').ifExists().execute();
}
//# sourceMappingURL=006-item-hash-prefix.js.map