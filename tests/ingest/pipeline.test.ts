import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { MergeResult } from '../../src/domain/merge-fact.js';
import type { MergedItem } from '../../src/ingest/hook.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { claimDueSources } from '../../src/ingest/lease.js';
import { backoffMs, MAX_BACKOFF_MS } from '../../src/ingest/source-health.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { atom, rss } from './helpers/feeds.js';
import { startServer, type TestServer } from './helpers/server.js';

const SPAIN =
  'TikTok Shop launched in Spain in March 2024. Shoppers in Madrid and Barcelona can now buy products directly inside short videos and live streams. The company said local sellers had joined during a test phase over the winter, and that payments and delivery are handled by partners in the country.';
const SPAIN_REWRITE =
  'TikTok Shop launched in Spain in March 2024. Shoppers in Madrid and Barcelona can now buy products directly inside short videos and live streams. The company said local sellers had joined during a test phase over the winter, and that payments and delivery are handled by partners in the country. Analysts expect Italy to follow.';
const TEMU_75 = 'Temu had 75 million monthly users in the EU in 2023. The figure comes from a filing under the Digital Services Act.';
const TEMU_80 = 'Temu had 80 million monthly users in the EU in 2023, a new count published by a research firm showed this week.';
const TEMU_FR = "Temu comptait 75 millions d'utilisateurs mensuels dans l'UE en 2023, selon un rapport publié par la plateforme.";

let db: TestDb;
let server: TestServer;
const clock = fixedClock('2024-04-01T10:00:00.000Z');
const hookCalls: { outcome: string; item: MergedItem }[] = [];
let failHookFor: string | null = null;
let bodies: Record<string, string> = {};

const deps = (): IngestDeps => ({
  db: db.db,
  clock,
  log: silentLogger,
  fetch: { timeoutMs: 4000, connectTimeoutMs: 3000, maxBytes: 5 * 1024 * 1024, allowLoopback: true },
  onMerged: (_trx, result: MergeResult, _fact, item) => {
    if (failHookFor && item.title === failHookFor) throw new Error('hook failed');
    hookCalls.push({ outcome: result.outcome, item });
  },
});

async function source(path: string, extra: { language?: string; name?: string } = {}) {
  const { source } = await addSource(db.db, { url: server.url(path), ...extra }, clock.now().toISOString());
  return source;
}

beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
  bodies = {
    '/outlet-a': rss([{ guid: 'a-1', title: 'TikTok Shop opens in Spain', link: 'https://a.example/spain?utm_source=rss', text: SPAIN }], { language: 'en' }),
    '/outlet-b': atom([{ guid: 'b-1', title: 'Spain gets TikTok Shop', link: 'https://b.example/news/tiktok-spain/', text: SPAIN_REWRITE }]),
    '/temu-75': rss([{ guid: 't-75', title: 'Temu user numbers in Europe', link: 'https://c.example/temu', text: TEMU_75 }]),
    '/temu-80': rss([{ guid: 't-80', title: 'A new count of Temu users', link: 'https://d.example/temu-count', text: TEMU_80 }]),
    '/temu-fr': rss([{ guid: 't-fr', title: 'Temu en Europe', link: 'https://e.example/temu-fr', text: TEMU_FR }], { language: 'fr' }),
    '/broken': '<?xml version="1.0"?><rss><channel><title>Broken</title><item><title>oops</item></channel>',
  };
  server = await startServer({
    ...Object.fromEntries(
      Object.keys(bodies).map((path) => [
        path,
        (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
          const etag = `"${bodies[path]!.length}"`;
          if (req.headers['if-none-match'] === etag) {
            res.statusCode = 304;
            return void res.end();
          }
          res.setHeader('content-type', 'application/xml');
          res.setHeader('etag', etag);
          res.end(bodies[path]);
        },
      ]),
    ),
    '/stall': () => {},
    '/to-private': (_q, res) => {
      res.writeHead(302, { location: 'http://10.0.0.1/feed' });
      res.end();
    },
    '/fail': (_q, res) => {
      res.statusCode = 500;
      res.end();
    },
    '/huge': (req, res) => {
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      req.socket.on('close', () => res.destroy());
      const pump = () => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    },
  });
});
afterAll(async () => {
  await server.close();
  await db.cleanup();
});

