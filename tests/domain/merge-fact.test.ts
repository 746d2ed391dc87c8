import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type MergeResult, mergeFact } from '../../src/domain/merge-fact.js';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from '../ingest/helpers/competitors.js';

const NOW = '2026-11-26T10:00:00.000Z';

const users = (value: number, period: string | null): CandidateFact => ({
  competitor: 'temu',
  type: 'metric',
  metric: 'users',
  value,
  unit: 'count',
  market: 'EU',
  status: 'actual',
  period,
  quote: `Temu has ${value} monthly users in the EU.`,
  language: 'en',
});

const launch = (period: string | null): CandidateFact => ({
  competitor: 'amazon',
  type: 'event',
  event: 'launch',
  market: 'BE',
  status: 'actual',
  period,
  quote: 'Amazon opened a shop in Belgium.',
  language: 'en',
});

describe('mergeFact: figures conflict, and events are told again, only about the same time', () => {
  let t: TestDb;
  let n = 0;
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
  });
  afterEach(async () => t.cleanup());

  const merge = (fact: CandidateFact, publishedAt: string | null): Promise<MergeResult> =>
    mergeFact(t.db, fact, { publisher: `Outlet ${++n}`, url: `https://outlet-${n}.example/a`, publishedAt }, NOW);
  const stored = (id: number) => t.db.selectFrom('facts').select(['conflict_with', 'importance', 'as_of']).where('id', '=', id).executeTakeFirstOrThrow();
  const periodOf = async (id: number) => (await t.db.selectFrom('facts').select('period').where('id', '=', id).executeTakeFirstOrThrow()).period;

  it('merge: a later figure with no period is an update of a dated one, ranked by how far it moved — not a conflict', async () => {
    await merge(users(75_000_000, '2023-07/2023-12'), '2024-02-16');
    const later = await merge(users(92_000_000, null), '2026-11-20');
    expect(later.outcome).toBe('new');
    expect(await stored(later.factId)).toMatchObject({ conflict_with: null, importance: 3, as_of: '2026-11-20' });
    // A small move a few months on is an update too, ranked low.
    const small = await merge(users(95_000_000, null), '2027-02-01');
    expect(small.outcome).toBe('new');
    expect(await stored(small.factId)).toMatchObject({ conflict_with: null, importance: 1 });
  });

  it('merge: a dated figure read long after an undated one is not a conflict either', async () => {
    await merge(users(60_000_000, null), '2023-03-01');
    const r = await merge(users(75_000_000, '2023-07/2023-12'), '2024-02-16');
    expect(r.outcome).toBe('new');
  });

  it('merge: two undated figures published within a few days with clearly different values conflict', async () => {
    const first = await merge(users(92_000_000, null), '2026-11-20');
    const second = await merge(users(80_000_000, null), '2026-11-22');
    expect(second).toMatchObject({ outcome: 'conflict', conflictWith: first.factId });
    expect(await stored(second.factId)).toMatchObject({ conflict_with: first.factId, importance: 3 });
  });

  it('merge: an undated figure within a few days of a dated one conflicts with it', async () => {
    const dated = await merge(users(92_000_000, '2026-10'), '2026-11-20');
    const undated = await merge(users(70_000_000, null), '2026-11-21');
    expect(undated).toMatchObject({ outcome: 'conflict', conflictWith: dated.factId });
  });

  it('merge: the same known period with another value conflicts however far apart it was published', async () => {
    const first = await merge(users(75_000_000, '2023'), '2024-01-10');
    const second = await merge(users(80_000_000, '2023'), '2025-06-01');
    expect(second).toMatchObject({ outcome: 'conflict', conflictWith: first.factId });
  });

  it('merge: the same figure without a period still corroborates a dated one', async () => {
    const first = await merge(users(75_000_000, '2023'), '2024-01-10');
    const again = await merge(users(75_500_000, null), '2026-11-20');
    expect(again).toMatchObject({ outcome: 'corroborated', factId: first.factId });
  });

  it('merge: an undated launch told years after a dated one in the same market is a new event, not a second source', async () => {
    const first = await merge(launch('2022-10'), '2022-10-18');
    const years = await merge(launch(null), '2026-11-26');
    expect(years.outcome).toBe('new');
    expect(years.factId).not.toBe(first.factId);
    // Told again within days (or inside its period), it is the same launch.
    expect(await merge(launch(null), '2022-10-25')).toEqual({ outcome: 'corroborated', factId: first.factId });
    expect(await merge(launch(null), '2026-12-02')).toEqual({ outcome: 'corroborated', factId: years.factId });
  });

  it('merge: two undated events of one key are one event within a month of each other, two events further apart', async () => {
    const first = await merge(launch(null), '2025-01-10');
    expect(await merge(launch(null), '2025-02-05')).toEqual({ outcome: 'corroborated', factId: first.factId });
    expect((await merge(launch(null), '2025-06-01')).outcome).toBe('new');
  });

  it('merge: a dated source never re-dates an undated event told long before; one told at the time dates it', async () => {
    const old = await merge(launch(null), '2023-11-15');
    const later = await merge(launch('2026-H1'), '2026-03-02');
    expect(later.outcome).toBe('new');
    expect(await periodOf(old.factId)).toBeNull();
    const recent = await merge(launch(null), '2026-11-20');
    expect(await merge(launch('2026-11'), '2026-11-24')).toEqual({ outcome: 'corroborated', factId: recent.factId });
    expect(await periodOf(recent.factId)).toBe('2026-11');
  });
});

