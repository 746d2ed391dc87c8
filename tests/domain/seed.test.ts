import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFacts } from '../../seeds/facts.js';
import { seedFeeds } from '../../seeds/feeds.js';
import { seed } from '../../src/domain/seed.js';
import { addSource, removeSource } from '../../src/ingest/sources.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

async function counts(t: TestDb) {
  const n = async (table: 'competitors' | 'aliases' | 'sources' | 'facts' | 'fact_sources') =>
    Number((await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    competitors: await n('competitors'),
    aliases: await n('aliases'),
    sources: await n('sources'),
    facts: await n('facts'),
    factSources: await n('fact_sources'),
  };
}

describe('seed', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
  });
  afterAll(async () => t.cleanup());

  it('seed: the first run stores five competitors, their feeds and every baseline fact as new', async () => {
    const first = await seed(t.db, '2025-01-01T00:00:00.000Z');
    expect(first.competitors).toBe(5);
    expect(first.feeds).toBe(seedFeeds.length);
    expect(first.facts.new).toBe(seedFacts.length);
    expect(first.facts.conflict).toBe(0);
    const ids = (await t.db.selectFrom('competitors').select('id').orderBy('id').execute()).map((r) => r.id);
    expect(ids).toEqual(['amazon', 'bol', 'shein', 'temu', 'tiktok-shop']);
  });

  it('seed: running it again changes nothing (every fact is a duplicate)', async () => {
    const before = await counts(t);
    const again = await seed(t.db, '2025-02-01T00:00:00.000Z');
    expect(again.facts).toEqual({ new: 0, corroborated: 0, conflict: 0, duplicate: seedFacts.length });
    expect(again.aliases).toBe(0);
    expect(again.feeds).toBe(0);
    expect(await counts(t)).toEqual(before);
  });

  it('seed: figures stored before the seeds named their market take it instead of being stored twice', async () => {
    // A database seeded by an earlier version, where Bol's NL+BE figures had no market.
    await t.db.updateTable('facts').set({ market: null }).where('competitor_id', '=', 'bol').execute();
    const before = await counts(t);
    const again = await seed(t.db, '2025-02-15T00:00:00.000Z');
    expect(again.facts.new).toBe(0);
    expect(await counts(t)).toEqual(before);
    const bol = await t.db.selectFrom('facts').select(['name', 'market']).where('competitor_id', '=', 'bol').orderBy('name').execute();
    expect(bol).toEqual([
      { name: 'customers', market: 'NL+BE' },
      { name: 'sellers', market: 'NL+BE' },
    ]);
  });

  it('seed: every baseline fact keeps a publisher and a date', async () => {
    const rows = await t.db.selectFrom('fact_sources').select(['publisher', 'published_at']).execute();
    expect(rows).toHaveLength(seedFacts.length);
    for (const r of rows) {
      expect(r.publisher.length).toBeGreaterThan(1);
      expect(r.published_at).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it('seed: the short forms people type are aliases of the right competitor', async () => {
    const rows = await t.db.selectFrom('aliases').select(['alias', 'competitor_id']).execute();
    const of = Object.fromEntries(rows.map((r) => [r.alias, r.competitor_id]));
    expect(of).toMatchObject({
      tiktok: 'tiktok-shop',
      'tiktok shop': 'tiktok-shop',
      'boutique tiktok': 'tiktok-shop',
      douyin: 'tiktok-shop',
      bytedance: 'tiktok-shop',
      pdd: 'temu',
      'pdd holdings': 'temu',
      pinduoduo: 'temu',
      bol: 'bol',
      'bol.com': 'bol',
      'amazon.nl': 'amazon',
      'amazon.com.be': 'amazon',
      'amazon.fr': 'amazon',
      'amazon.de': 'amazon',
    });
  });

  it('seed: default feeds are stored as rss sources, one per competitor and language', async () => {
    const rows = await t.db.selectFrom('sources').select(['kind', 'competitor_id', 'language', 'url']).execute();
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['rss']));
    expect(rows.filter((r) => r.competitor_id === 'bol').map((r) => r.language).sort()).toEqual(['en', 'fr', 'nl']);
    for (const r of rows) expect(r.url).toMatch(/^https:\/\/news\.google\.com\/rss\/search\?q=/);
  });

  it('seed: a default feed someone removed stays removed at the next start; adding it again brings it back', async () => {
    const feed = await t.db.selectFrom('sources').select(['id', 'url']).orderBy('id').executeTakeFirstOrThrow();
    expect(await removeSource(t.db, feed.id)).not.toBeNull();
    const maxId = async () => Number((await t.db.selectFrom('sources').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m);
    const highest = await maxId();
    const again = await seed(t.db, '2025-03-01T00:00:00.000Z');
    expect(again.feeds).toBe(0);
    expect(await t.db.selectFrom('sources').select('id').where('url', '=', feed.url).executeTakeFirst()).toBeUndefined();
    const added = await addSource(t.db, { url: feed.url }, '2025-03-02T00:00:00.000Z');
    expect(added.created).toBe(true);
    // Seeding inserted nothing, so it used up no id: the re-added source is the next number.
    expect(added.source.id).toBe(highest + 1);
    await removeSource(t.db, added.source.id);
    await addSource(t.db, { url: feed.url }, '2025-03-03T00:00:00.000Z');
    expect((await seed(t.db, '2025-03-04T00:00:00.000Z')).feeds).toBe(0);
    expect(await t.db.selectFrom('sources').select('id').where('url', '=', feed.url).execute()).toHaveLength(1);
  });
});