describe('ingestion pipeline', () => {
  it('one run: broken sources each report a clear error, the good ones are stored', async () => {
    const good = [await source('/outlet-a', { name: 'Outlet A' }), await source('/outlet-b'), await source('/temu-75', { name: 'Temu Daily' })];
    const bad = [await source('/broken'), await source('/stall'), await source('/to-private'), await source('/fail'), await source('/missing'), await source('/huge')];
    const run = await runSources(deps(), [bad[0]!, good[0]!, bad[1]!, good[1]!, bad[2]!, bad[3]!, bad[4]!, bad[5]!, good[2]!], { concurrency: 3 });
    const byUrl = new Map(run.sources.map((r) => [r.label.replace(/^http:\/\/127\.0\.0\.1:\d+/, ''), r]));
    expect(byUrl.get('/broken')!.error).toMatch(/^not a readable RSS\/Atom feed: /);
    expect(byUrl.get('/stall')!.error).toBe('timed out after 4 s');
    expect(byUrl.get('/to-private')!.error).toBe(
      'redirect to a private address 10.0.0.1 refused (only public addresses are fetched unless FETCH_ALLOW_PRIVATE=true is set)',
    );
    expect(byUrl.get('/fail')!.error).toBe('HTTP 500');
    expect(byUrl.get('/missing')!.error).toBe('HTTP 404');
    expect(byUrl.get('/huge')!.error).toBe('response larger than 5 MB');
    expect(run.sources.filter((r) => !r.ok).map((r) => r.error)).toHaveLength(6);
    for (const r of run.sources.filter((s) => s.ok)) expect(r.tally.itemsNew).toBe(1);
    expect(run.total.itemsNew).toBe(3);

    const failing = await db.db.selectFrom('sources').selectAll().where('url', '=', server.url('/fail')).executeTakeFirstOrThrow();
    expect(failing.consecutive_failures).toBe(1);
    expect(failing.last_error).toBe('HTTP 500');
    expect(failing.next_fetch_at! > clock.now().toISOString()).toBe(true);
    const healthy = await db.db.selectFrom('sources').selectAll().where('name', '=', 'Outlet A').executeTakeFirstOrThrow();
    expect(healthy.last_success_at).toBe(clock.now().toISOString());
    expect(healthy.items_count).toBe(1);
    expect(healthy.facts_count).toBe(1);
    expect(healthy.etag).toBe(`"${bodies['/outlet-a']!.length}"`);
  });

  it('the same story from two feeds is one fact with two sources, and one story', async () => {
    const facts = await db.db.selectFrom('facts').selectAll().where('competitor_id', '=', 'tiktok-shop').execute();
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ name: 'launch', market: 'ES', period: '2024-03', source_count: 2 });
    const provenance = await db.db.selectFrom('fact_sources').selectAll().where('fact_id', '=', facts[0]!.id).orderBy('id').execute();
    // A configured name first, else the feed's own title (not the host it came from).
    expect(provenance.map((p) => p.publisher).sort()).toEqual(['Atom test', 'Outlet A']);
    const fromA = provenance.find((p) => p.publisher === 'Outlet A')!;
    expect(fromA).toMatchObject({ url: 'https://a.example/spain', title: 'TikTok Shop opens in Spain', language: 'en' });
    expect(fromA.quote).toBe('TikTok Shop launched in Spain in March 2024.');
    const items = await db.db.selectFrom('items').select(['id', 'story_id', 'url']).where('url', 'like', '%.example/%s%').orderBy('id').execute();
    const spain = items.filter((i) => /spain/.test(i.url ?? ''));
    expect(spain).toHaveLength(2);
    expect(spain[1]!.story_id).toBe(spain[0]!.story_id);
    expect(spain[0]!.story_id).toBe(spain[0]!.id);
  });

  it("a new source's backlog is baseline: stored, flagged, and the hook is told not to alert", async () => {
    expect(hookCalls.length).toBeGreaterThan(0);
    expect(hookCalls.every((c) => c.item.baseline)).toBe(true);
    const items = await db.db.selectFrom('items').select('baseline').execute();
    expect(items.every((i) => i.baseline === 1)).toBe(true);
  });

  it('a conflicting figure for the same key is kept and marked as a conflict', async () => {
    hookCalls.length = 0;
    const run = await runSources(deps(), [await source('/temu-80')], { concurrency: 1 });
    expect(run.total.factsConflicting).toBe(1);
    const temu = await db.db.selectFrom('facts').selectAll().where('competitor_id', '=', 'temu').where('type', '=', 'metric').orderBy('id').execute();
    expect(temu.map((f) => f.value)).toEqual([75_000_000, 80_000_000]);
    expect(temu[1]!.conflict_with).toBe(temu[0]!.id);
    expect(hookCalls.map((c) => c.outcome)).toEqual(['conflict']);
  });

  it('a French article with the same figure corroborates the English fact', async () => {
    const run = await runSources(deps(), [await source('/temu-fr')], { concurrency: 1 });
    expect(run.total.factsCorroborated).toBe(1);
    const fact = await db.db.selectFrom('facts').selectAll().where('competitor_id', '=', 'temu').where('value', '=', 75_000_000).executeTakeFirstOrThrow();
    expect(fact.source_count).toBe(2);
    const langs = await db.db.selectFrom('fact_sources').select('language').where('fact_id', '=', fact.id).orderBy('id').execute();
    expect(langs.map((l) => l.language)).toEqual(['en', 'fr']);
  });

  it('refetching: a 304 stores nothing; new entries after the backlog are not baseline', async () => {
    const a = await db.db.selectFrom('sources').selectAll().where('name', '=', 'Outlet A').executeTakeFirstOrThrow();
    const again = await runSources(deps(), [a], { concurrency: 1 });
    expect(again.sources[0]!.notModified).toBe(true);

    bodies['/outlet-a'] = rss([
      { guid: 'a-1', title: 'TikTok Shop opens in Spain', link: 'https://a.example/spain', text: SPAIN },
      { guid: 'a-2', title: 'Temu users', link: 'https://a.example/temu#top', text: TEMU_75 },
    ]);
    hookCalls.length = 0;
    const fresh = await db.db.selectFrom('sources').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow();
    const run = await runSources(deps(), [fresh], { concurrency: 1 });
    expect(run.total).toMatchObject({ itemsNew: 1, itemsDuplicate: 1, factsNew: 0, factsConflicting: 0 });
    expect(run.total.factsCorroborated).toBeGreaterThanOrEqual(1);
    expect(hookCalls.length).toBe(run.total.factsCorroborated);
    expect(hookCalls.every((c) => c.outcome === 'corroborated' && c.item.baseline === false)).toBe(true);
    const stored = await db.db.selectFrom('items').select(['baseline', 'url']).where('guid', '=', 'a-2').executeTakeFirstOrThrow();
    expect(stored).toEqual({ baseline: 0, url: 'https://a.example/temu' });
  });

  it('a failing hook rolls back its item: item, facts and provenance are written together or not at all', async () => {
    bodies['/outlet-a'] = rss([{ guid: 'copy-1', title: 'Temu, copied', link: 'https://f.example/temu-copy', text: TEMU_75 }]);
    const s = await source('/elsewhere');
    const before = await db.db.selectFrom('fact_sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    failHookFor = 'Temu, copied';
    const broken = await runSources(deps(), [{ ...s, url: server.url('/outlet-a'), etag: null }], { concurrency: 1 });
    failHookFor = null;
    expect(broken.sources[0]!.itemErrors).toBe(1);
    expect(broken.total.itemsNew).toBe(0);
    const after = await db.db.selectFrom('fact_sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const items = await db.db.selectFrom('items').select('id').where('source_id', '=', s.id).execute();
    expect(items).toHaveLength(0);
  });

  it('backoff grows with each failure in a row', async () => {
    const s = await db.db.selectFrom('sources').selectAll().where('url', '=', server.url('/fail')).executeTakeFirstOrThrow();
    await runSources({ ...deps(), random: () => 0.5 }, [s], { concurrency: 1 });
    await runSources({ ...deps(), random: () => 0.5 }, [s], { concurrency: 1 });
    const after = await db.db.selectFrom('sources').selectAll().where('id', '=', s.id).executeTakeFirstOrThrow();
    expect(after.consecutive_failures).toBe(3);
    // Third failure: 5 min doubled twice is 20 min, under the 30-minute interval, so 30 min (no jitter at 0.5).
    expect(Date.parse(after.next_fetch_at!) - clock.now().getTime()).toBe(30 * 60_000);
  });
});