describe('mergeFact: a source is recorded once per fact', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
  });
  afterEach(async () => t.cleanup());

  const sources = (factId: number) => t.db.selectFrom('fact_sources').select(['publisher', 'url']).where('fact_id', '=', factId).orderBy('id').execute();

  it('merge: the same figure read again at a URL already recorded is a duplicate; at another URL it corroborates', async () => {
    const first = await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'A', url: 'https://a.example/1', publishedAt: '2026-11-20' }, NOW);
    // Other facts' sources at the same URL must not make this one a duplicate.
    await mergeFact(t.db, users(50_000_000, '2025-10'), { publisher: 'A', url: 'https://b.example/1', publishedAt: '2026-11-20' }, NOW);
    const again = await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'A', url: 'https://a.example/1', publishedAt: '2026-11-20' }, NOW);
    expect(again).toEqual({ outcome: 'duplicate', factId: first.factId });
    const other = await mergeFact(t.db, users(92_500_000, '2026-10'), { publisher: 'B', url: 'https://b.example/1', publishedAt: '2026-11-21' }, NOW);
    expect(other).toEqual({ outcome: 'corroborated', factId: first.factId });
    expect(await sources(first.factId)).toEqual([
      { publisher: 'A', url: 'https://a.example/1' },
      { publisher: 'B', url: 'https://b.example/1' },
    ]);
  });

  it('merge: without a URL or item, the publisher is what makes a repeat', async () => {
    const first = await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'Annual report', publishedAt: null }, NOW);
    expect((await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'Annual report', publishedAt: null }, NOW)).outcome).toBe('duplicate');
    expect((await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'Press kit', publishedAt: null }, NOW)).outcome).toBe('corroborated');
    expect(await sources(first.factId)).toHaveLength(2);
  });

  it('merge: a second article of the same outlet is recorded as a source but counts once; another outlet counts', async () => {
    const count = async (id: number) => (await t.db.selectFrom('facts').select('source_count').where('id', '=', id).executeTakeFirstOrThrow()).source_count;
    const first = await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'Outlet A', url: 'https://a.example/news', publishedAt: '2026-11-20' }, NOW);
    const follow = await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'Outlet A', url: 'https://a.example/update', publishedAt: '2026-11-21' }, NOW);
    expect(follow).toEqual({ outcome: 'corroborated', factId: first.factId });
    expect(await count(first.factId)).toBe(1);
    await mergeFact(t.db, users(92_000_000, '2026-10'), { publisher: 'Outlet B', url: 'https://b.example/news', publishedAt: '2026-11-21' }, NOW);
    expect(await count(first.factId)).toBe(2);
    expect((await sources(first.factId)).map((s) => s.url)).toEqual(['https://a.example/news', 'https://a.example/update', 'https://b.example/news']);
  });
});
