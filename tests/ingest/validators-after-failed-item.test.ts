import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { rss } from './helpers/feeds.js';
import { startServer, type TestServer } from './helpers/server.js';

const ENTRIES = [
  { guid: 'v-1', title: 'Temu opens in Portugal', link: 'https://v.example/1', text: 'Temu opened its marketplace to shoppers in Portugal this week, the company said.' },
  { guid: 'v-2', title: 'Temu opens in Greece', link: 'https://v.example/2', text: 'Shoppers in Greece can now order from Temu, which started deliveries there on Monday.' },
];
const fact = (title: string): CandidateFact =>
  ({ type: 'event', competitor: 'temu', event: 'launch', market: title.endsWith('Portugal') ? 'PT' : 'GR', period: '2024-03', status: 'actual', quote: title, language: 'en' }) as CandidateFact;

describe('a feed whose item failed to store is fetched in full next time', () => {
  let db: TestDb;
  let server: TestServer;
  const clock = fixedClock('2024-04-01T10:00:00.000Z');
  const body = rss(ENTRIES, { title: 'Temu news', language: 'en' });
  const conditional: boolean[] = [];
  let failFor: string | null = null;

  const deps = (): IngestDeps => ({
    db: db.db,
    clock,
    log: silentLogger,
    fetch: { timeoutMs: 4000, maxBytes: 1 << 20, allowLoopback: true },
    extract: ({ title }) => ({ language: 'en', facts: [fact(title)] }),
    onMerged: (_trx, _result, _fact, item) => {
      if (item.title === failFor) throw new Error('hook failed');
    },
  });

  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    server = await startServer({
      '/feed.xml': (req: IncomingMessage, res: ServerResponse) => {
        conditional.push(req.headers['if-none-match'] !== undefined || req.headers['if-modified-since'] !== undefined);
        if (req.headers['if-none-match'] === '"v1"') {
          res.statusCode = 304;
          res.end();
          return;
        }
        res.setHeader('content-type', 'application/rss+xml');
        res.setHeader('etag', '"v1"');
        res.setHeader('last-modified', 'Mon, 01 Apr 2024 09:00:00 GMT');
        res.end(body);
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('keeps no ETag or Last-Modified after a failed item, so the next poll stores it; with none failed, they are kept', async () => {
    const { source } = await addSource(db.db, { url: server.url('/feed.xml') }, clock.now().toISOString());
    failFor = 'Temu opens in Greece';
    const first = await runSources(deps(), [source], { concurrency: 1 });
    expect(first.sources[0]).toMatchObject({ ok: true, itemErrors: 1 });
    const afterFailure = await db.db.selectFrom('sources').select(['etag', 'last_modified']).where('id', '=', source.id).executeTakeFirstOrThrow();
    expect(afterFailure).toEqual({ etag: null, last_modified: null });

    failFor = null;
    const row = await db.db.selectFrom('sources').selectAll().where('id', '=', source.id).executeTakeFirstOrThrow();
    const second = await runSources(deps(), [row], { concurrency: 1 });
    expect(conditional).toEqual([false, false]);
    expect(second.total).toMatchObject({ itemsNew: 1, itemsDuplicate: 1 });
    const titles = await db.db.selectFrom('items').select('title').where('source_id', '=', source.id).orderBy('title').execute();
    expect(titles.map((t) => t.title)).toEqual(['Temu opens in Greece', 'Temu opens in Portugal']);
    const healthy = await db.db.selectFrom('sources').select(['etag', 'last_modified']).where('id', '=', source.id).executeTakeFirstOrThrow();
    expect(healthy).toEqual({ etag: '"v1"', last_modified: 'Mon, 01 Apr 2024 09:00:00 GMT' });
  });
});
