import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factSources, findFacts, latestMetrics, recentEvents } from '../../src/domain/fact-queries.js';
import { mergeFact } from '../../src/domain/merge-fact.js';
import { seed } from '../../src/domain/seed.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

describe('fact queries', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
    await seed(t.db, '2025-01-01T00:00:00.000Z');
  });
  afterAll(async () => t.cleanup());

  it('latest: Amazon revenue is the newest actual figure (2023 full year, not Q3)', async () => {
    const latest = await latestMetrics(t.db, ['amazon']);
    const revenue = latest.get('amazon:revenue');
    expect(revenue?.value).toBe(574_800_000_000);
    expect(revenue?.source?.publisher).toBe('Amazon results');
    expect(revenue?.source?.published_at).toBe('2024-02-01');
  });

  it('latest: a reported figure wins over a newer target', async () => {
    await mergeFact(
      t.db,
      { competitor: 'shein', type: 'metric', metric: 'users', value: 150_000_000, unit: 'count', market: 'EU', status: 'target', period: '2026', quote: 'q', language: 'en' },
      { publisher: 'Test wire', url: 'https://example.test/shein-target', publishedAt: '2025-06-01' },
      '2025-06-01T00:00:00.000Z',
    );
    const latest = await latestMetrics(t.db, ['shein']);
    expect(latest.get('shein:users')?.status).toBe('actual');
    expect(latest.get('shein:users')?.value).toBe(108_000_000);
  });

  it('latest: when only targets exist, the target is shown', async () => {
    const latest = await latestMetrics(t.db, ['tiktok-shop']);
    expect(latest.get('tiktok-shop:gmv')?.status).toBe('target');
    expect(latest.get('tiktok-shop:gmv')?.value).toBe(17_500_000_000);
  });

  it('events: the most recent come first, by when they happened', async () => {
    const events = await recentEvents(t.db, 'amazon', 2);
    expect(events.map((e) => e.market)).toEqual(['US', 'BE']);
  });

  it('find: filters by type, name and market, newest first, with a total for paging', async () => {
    const page1 = await findFacts(t.db, { competitorId: 'tiktok-shop', limit: 5, offset: 0 });
    const page3 = await findFacts(t.db, { competitorId: 'tiktok-shop', limit: 5, offset: 10 });
    expect(page1.total).toBe(14);
    expect(page1.facts).toHaveLength(5);
    expect(page3.facts).toHaveLength(4);
    const asOf = page1.facts.map((f) => f.as_of ?? '');
    expect([...asOf].sort().reverse()).toEqual(asOf);
    const launches = await findFacts(t.db, { competitorId: 'tiktok-shop', type: 'event', name: 'launch', market: 'US', limit: 10, offset: 0 });
    expect(launches.total).toBe(1);
    expect(launches.facts[0]?.period).toBe('2023-09');
  });

  it('sources: a fact lists where it was read', async () => {
    const { facts } = await findFacts(t.db, { competitorId: 'temu', name: 'regulation', limit: 1, offset: 0 });
    const sources = await factSources(t.db, facts[0]!.id);
    expect(sources.map((s) => s.publisher)).toEqual(['European Commission']);
  });
});
