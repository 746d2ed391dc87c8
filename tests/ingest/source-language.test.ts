import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { startServer, type TestServer } from './helpers/server.js';

// A French blog whose feed template still says en-US; its second item declares Dutch itself.
const FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Le Blog Commerce</title><link>https://blog.example/</link><language>en-US</language>
  <item><guid>b1</guid><title>Temu en Belgique</title><link>https://blog.example/temu</link><description>Temu compte 3 millions d'utilisateurs en Belgique en 2024, selon l'entreprise.</description><pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate></item>
  <item><guid>b2</guid><title>Bol groeit</title><link>https://blog.example/bol</link><dc:language>nl</dc:language><description>Bol.com had in 2023 ruim 13 miljoen klanten in Nederland en België.</description><pubDate>Thu, 02 May 2024 11:00:00 GMT</pubDate></item>
</channel></rss>`;

describe('the language a source was added with', () => {
  let db: TestDb;
  let server: TestServer;
  const clock = fixedClock('2024-05-03T10:00:00.000Z');

  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    server = await startServer({
      '/feed.xml': (_q: IncomingMessage, res: ServerResponse) => {
        res.setHeader('content-type', 'application/rss+xml');
        res.end(FEED);
      },
    });
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('wins over the language the feed declares for itself, not over one an item declares: French is read as French', async () => {
    const { source } = await addSource(db.db, { url: server.url('/feed.xml'), language: 'fr' }, clock.now().toISOString());
    const deps = { db: db.db, clock, log: silentLogger, fetch: { timeoutMs: 4000, maxBytes: 1 << 20, allowLoopback: true } };
    const run = await runSources(deps, [source], { concurrency: 1 });
    expect(run.failed).toBe(0);
    const items = await db.db.selectFrom('items').select(['url', 'language']).orderBy('id').execute();
    expect(items).toEqual([
      { url: 'https://blog.example/temu', language: 'fr' },
      { url: 'https://blog.example/bol', language: 'nl' },
    ]);
    const facts = await db.db
      .selectFrom('fact_sources')
      .innerJoin('facts', 'facts.id', 'fact_sources.fact_id')
      .select(['facts.competitor_id', 'facts.name', 'facts.value', 'fact_sources.language'])
      .where('fact_sources.url', '=', 'https://blog.example/temu')
      .execute();
    expect(facts).toEqual([{ competitor_id: 'temu', name: 'users', value: 3_000_000, language: 'fr' }]);
  });
});
