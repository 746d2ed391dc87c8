import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { rss } from './helpers/feeds.js';
import { startServer, type TestServer } from './helpers/server.js';

// One article carried by two feeds of the same outlet (its "Temu" feed and its "retail" feed).
const ARTICLE = {
  guid: 'https://news.example/temu-eu-users',
  title: 'Temu passes 90 million users in Europe',
  link: 'https://news.example/temu-eu-users',
  text: 'Temu now has 92 million monthly active users in the European Union, the company said on Monday.',
};

describe('dedupe: the same article in two feeds read in one run', () => {
  let db: TestDb;
  let server: TestServer;
  const clock = fixedClock('2024-04-01T10:00:00.000Z');
  const feed = (title: string) => (_q: IncomingMessage, res: ServerResponse) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(rss([ARTICLE], { title, language: 'en' }));
  };

  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    server = await startServer({ '/temu.xml': feed('Temu news'), '/retail.xml': feed('Retail news') });
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('read at the same time, the article is stored once and counted once as a duplicate, as when the feeds are read one after the other', async () => {
    const sources = [];
    for (const path of ['/temu.xml', '/retail.xml']) sources.push((await addSource(db.db, { url: server.url(path) }, clock.now().toISOString())).source);
    const deps = { db: db.db, clock, log: silentLogger, fetch: { timeoutMs: 4000, maxBytes: 1 << 20, allowLoopback: true } };
    const run = await runSources(deps, sources, { concurrency: 2 });
    expect(run.failed).toBe(0);
    expect(run.total).toMatchObject({ itemsNew: 1, itemsDuplicate: 1, itemsSameStory: 0 });
    const stored = await db.db.selectFrom('items').select('url').where('url', '=', ARTICLE.link).execute();
    expect(stored).toHaveLength(1);
  });
});
