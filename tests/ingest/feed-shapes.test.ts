import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { startServer, type TestServer } from './helpers/server.js';

/** Atom whose titles and content are type="xhtml": markup as XML inside the feed, not escaped. */
const atomXhtml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Retail <em>wire</em></div></title>
  <id>urn:wire</id><updated>2024-03-20T08:00:00Z</updated><link href="https://wire.example/"/>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Amazon <i>staff</i> in Belgium</div></title>
    <id>urn:wire:1</id><link href="/belgium-staff"/><updated>2024-03-20T08:00:00Z</updated>
    <content type='xhtml'><div xmlns="http://www.w3.org/1999/xhtml"><p>Amazon had <b>4,000</b> employees in Belgium in 2023, R&amp;D included.</p></div></content>
  </entry>
  <entry>
    <title>Bol sellers</title><id>urn:wire:2</id><link href="/bol-sellers"/><updated>2024-03-21T08:00:00Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Bol.com had <strong>50,000</strong> sales partners in 2023.</div></summary>
  </entry>
</feed>`;

/** RSS from a publishing system that gives every item the site's address as its guid. */
const oneGuidForAll = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Shared guid</title><link>https://cms.example/</link><language>en</language>
  <item><guid isPermaLink="false">https://cms.example/</guid><title>Temu in Spain</title><link>https://cms.example/temu-spain</link><description>Temu launched in Spain in April 2023.</description></item>
  <item><guid isPermaLink="false">https://cms.example/</guid><title>Amazon profit</title><link>https://cms.example/amazon-profit</link><description>Amazon reported net income of $30.4 billion in 2023.</description></item>
  <item><guid isPermaLink="false">https://cms.example/</guid><title>Shein revenue</title><link>https://cms.example/shein-revenue</link><description>Shein reported revenue of $32.5 billion in 2023.</description></item>
</channel></rss>`;

/** RSS 2.0 whose items have no <link>: the guid is their permalink (isPermaLink defaults to true). */
const guidsOnly = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Guids only</title><link>https://pl.example/</link><language>en</language>
  <item><guid>https://pl.example/2024/temu-chile</guid><title>Temu in Chile</title><description>Temu launched in Chile in March 2024.</description></item>
  <item><guid isPermaLink="false">pl-2</guid><title>Shein in Peru</title><description>Shein launched in Peru in May 2024.</description></item>
</channel></rss>`;

const serve = (body: string) => (_q: IncomingMessage, res: ServerResponse) => {
  res.setHeader('content-type', 'application/atom+xml');
  res.end(body);
};

describe('feeds of odd but valid shapes', () => {
  let db: TestDb;
  let server: TestServer;
  const clock = fixedClock('2024-04-01T10:00:00.000Z');
  const deps = () => ({
    db: db.db,
    clock,
    log: silentLogger,
    fetch: { timeoutMs: 4000, maxBytes: 1 << 20, allowLoopback: true },
  });
  const source = async (path: string) => (await addSource(db.db, { url: server.url(path) }, clock.now().toISOString())).source;

  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    server = await startServer({
      '/atom-xhtml': serve(atomXhtml),
      '/one-guid': serve(oneGuidForAll),
      '/guids-only': serve(guidsOnly),
    });
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('Atom with xhtml titles and content: read as text in document order, the figure in its sentence', async () => {
    const run = await runSources(deps(), [await source('/atom-xhtml')], {
      concurrency: 1,
    });
    expect(run.sources[0]!.error).toBeUndefined();
    expect(run.sources[0]!.error).toBeUndefined();
    expect(run.total.itemsNew).toBe(2);
    const items = await db.db.selectFrom('items').select(['title', 'url']).where('url', 'like', 'https://wire.example/%').orderBy('id').execute();
    expect(items).toEqual([
      {
        title: 'Amazon staff in Belgium',
        url: 'https://wire.example/belgium-staff',
      },
      { title: 'Bol sellers', url: 'https://wire.example/bol-sellers' },
    ]);
    const quotes = (await db.db.selectFrom('fact_sources').select('quote').where('url', 'like', 'https://wire.example/%').execute()).map((r) => r.quote);
    expect(quotes).toContain('Amazon had 4,000 employees in Belgium in 2023, R&D included.');
    expect(quotes).toContain('Bol.com had 50,000 sales partners in 2023.');
  });

  it('one guid given to every item: each item is stored, and a second fetch finds them all known', async () => {
    const feed = await source('/one-guid');
    const first = await runSources(deps(), [feed], { concurrency: 1 });
    expect(first.total).toMatchObject({ itemsNew: 3, itemsDuplicate: 0 });
    const titles = (await db.db.selectFrom('items').select('title').where('source_id', '=', feed.id).orderBy('id').execute()).map((r) => r.title);
    expect(titles).toEqual(['Temu in Spain', 'Amazon profit', 'Shein revenue']);
    const again = await runSources(deps(), [{ ...feed, baseline_done: 1 }], {
      concurrency: 1,
    });
    expect(again.total).toMatchObject({ itemsNew: 0, itemsDuplicate: 3 });
  });

  it('no <link> but a web-address guid: the guid is the link, so the fact has one; an opaque guid gives none', async () => {
    const feed = await source('/guids-only');
    const run = await runSources(deps(), [feed], { concurrency: 1 });
    expect(run.sources[0]!.error).toBeUndefined();
    expect(run.total.itemsNew).toBe(2);
    const items = await db.db.selectFrom('items').select(['title', 'url']).where('source_id', '=', feed.id).orderBy('id').execute();
    expect(items).toEqual([
      { title: 'Temu in Chile', url: 'https://pl.example/2024/temu-chile' },
      { title: 'Shein in Peru', url: null },
    ]);
    const linked = await db.db.selectFrom('fact_sources').select('url').where('quote', '=', 'Temu launched in Chile in March 2024.').execute();
    expect(linked).toEqual([{ url: 'https://pl.example/2024/temu-chile' }]);
  });
});
