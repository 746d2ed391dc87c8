import type { Kysely } from 'kysely';

// Frozen once landed. The URLs of sources someone removed, so that seeding at the next start does
// not bring a default feed back. Adding the URL again with /sources add clears its row.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('removed_sources')
    .ifNotExists()
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('removed_at', 'text', (c) => c.notNull())
    .execute();
}
