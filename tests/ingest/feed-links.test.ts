import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { parseFeed } from '../../src/ingest/parse-feed.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { startServer, type TestServer } from './helpers/server.js';

const rssWith = (channelLink: string | null, itemLink: string, title: string, text: string) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>${title} feed</title>${channelLink ? `<link>${channelLink}</link>` : ''}
  <item><title>${title}</title><link>${itemLink}</link><description>${text}</description></item>
</channel></rss>`;

describe('feed links', () => {
  it('feed: a relative RSS link is resolved against the URL the feed came from', async () => {
    const doc = await parseFeed(rssWith(null, '/insider/temu-depot', 'Temu depot', 'Temu opened a depot.'), 'https://one.example/feeds/all.xml');
    expect(doc.items[0]!.url).toBe('https://one.example/insider/temu-depot');
  });

  it("feed: the channel's own <link> is the base when it has one", async () => {
    const doc = await parseFeed(rssWith('https://site.example/news/', 'temu-depot.html', 'Temu depot', 'Temu opened a depot.'), 'https://cdn.example/rss');
    expect(doc.items[0]!.url).toBe('https://site.example/news/temu-depot.html');
  });

  it('feed: an Atom xml:base and an entry xml:base are the base of its links', async () => {
    const xml = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://base.example/nieuws/">
  <title>Atom</title><id>urn:a</id><updated>2024-03-20T08:00:00Z</updated>
  <entry><id>1</id><title>Bol opent depot</title><link href="articles/bol.html"/><updated>2024-03-20T08:00:00Z</updated><content>Bol opent een depot.</content></entry>
  <entry xml:base="https://other.example/x/"><id>2</id><title>Temu groeit</title><link href="temu.html"/><updated>2024-03-20T08:00:00Z</updated><content>Temu groeit.</content></entry>
</feed>`;
    const doc = await parseFeed(xml, 'https://feeds.example/atom.xml');
    expect(doc.items.map((i) => i.url)).toEqual(['https://base.example/nieuws/articles/bol.html', 'https://other.example/x/temu.html']);
  });

  it('feed: an Atom entry links to its alternate (or rel-less) link, never to self, edit or enclosure', async () => {
    const xml = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title><id>urn:a</id><updated>2024-03-20T08:00:00Z</updated>
  <entry><id>1</id><title>One</title><link rel="self" href="https://api.example/entries/1"/><link rel="edit" href="https://api.example/edit/1"/><link href="https://news.example/one"/><updated>2024-03-20T08:00:00Z</updated><content>Temu opened a depot.</content></entry>
  <entry><id>2</id><title>Two</title><link rel="enclosure" href="https://cdn.example/two.mp3"/><link rel="alternate" type="text/html" href="https://news.example/two"/><updated>2024-03-20T08:00:00Z</updated><content>Shein opened a depot.</content></entry>
  <entry><id>3</id><title>Three</title><link rel="self" href="https://api.example/entries/3"/><updated>2024-03-20T08:00:00Z</updated><content>Bol opened a depot.</content></entry>
</feed>`;
    const doc = await parseFeed(xml, 'https://feeds.example/atom.xml');
    expect(doc.items.map((i) => i.url)).toEqual(['https://news.example/one', 'https://news.example/two', null]);
  });

  it('feed: a relative link in a local feed file, with nothing to resolve it against, is no link at all', async () => {
    const doc = await parseFeed(rssWith(null, '/insider/temu-depot', 'Temu depot', 'Temu opened a depot.'), null);
    expect(doc.items[0]!.url).toBeNull();
  });
});

describe('feed links: two outlets with the same relative path', () => {
  let db: TestDb;
  let server: TestServer;
  const clock = fixedClock('2024-04-01T10:00:00.000Z');
  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
    const feeds: Record<string, string> = {
      '/outlet-a': rssWith('https://a.example/', '/insider/x', 'Temu opens a Polish depot', 'Temu opened a warehouse near Warsaw this week, its first in Poland.'),
      '/outlet-b': rssWith('https://b.example/', '/insider/x', 'Shein raises prices in Japan', 'Shein raised its prices for shoppers in Japan by a tenth, the company said.'),
    };
    server = await startServer(
      Object.fromEntries(
        Object.entries(feeds).map(([path, body]) => [
          path,
          (_q: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
            res.setHeader('content-type', 'application/rss+xml');
            res.end(body);
          },
        ]),
      ),
    );
  });
  afterAll(async () => {
    await server.close();
    await db.cleanup();
  });

  it('both are stored, each under its own absolute link', async () => {
    const sources = [];
    for (const path of ['/outlet-a', '/outlet-b']) sources.push((await addSource(db.db, { url: server.url(path) }, clock.now().toISOString())).source);
    const deps = { db: db.db, clock, log: silentLogger, fetch: { timeoutMs: 4000, maxBytes: 1 << 20, allowLoopback: true } };
    const run = await runSources(deps, sources, { concurrency: 1 });
    expect(run.total).toMatchObject({ itemsNew: 2, itemsDuplicate: 0 });
    const urls = (await db.db.selectFrom('items').select('url').orderBy('id').execute()).map((r) => r.url);
    expect(urls).toEqual(['https://a.example/insider/x', 'https://b.example/insider/x']);
  });
});
