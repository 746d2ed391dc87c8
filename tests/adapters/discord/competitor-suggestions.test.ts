import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestCompetitors } from '../../../src/adapters/discord/competitor-suggestions.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { seedTwoCompetitors } from './fixtures.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;

describe('discord autocomplete suggestions', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await testDb();
    await seedTwoCompetitors(db.db);
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await db?.cleanup();
  }, HOOK_TIMEOUT_MS);

  it('suggest: "tik" offers TikTok Shop by name, with its id as the value', async () => {
    expect(await suggestCompetitors(db.db, 'TIK')).toEqual([{ name: 'TikTok Shop', value: 'tiktok-shop' }]);
  });

  it('suggest: an empty field lists every competitor, alphabetically', async () => {
    expect((await suggestCompetitors(db.db, '')).map((s) => s.name)).toEqual(['Amazon', 'Temu', 'TikTok Shop']);
  });

  it('suggest: a parent-company alias finds the competitor and says which alias matched', async () => {
    expect(await suggestCompetitors(db.db, 'byte')).toEqual([{ name: 'TikTok Shop (bytedance)', value: 'tiktok-shop' }]);
  });

  it('suggest: prefix matches come before substring matches', async () => {
    // "te" starts Temu's name and is inside the alias "bytedance": name prefix first, alias substring after.
    expect((await suggestCompetitors(db.db, 'te')).map((s) => s.name)).toEqual(['Temu', 'TikTok Shop (bytedance)']);
    // "m" starts no name but is inside Amazon and Temu: both offered, alphabetically.
    expect((await suggestCompetitors(db.db, 'm')).map((s) => s.value)).toEqual(['amazon', 'temu']);
  });

  it('suggest: after a first competitor, the last word is completed and the first kept', async () => {
    expect(await suggestCompetitors(db.db, 'tiktok am')).toEqual([{ name: 'tiktok + Amazon', value: 'tiktok amazon' }]);
  });

  it('suggest: a competitor the earlier words already name is not offered again', async () => {
    // "te" is inside TikTok Shop's alias "bytedance", but "tiktok" already names TikTok Shop.
    expect(await suggestCompetitors(db.db, 'tiktok te')).toEqual([{ name: 'tiktok + Temu', value: 'tiktok temu' }]);
    expect(await suggestCompetitors(db.db, 'TikTok Shop amazon te')).toEqual([{ name: 'tiktok shop amazon + Temu', value: 'tiktok shop amazon temu' }]);
  });

  it('suggest: a name longer than Discord allows for a choice (100) is shortened, not sent to be refused', async () => {
    await db.db
      .insertInto('competitors')
      .values({ id: 'longco', name: `Longco ${'x'.repeat(120)}`, parent: null, markets: '[]', created_at: '2024-03-01T00:00:00.000Z' })
      .execute();
    const [suggestion] = await suggestCompetitors(db.db, 'longco');
    expect(suggestion?.name).toHaveLength(100);
    expect(suggestion?.value).toBe('longco');
    await db.db.deleteFrom('competitors').where('id', '=', 'longco').execute();
  });

  it('suggest: nothing matches, nothing is offered', async () => {
    expect(await suggestCompetitors(db.db, 'zalando')).toEqual([]);
  });
});