describe('backoff', () => {
  it('doubles from 5 minutes, never sooner than the interval, capped at 6 hours, with ±20% jitter', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 30].map((n) => backoffMs(n, 30, mid) / 60_000)).toEqual([30, 30, 30, 40, 80, 160, 320, 360, 360]);
    expect(backoffMs(1, 1, mid) / 60_000).toBe(5);
    expect(backoffMs(2, 1, () => 0) / 60_000).toBe(8);
    expect(backoffMs(2, 1, () => 1) / 60_000).toBe(12);
    expect(backoffMs(30, 1, () => 1)).toBe(MAX_BACKOFF_MS);
  });
});

describe('source leases', () => {
  it('two processes claiming at once never get the same source', async () => {
    const now = new Date('2030-01-01T00:00:00.000Z');
    const [a, b] = await Promise.all([
      claimDueSources(db.db, 'proc-a', now, 60_000, 100),
      claimDueSources(db.db, 'proc-b', now, 60_000, 100),
    ]);
    const ids = [...a, ...b].map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const enabled = await db.db.selectFrom('sources').select('id').where('enabled', '=', 1).execute();
    expect(ids.length).toBe(enabled.length);
    const again = await claimDueSources(db.db, 'proc-c', now, 60_000, 100);
    expect(again).toHaveLength(0);
    const later = await claimDueSources(db.db, 'proc-c', new Date(now.getTime() + 120_000), 60_000, 100);
    expect(later.length).toBe(enabled.length);
  });
});
