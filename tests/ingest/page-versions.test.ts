import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { startServer, type TestServer } from './helpers/server.js';

// A newsroom page polled as a source: the same link, its text edited between polls.
const page = (paragraphs: string[]) =>
  `<!doctype html><html><head><title>Temu newsroom</title><meta property="article:published_time" content="2026-11-20"></head>` +
  `<body><article><h1>Temu newsroom</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const FIRST = ['Temu had 30,000 sellers in Spain in 2025, the company said.'];
const EDITED = [...FIRST, 'Temu launched its marketplace in Poland this week, with 3,000 Polish sellers signed up.'];

describe('a polled page that changes', () => {
  let db: TestDb;
  let server: TestServer;
  let body = page(FIRST);
  const clock = fixedClock('2026-11-26T10:00:00.000Z');
  const deps = (): IngestDeps => ({
    db: db.db,
    clock,
    log: silentLogger,
    fetch: { timeoutMs: 4000, connectTimeoutMs: 3000, maxBytes: 1024 * 1024, allowLoopback: true },
  });

  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    server = await startServer({
      '/newsroom': (_req, res) => {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(body);
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('page: a new version of a page at the same link is read again; an unchanged one is a repeat', async () => {
    const { source } = await addSource(db.db, { url: server.url('/newsroom'), language: 'en' }, clock.now().toISOString());
    const first = await runSources(deps(), [source], { concurrency: 1 });
    expect(first.total).toMatchObject({ itemsNew: 1 });

    const again = await runSources(deps(), [source], { concurrency: 1 });
    expect(again.total).toMatchObject({ itemsNew: 0, itemsDuplicate: 1 });

    body = page(EDITED);
    const edited = await runSources(deps(), [source], { concurrency: 1 });
    expect(edited.total).toMatchObject({ itemsNew: 1, factsNew: 2, factsCorroborated: 0, factsConflicting: 0 });
    const facts = await db.db.selectFrom('facts').select(['name', 'market', 'value', 'source_count']).where('competitor_id', '=', 'temu').orderBy('id').execute();
    expect(facts).toEqual([
      { name: 'sellers', market: 'ES', value: 30_000, source_count: 1 },
      { name: 'sellers', market: 'PL', value: 3_000, source_count: 1 },
      { name: 'launch', market: 'PL', value: null, source_count: 1 },
    ]);
  });

  it('page: a page whose only change is the clock it shows is a repeat; a changed figure beside it is a new version', async () => {
    const stamped = (time: string, sellers: string) =>
      page([`Updated ${time}. Temu had ${sellers} sellers in Portugal in 2025, the company said.`, `Page generated 2 minutes ago.`]);
    body = stamped('14:05', '8,000');
    const { source } = await addSource(db.db, { url: server.url('/newsroom') + '?portugal', language: 'en' }, clock.now().toISOString());
    expect((await runSources(deps(), [source], { concurrency: 1 })).total).toMatchObject({ itemsNew: 1 });

    body = stamped('14:35', '8,000').replace('2 minutes ago', '7 minutes ago');
    expect((await runSources(deps(), [source], { concurrency: 1 })).total).toMatchObject({ itemsNew: 0, itemsDuplicate: 1 });

    body = stamped('15:05', '9,000');
    expect((await runSources(deps(), [source], { concurrency: 1 })).total).toMatchObject({ itemsNew: 1, itemsDuplicate: 0 });
  });
});
