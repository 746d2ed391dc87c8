// Frozen once landed. Indexes for the two look-ups fact merging makes that read every row of a key:
// - whether a source is already recorded for a fact (by its item or its URL) read all of the fact's
//   sources, hundreds for a figure many outlets repeat; fact_sources (fact_id, url) finds the URL
//   directly and still serves everything that reads a fact's sources, so it replaces
//   fact_sources_fact (fact_id) rather than adding a third index to every provenance insert;
// - a metric's previous value (newest as_of of its competitor, name and market) read and sorted
//   every period of the key; facts_latest walks the key newest first and stops at the first row.
//   id is in it so that Postgres, whose indexes do not end with the row id, reads it in order too.
export async function up(db) {
    await db.schema.createIndex('fact_sources_fact_url').ifNotExists().on('fact_sources').columns(['fact_id', 'url']).execute();
    await db.schema.dropIndex('fact_sources_fact').ifExists().execute();
    await db.schema
        .createIndex('facts_latest')
        .ifNotExists()
        .on('facts')
        .columns(['competitor_id', 'type', 'name', 'market', 'as_of', 'id'])
        .execute();
}
//# sourceMappingURL=005-fact-merge-indexes.js.map