// Frozen once landed. One row per (source, guid): when a worker's source lease expires while it is
// still storing a feed and another worker takes the source over, the second insert of the same
// item fails (its savepoint rolls back, facts included) instead of storing the item twice.
export async function up(db) {
    await db.schema.dropIndex('items_guid').ifExists().execute();
    await db.schema.createIndex('items_source_guid').ifNotExists().unique().on('items').columns(['source_id', 'guid']).execute();
}
//# sourceMappingURL=002-unique-item-guid.js.map