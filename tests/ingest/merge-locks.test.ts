import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeFact } from '../../src/domain/merge-fact.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import { lockMerges } from '../../src/ingest/merge-locks.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';

const users = (value: number, market: string): CandidateFact => ({
  competitor: 'temu', type: 'metric', metric: 'users', value, unit: 'count', market, status: 'actual', period: '2024', quote: 'q', language: 'en',
});

describe('merge locks', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await testDb();
    await seedCompetitors(db.db);
  });
  afterAll(() => db.cleanup());

  /** Eight transactions at once, each locking then merging its facts (with a pause in between, as real documents have). */
  const mergeAtOnce = (facts: CandidateFact[]) =>
    Promise.all(
      facts.map((fact, i) =>
        db.db.transaction().execute(async (trx) => {
          await lockMerges(trx, [fact]);
          await new Promise((r) => setTimeout(r, 20));
          await mergeFact(trx, fact, { publisher: `outlet ${i}`, url: `https://n${i}.example/a`, publishedAt: '2024-05-01', language: 'en', quote: 'q' }, '2024-05-01T00:00:00.000Z');
        }),
      ),
    );

  it('the same figure merged by eight transactions at once is one fact with eight sources', async () => {
    await mergeAtOnce(Array.from({ length: 8 }, () => users(75e6, 'EU')));
    const rows = await db.db.selectFrom('facts').select(['id', 'source_count']).where('market', '=', 'EU').execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.source_count).toBe(8);
  });

  it('different figures of one competitor merge side by side, each once', async () => {
    const markets = ['FR', 'DE', 'NL', 'BE'];
    await mergeAtOnce(markets.flatMap((m) => [users(10e6, m), users(10e6, m)]));
    const rows = await db.db.selectFrom('facts').select(['market', 'source_count']).where('market', 'in', markets).orderBy('market').execute();
    expect(rows).toEqual(markets.sort().map((market) => ({ market, source_count: 2 })));
  });
});
