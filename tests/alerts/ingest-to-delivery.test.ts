import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverDue } from '../../src/alerts/deliver.js';
import { onMerged } from '../../src/alerts/fan-out.js';
import { fixedClock } from '../../src/clock.js';
import { loadLanguageDetector } from '../../src/extract/language.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from '../ingest/helpers/competitors.js';
import { rss } from '../ingest/helpers/feeds.js';
import { startServer, type TestServer } from '../ingest/helpers/server.js';
import { addSubscription, recordingNotifier } from './helpers.js';

// End to end: feeds fetched over loopback → extraction → merge → outbox rows in the same
// transaction → delivery through a test notifier. Written in our own words.
const OLD = 'Shein opened a pop-up store in Paris in 2022, the company said at the time.';
const PORTUGAL = 'Temu launched in Portugal in March 2024. Shoppers there can now order from local warehouses as well as from China.';
const PORTUGAL_RETOLD =
  'Temu launched in Portugal in March 2024. Shoppers there can now order from local warehouses as well as from China, a spokesperson told reporters.';

describe('alerts: from a fixture feed to each channel, once', () => {
  let t: TestDb;
  let server: TestServer;
  const bodies: Record<string, string> = {};
  const clock = fixedClock('2024-03-20T10:00:00.000Z');
  const route = (path: string) => (_req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(bodies[path]);
  };
  const deps = (): IngestDeps => ({
    db: t.db,
    clock,
    log: silentLogger,
    fetch: { timeoutMs: 4000, connectTimeoutMs: 3000, maxBytes: 1 << 20, allowLoopback: true },
    onMerged: async (trx, result, fact, item) => {
      await onMerged(trx, result, fact, item);
    },
  });
  const reload = (id: number) => t.db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    await loadLanguageDetector();
    t = await testDb();
    await seedCompetitors(t.db);
    bodies['/a'] = rss([{ guid: 'a-old', title: 'Shein in Paris', link: 'https://a.example/old', text: OLD }], { language: 'en' });
    bodies['/b'] = rss([{ guid: 'b-old', title: 'Shein pop-up', link: 'https://b.example/old', text: OLD }], { language: 'en' });
    server = await startServer({ '/a': route('/a'), '/b': route('/b') });
  });
  afterAll(async () => {
    await server.close();
    await t.cleanup();
  });

  it('a new story alerts each subscribed channel exactly once; the same story from another feed does not alert again', async () => {
    await addSubscription(t.db, 'market-intel', { mode: 'alerts', min_importance: 3 });
    await addSubscription(t.db, 'temu-watch', { mode: 'both', competitors: ['temu'], min_importance: 3 });
    await addSubscription(t.db, 'amazon-only', { mode: 'alerts', competitors: ['amazon'] });
    const now = clock.now().toISOString();
    const a = (await addSource(t.db, { url: server.url('/a') }, now)).source;
    const b = (await addSource(t.db, { url: server.url('/b') }, now)).source;

    // First fetch of each source is its backlog: stored as baseline, no alert.
    await runSources(deps(), [a, b], { concurrency: 1 });
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(0);

    // Outlet A publishes the story: one alert row per matching channel (not the Amazon-only one).
    bodies['/a'] = rss([{ guid: 'a-pt', title: 'Temu arrives in Portugal', link: 'https://a.example/temu-pt', text: PORTUGAL }], { title: 'Outlet A', language: 'en' });
    clock.advance(60 * 60_000);
    const first = await runSources(deps(), [await reload(a.id)], { concurrency: 1 });
    expect(first.total.factsNew).toBeGreaterThanOrEqual(1);
    const rows = await t.db.selectFrom('outbox').innerJoin('subscriptions', 'subscriptions.id', 'outbox.subscription_id').select(['subscriptions.channel', 'outbox.fact_id']).execute();
    expect(rows.map((r) => r.channel).sort()).toEqual(['market-intel', 'temu-watch']);

    // Outlet B retells it: the fact is corroborated (two sources), and no new row is written.
    bodies['/b'] = rss([{ guid: 'b-pt', title: 'Portugal gets Temu', link: 'https://b.example/temu-portugal', text: PORTUGAL_RETOLD }], { title: 'Outlet B', language: 'en' });
    const second = await runSources(deps(), [await reload(b.id)], { concurrency: 1 });
    expect(second.total.factsCorroborated).toBeGreaterThanOrEqual(1);
    expect(second.total.factsNew).toBe(0);
    const fact = await t.db.selectFrom('facts').selectAll().where('id', '=', rows[0]!.fact_id!).executeTakeFirstOrThrow();
    expect(fact).toMatchObject({ competitor_id: 'temu', name: 'launch', market: 'PT', source_count: 2 });
    expect(await t.db.selectFrom('outbox').select('id').execute()).toHaveLength(2);

    // Delivery: each channel gets it once, however often the worker runs.
    const { notifier, accepted } = recordingNotifier();
    const delivery = { db: t.db, clock, log: silentLogger, notifiers: { shell: notifier }, workerId: 'w1', sleep: async () => {} };
    await deliverDue(delivery);
    await deliverDue(delivery);
    clock.advance(10 * 60_000);
    await deliverDue(delivery);
    expect(accepted.map((m) => m.to.channel).sort()).toEqual(['market-intel', 'temu-watch']);
    const statuses = await t.db.selectFrom('outbox').select('status').execute();
    expect(statuses.every((s) => s.status === 'sent')).toBe(true);
  });
});
