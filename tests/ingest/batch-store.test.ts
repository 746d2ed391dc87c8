import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { type FeedEntry, rss } from './helpers/feeds.js';

// Several items per document, so they are stored together in one statement. Every test has
// texts of its own: the story index spans the whole file's items.
const SPAIN =
  'TikTok Shop launched in Spain in March 2024. Shoppers in Madrid and Barcelona can now buy products directly inside short videos and live streams. The company said local sellers had joined during a test phase over the winter, and that payments and delivery are handled by partners in the country.';
const SPAIN_REWRITE = `${SPAIN} Analysts expect Italy to follow.`;
const POLAND =
  'Shein opened a warehouse near Wroclaw to cut delivery times for Polish customers. The retailer said parcels would arrive within two days in most cities, and that it had hired four hundred people for the site, which also serves the Czech Republic and Slovakia.';
const POLAND_REWRITE = `Polish shoppers will get parcels faster. ${POLAND}`;
const OTHERS = [
  'Temu was fined by the Dutch consumer authority over misleading discounts shown on its app last autumn.',
  'Bol.com will let sellers from Belgium use its fulfilment service from next spring, according to a statement.',
  'Amazon said its Italian marketplace grew faster than any other European store during the holiday season.',
  'A survey of French parents found that most had ordered school supplies from at least one Asian platform.',
  'German retailers asked Berlin for stricter customs checks on small parcels shipped from outside the union.',
  'Belgian post said the number of parcels it handled for online marketplaces doubled over three years.',
  'Spanish regulators opened a review of product safety checks on toys sold by online marketplaces.',
  'Irish customs said it had stopped thousands of counterfeit items arriving by air freight in January.',
  'Austrian logistics firms reported a shortage of drivers for last-mile deliveries in rural regions.',
  'Swedish consumers returned fewer clothes bought online after sellers added size advice to listings.',
];
const numbered = (texts: string[], prefix: string) =>
  texts.map((text, i) => ({ guid: `${prefix}-${i}`, title: `${prefix} #${i + 1}`, link: `https://${prefix}.example/${i}`, text }));

let db: TestDb;
let dir: string;
const clock = fixedClock('2024-04-01T10:00:00.000Z');
let failFor: string | null = null;
const hooked: string[] = [];

