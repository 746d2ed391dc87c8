import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { rss } from './helpers/feeds.js';
import { startServer, type TestServer } from './helpers/server.js';

const CONSENT_WALL = `<!DOCTYPE html><html lang="en"><head><title>Before you continue</title></head><body>
<main><h1>Before you continue</h1><p>We and our 812 partners use cookies to show you news about Temu, Shein and Amazon.</p></main></body></html>`;

describe('a feed that starts answering with a web page', () => {
  let db: TestDb;
  let server: TestServer;
  let wall = false;
  const clock = fixedClock('2024-04-01T10:00:00.000Z');
  const deps = () => ({ db: db.db, clock, log: silentLogger, fetch: { timeoutMs: 4000, maxBytes: 1 << 20, allowLoopback: true } });

  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    server = await startServer({
      '/feed.xml': (_q, res) => {
        res.setHeader('content-type', wall ? 'text/html' : 'application/rss+xml');
        res.end(wall ? CONSENT_WALL : rss([{ guid: 'a1', title: 'Temu in Chile', link: 'https://n.example/chile', text: 'Temu launched in Chile in March 2024.' }]));
      },
      '/article.html': (_q, res) => {
        res.setHeader('content-type', 'text/html');
        res.end(CONSENT_WALL.replace('Before you continue', 'Temu and cookies'));
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('is failing, saying so, instead of storing the page as news and showing the source as healthy', async () => {
    const { source } = await addSource(db.db, { url: server.url('/feed.xml') }, clock.now().toISOString());
    const first = await runSources(deps(), [source], { concurrency: 1 });
    expect(first.failed).toBe(0);
    wall = true;
    const read = await db.db.selectFrom('sources').selectAll().where('id', '=', source.id).executeTakeFirstOrThrow();
    const second = await runSources(deps(), [read], { concurrency: 1 });
    expect(second.sources[0]!.error).toBe('answered with a web page instead of its feed (moved, or behind a login or consent page)');
    const after = await db.db.selectFrom('sources').select(['kind', 'consecutive_failures', 'items_count']).where('id', '=', source.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ kind: 'rss', consecutive_failures: 1, items_count: 1 });
    expect(await db.db.selectFrom('items').select('title').where('title', '=', 'Before you continue').execute()).toEqual([]);
  });

  it('a source that was a web page from the start is still read as one', async () => {
    const { source } = await addSource(db.db, { url: server.url('/article.html') }, clock.now().toISOString());
    const run = await runSources(deps(), [source], { concurrency: 1 });
    expect(run.failed).toBe(0);
    expect(run.total.itemsNew).toBe(1);
  });
});
