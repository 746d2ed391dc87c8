import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { rss } from './helpers/feeds.js';

let db: TestDb;
let dir: string;
const clock = fixedClock('2024-04-01T10:00:00.000Z');

const fact = (competitor: string, value: number): CandidateFact =>
  ({
    type: 'metric',
    competitor,
    metric: 'users',
    value,
    unit: 'count',
    market: 'PL',
    period: '2023',
    status: 'actual',
    quote: `${competitor} had ${value} users in Poland in 2023.`,
    language: 'en',
  }) as CandidateFact;

beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
  dir = mkdtempSync(join(tmpdir(), 'rivalwatch-unknown-'));
});
afterAll(async () => {
  await db.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('ingestion with a fact about a competitor not in the database', () => {
  it('unknown competitor: that fact is skipped and counted, the item and its other facts are stored', async () => {
    const path = join(dir, 'feed.xml');
    writeFileSync(
      path,
      rss([
        { guid: 'u-1', title: 'Two platforms in Poland', link: 'https://u.example/1', text: 'Temu and Allegro reported users in Poland.' },
        { guid: 'u-2', title: 'Shein in Poland', link: 'https://u.example/2', text: 'Shein reported users in Poland.' },
      ]),
    );
    const { source } = await addSource(db.db, { url: path, language: 'en' }, clock.now().toISOString());
    const extract = ({ title }: { title: string }) => ({
      language: 'en' as const,
      facts: title.startsWith('Two') ? [fact('allegro', 20e6), fact('temu', 15e6)] : [fact('shein', 9e6)],
    });
    const run = await runSources({ db: db.db, clock, log: silentLogger, fetch: { timeoutMs: 5000, maxBytes: 1 << 20 }, extract }, [source], {
      concurrency: 1,
    });
    const report = run.sources[0]!;
    expect(report.ok).toBe(true);
    expect(report.itemErrors).toBe(0);
    expect(report.tally.itemsNew).toBe(2);
    expect(report.tally.factsNew).toBe(2);
    expect(report.tally.factsUnknownCompetitor).toBe(1);
    const facts = await db.db.selectFrom('facts').select('competitor_id').orderBy('competitor_id').execute();
    expect(facts.map((f) => f.competitor_id)).toEqual(['shein', 'temu']);
  });
});