/** One new fact per item, told apart by its market: each item's facts are its own. */
const MARKETS = ['ES', 'PL', 'NL', 'BE', 'IT', 'FR', 'DE'];
const factFor = (title: string): CandidateFact =>
  ({
    type: 'event',
    competitor: 'temu',
    event: 'launch',
    market: MARKETS[Number(/#(\d)/.exec(title)?.[1] ?? 0)]!,
    period: '2024-03',
    status: 'actual',
    quote: title,
    language: 'en',
  }) as CandidateFact;

const deps = (): IngestDeps => ({
  db: db.db,
  clock,
  log: silentLogger,
  fetch: { timeoutMs: 5000, maxBytes: 1 << 20 },
  extract: ({ title }) => ({ language: 'en', facts: title.includes('#') ? [factFor(title)] : [] }),
  onMerged: (_trx, _result, _fact, item) => {
    if (item.title === failFor) throw new Error('hook failed');
    hooked.push(item.title);
  },
});

async function feedSource(name: string, entries: FeedEntry[]) {
  const path = join(dir, `${name}.xml`);
  writeFileSync(path, rss(entries));
  return (await addSource(db.db, { url: path, language: 'en' }, clock.now().toISOString())).source;
}

const itemsOf = (sourceId: number) =>
  db.db.selectFrom('items').select(['id', 'guid', 'title', 'story_id']).where('source_id', '=', sourceId).orderBy('id').execute();

beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
  dir = mkdtempSync(join(tmpdir(), 'rivalwatch-batch-'));
});
afterAll(async () => {
  await db.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('storing a document’s items together', () => {
  it('a failing item among several: only it is rolled back; the others, their facts and provenance are stored once', async () => {
    const s = await feedSource('failing', numbered(OTHERS.slice(0, 4), 'Item'));
    failFor = 'Item #3';
    const run = await runSources(deps(), [s], { concurrency: 1 });
    failFor = null;
    expect(run.sources[0]!.ok).toBe(true);
    expect(run.sources[0]!.itemErrors).toBe(1);
    expect(run.total).toMatchObject({ itemsNew: 3, factsNew: 3 });
    expect((await itemsOf(s.id)).map((i) => i.title)).toEqual(['Item #1', 'Item #2', 'Item #4']);
    const facts = await db.db.selectFrom('facts').select(['market', 'source_count']).orderBy('market').execute();
    expect(facts).toEqual([
      { market: 'IT', source_count: 1 },
      { market: 'NL', source_count: 1 },
      { market: 'PL', source_count: 1 },
    ]);
    const provenance = await db.db.selectFrom('fact_sources').select('title').orderBy('title').execute();
    expect(provenance.map((p) => p.title)).toEqual(['Item #1', 'Item #2', 'Item #4']);
  });

  it('a retelling inside one document joins the story of the item it retells; other items start their own', async () => {
    const s = await feedSource('retold', [
      { guid: 'r-1', title: 'TikTok Shop opens in Spain', link: 'https://r.example/1', text: SPAIN },
      { guid: 'r-2', title: 'Customs checks', link: 'https://r.example/2', text: OTHERS[4]! },
      { guid: 'r-3', title: 'Spain gets TikTok Shop', link: 'https://r.example/3', text: SPAIN_REWRITE },
    ]);
    const run = await runSources(deps(), [s], { concurrency: 1 });
    expect(run.total).toMatchObject({ itemsNew: 3, itemsSameStory: 1 });
    const [first, other, retold] = await itemsOf(s.id);
    expect(first!.story_id).toBe(first!.id);
    expect(other!.story_id).toBe(other!.id);
    expect(retold!.story_id).toBe(first!.id);
  });

  it('two feeds telling the same story at once make one story, whichever is stored first', async () => {
    const a = await feedSource('outlet-a', [
      { guid: 'a-1', title: 'Shein in Poland', link: 'https://a.example/poland', text: POLAND },
      { guid: 'a-2', title: 'Parcels in Belgium', link: 'https://a.example/parcels', text: OTHERS[5]! },
    ]);
    const b = await feedSource('outlet-b', [
      { guid: 'b-1', title: 'Toy safety', link: 'https://b.example/toys', text: OTHERS[6]! },
      { guid: 'b-2', title: 'Faster parcels in Poland', link: 'https://b.example/poland', text: POLAND_REWRITE },
    ]);
    const run = await runSources(deps(), [a, b], { concurrency: 2 });
    expect(run.total.itemsNew).toBe(4);
    expect(run.total.itemsSameStory).toBe(1);
    const spain = [(await itemsOf(a.id))[0]!, (await itemsOf(b.id))[1]!].sort((x, y) => x.id - y.id);
    expect(spain[0]!.story_id).toBe(spain[0]!.id);
    expect(spain[1]!.story_id).toBe(spain[0]!.id);
  });

  it('a guid repeated within one document is one item, counted as a repeat, not a failure', async () => {
    const s = await feedSource('repeated-guid', [
      { guid: 'g-1', title: 'Counterfeits', link: 'https://g.example/1', text: OTHERS[7]! },
      { guid: 'g-1', title: 'Counterfeits (updated)', link: 'https://g.example/1-updated', text: `${OTHERS[7]} Updated.` },
    ]);
    const run = await runSources(deps(), [s], { concurrency: 1 });
    expect(run.sources[0]!.itemErrors).toBe(0);
    expect(run.total).toMatchObject({ itemsNew: 1, itemsDuplicate: 1 });
    expect((await itemsOf(s.id)).map((i) => i.title)).toEqual(['Counterfeits']);
  });

  it('the same source ingested twice at once (a lease taken over): each item stored once, the later run counts repeats', async () => {
    const entries = numbered(OTHERS.slice(8), 'taken');
    const s = await feedSource('taken-over', entries);
    const run = await runSources(deps(), [s, s], { concurrency: 2 });
    expect(run.sources.map((r) => r.itemErrors)).toEqual([0, 0]);
    expect(run.total).toMatchObject({ itemsNew: entries.length, itemsDuplicate: entries.length });
    const stored = await itemsOf(s.id);
    expect(stored.map((i) => i.guid)).toEqual(entries.map((e) => e.guid));
    // The run that lost the race joined the stories of the one that won: no story without its item.
    for (const item of stored) expect(item.story_id).toBe(item.id);
  });

  it('a long document (several statements per chunk, two chunks): each item stored once, retellings under the story they retell', async () => {
    // Texts from a seeded stream of made-up words, so no two items share a sentence by chance.
    let seed = 12345;
    const word = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return `w${(seed >>> 8).toString(36)}`;
    };
    const texts = Array.from({ length: 330 }, () => Array.from({ length: 40 }, word).join(' '));
    const entries: FeedEntry[] = [];
    // Item 2k tells text k; 2k + 1 retells it with a sentence added (follows its leader in the
    // same statement or the next); the last 70 retell items of the first chunk (its leader stored
    // by an earlier chunk).
    for (let k = 0; k < 265; k++) {
      entries.push({ guid: `long-${entries.length}`, title: `Long ${k}`, link: `https://long.example/${entries.length}`, text: texts[k]! });
      entries.push({ guid: `long-${entries.length}`, title: `Long ${k} again`, link: `https://long.example/${entries.length}`, text: `${texts[k]} ${word()} ${word()}.` });
    }
    for (let k = 0; k < 70; k++) {
      entries.push({ guid: `long-${entries.length}`, title: `Long ${k} once more`, link: `https://long.example/${entries.length}`, text: `${word()} ${texts[k]}` });
    }
    const s = await feedSource('long', entries);
    const run = await runSources(deps(), [s], { concurrency: 1 });
    expect(run.sources[0]!.itemErrors).toBe(0);
    expect(run.total).toMatchObject({ itemsNew: 600, itemsSameStory: 335 });
    const byGuid = new Map((await itemsOf(s.id)).map((i) => [i.guid, i]));
    expect(byGuid.size).toBe(600);
    const item = (n: number) => byGuid.get(`long-${n}`)!;
    for (let k = 0; k < 265; k++) {
      expect(item(2 * k).story_id).toBe(item(2 * k).id);
      expect(item(2 * k + 1).story_id).toBe(item(2 * k).id);
      // Leaders are stored in feed order (a retelling may be stored after the leaders of its chunk).
      if (k) expect(item(2 * k).id).toBeGreaterThan(item(2 * k - 2).id);
    }
    for (let k = 0; k < 70; k++) expect(item(530 + k).story_id).toBe(item(2 * k).id);
  });
});
