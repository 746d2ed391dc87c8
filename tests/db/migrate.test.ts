import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

describe('migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
  });
  afterAll(async () => t.cleanup());

  it('run again at start without doing anything', async () => {
    expect(await migrate(t)).toEqual([]);
  });

  it('create every table the schema declares', async () => {
    const tables = (await t.db.introspection.getTables()).map((x) => x.name);
    for (const name of ['competitors', 'aliases', 'sources', 'items', 'facts', 'fact_sources', 'subscriptions', 'outbox', 'digests']) {
      expect(tables).toContain(name);
    }
  });

  it('index fact sources by fact and URL, and facts by key and as_of, for merging', async () => {
    const indexes =
      t.dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(t.db)).rows.map((r) => r.name)
        : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = ${t.schema}`.execute(t.db)).rows.map((r) => r.name);
    expect(indexes).toEqual(expect.arrayContaining(['fact_sources_fact_url', 'fact_sources_item', 'facts_key', 'facts_latest']));
    // Replaced by fact_sources_fact_url, which starts with the same column.
    expect(indexes).not.toContain('fact_sources_fact');
  });

  it('index items by the first digits of their text hash rather than the whole hash', async () => {
    const indexes =
      t.dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(t.db)).rows.map((r) => r.name)
        : (await sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = ${t.schema}`.execute(t.db)).rows.map((r) => r.name);
    expect(indexes).toContain('items_hash_prefix');
    expect(indexes).not.toContain('items_hash');
  });

  it('give the outbox a unique delivery key', async () => {
    await t.db.insertInto('competitors').values({ id: 'x', name: 'X', markets: '[]', created_at: '2024-01-01', parent: null, headquarters: null, founded: null, business_model: null, website: null }).execute();
    const sub = await t.db
      .insertInto('subscriptions')
      .values({ platform: 'shell', workspace: 'local', channel: 'c', competitors: '[]', fact_types: '[]', min_importance: 0, mode: 'alerts', digest_time: '09:00', timezone: 'UTC', skip_empty: 1, disabled_reason: null, disabled_at: null, created_by: null, created_at: '2024-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = { subscription_id: sub.id, kind: 'alert', fact_id: null, digest_date: null, dedupe_key: 'k1', payload: null, status: 'pending', attempts: 0, next_attempt_at: '2024-01-01', last_error: null, claimed_by: null, claimed_until: null, created_at: '2024-01-01', sent_at: null };
    await t.db.insertInto('outbox').values(row).execute();
    await expect(t.db.insertInto('outbox').values(row).execute()).rejects.toThrow();
  });
});
