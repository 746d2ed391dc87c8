import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeFact } from '../../src/domain/merge-fact.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';

// Which stored facts a candidate is compared with: same key, and the same period or either side
// undated; the newest matching value is corroborated, else the newest peer is the conflict.
const NOW = '2024-05-01T00:00:00.000Z';
let db: TestDb;
let outlet = 0;

const gmv = (value: number, period: string | null, market = 'PL'): CandidateFact => ({
  competitor: 'shein', type: 'metric', metric: 'gmv', value, unit: 'EUR', market, status: 'actual', period, quote: 'q', language: 'en',
});
const merge = (fact: CandidateFact) => {
  outlet++;
  return mergeFact(db.db, fact, { publisher: `outlet ${outlet}`, url: `https://o${outlet}.example/a`, publishedAt: '2024-05-01', language: 'en', quote: 'q' }, NOW);
};
const periodOf = async (id: number) => (await db.db.selectFrom('facts').select('period').where('id', '=', id).executeTakeFirstOrThrow()).period;

beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
});
afterAll(() => db.cleanup());

describe('merge peers', () => {
  it('merge: the same figure for another year is a new fact, not a corroboration nor a conflict', async () => {
    const a = await merge(gmv(100, '2022'));
    const b = await merge(gmv(100, '2023'));
    expect(a.outcome).toBe('new');
    expect(b.outcome).toBe('new');
    expect(b.factId).not.toBe(a.factId);
  });

  it('merge: a dated figure corroborates the undated one and dates it', async () => {
    const undated = await merge(gmv(200, null, 'CZ'));
    const dated = await merge(gmv(201, '2021', 'CZ'));
    expect(dated).toEqual({ outcome: 'corroborated', factId: undated.factId });
    expect(await periodOf(undated.factId)).toBe('2021');
  });

  it('merge: a dated figure differing from both a dated and an undated peer conflicts with the newer one', async () => {
    const dated = await merge(gmv(300, '2020', 'HU'));
    const undated = await merge(gmv(500, null, 'HU'));
    expect(undated).toMatchObject({ outcome: 'conflict', conflictWith: dated.factId });
    const third = await merge(gmv(900, '2020', 'HU'));
    expect(third).toMatchObject({ outcome: 'conflict', conflictWith: Math.max(dated.factId, undated.factId) });
  });

  it('merge: of two peers with the same value, the newer one is corroborated', async () => {
    const first = await merge(gmv(400, '2019', 'SK'));
    const other = await merge(gmv(700, null, 'SK'));
    const second = await merge(gmv(700, '2019', 'SK'));
    expect(second).toEqual({ outcome: 'corroborated', factId: other.factId });
    expect(first.outcome).toBe('new');
  });

  it('merge: an undated figure is compared with every period of its key', async () => {
    await merge(gmv(50, '2018', 'RO'));
    const later = await merge(gmv(60, '2019', 'RO'));
    const undated = await merge(gmv(60, null, 'RO'));
    expect(undated).toEqual({ outcome: 'corroborated', factId: later.factId });
  });
});
