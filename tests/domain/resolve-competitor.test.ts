import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NameIndex, loadNameIndex, resolveCompetitor, resolveIn, resolveWords } from '../../src/domain/resolve-competitor.js';
import { seed } from '../../src/domain/seed.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

describe('resolving a typed competitor name', () => {
  let t: TestDb;
  let index: NameIndex;
  beforeAll(async () => {
    t = await testDb();
    await seed(t.db, '2025-01-01T00:00:00.000Z');
    index = await loadNameIndex(t.db);
  });
  afterAll(async () => t.cleanup());

  const idOf = (typed: string) => {
    const r = resolveIn(index, typed);
    return r.found ? r.competitor.id : null;
  };

  it.each([
    ['tiktok', 'tiktok-shop'],
    ['TikTok', 'tiktok-shop'],
    ['TIKTOK SHOP', 'tiktok-shop'],
    ['tiktok-shop', 'tiktok-shop'],
    ['Boutique TikTok', 'tiktok-shop'],
    ['Douyin', 'tiktok-shop'],
    ['ByteDance', 'tiktok-shop'],
    ['PDD', 'temu'],
    ['Pinduoduo', 'temu'],
    ['bol', 'bol'],
    ['Bol.com', 'bol'],
    ['bolcom', 'bol'],
    ['amazon.com.be', 'amazon'],
    ['Amazon.NL', 'amazon'],
    ['amazon belgie', 'amazon'],
    ['  shein  ', 'shein'],
    ['Shéin', 'shein'],
    ['ＴＩＫＴＯＫ', 'tiktok-shop'],
    ['Ｔｅｍｕ', 'temu'],
  ])('resolve: "%s" is %s', (typed, id) => {
    expect(idOf(typed)).toBe(id);
  });

  it('resolve: a misspelled name suggests the closest competitor ("amazzon" → Amazon)', async () => {
    const r = await resolveCompetitor(t.db, 'amazzon');
    expect(r.found).toBe(false);
    if (!r.found) expect(r.suggestions.map((c) => c.name)[0]).toBe('Amazon');
  });

  it('resolve: typos of aliases suggest their competitor too ("tiktk" → TikTok Shop, "pinduodo" → Temu)', () => {
    const first = (typed: string) => {
      const r = resolveIn(index, typed);
      return r.found ? 'found' : r.suggestions[0]?.id;
    };
    expect(first('tiktk')).toBe('tiktok-shop');
    expect(first('pinduodo')).toBe('temu');
  });

  it('resolve: a name like nothing known gets no suggestion rather than a wild guess', () => {
    const r = resolveIn(index, 'zalando');
    expect(r.found).toBe(false);
    if (!r.found) expect(r.suggestions).toEqual([]);
  });

  it('resolve: several words read as several competitors, multi-word names kept together', () => {
    const { found, unknown } = resolveWords(index, ['tiktok', 'shop', 'vs', 'amazon,', 'boutique', 'tiktok', 'temu']);
    expect(unknown).toEqual([]);
    expect(found.map((c) => c.id)).toEqual(['tiktok-shop', 'amazon', 'temu']);
  });
});
