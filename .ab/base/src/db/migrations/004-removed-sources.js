// Frozen once landed. The URLs of sources someone removed, so that seeding at the next start does
// not bring a default feed back. Adding the URL again with /sources add clears its row.
export async function up(db) {
    await db.schema
        .createTable('removed_sources')
        .ifNotExists()
        .addColumn('url', 'text', (c) => c.primaryKey())
        .addColumn('removed_at', 'text', (c) => c.notNull())
        .execute();
}
//# sourceMappingURL=004-removed-sources.js.map