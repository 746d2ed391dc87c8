import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASH_PREFIX_DIGITS, storedKeys } from '../../src/ingest/stored-keys.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

let db: TestDb;

beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db.cleanup();
});

// Two hashes that share the indexed prefix and differ after it.
const PREFIX = 'ab12cd34ef56';
const STORED = `${PREFIX}${'0'.repeat(28)}`;
const SAME_PREFIX = `${PREFIX}${'1'.repeat(28)}`;

describe('stored keys', () => {
  it('stored keys: a text hash sharing only the indexed prefix with a stored one is not stored; the same hash is', async () => {
    expect(STORED.slice(0, HASH_PREFIX_DIGITS)).toBe(SAME_PREFIX.slice(0, HASH_PREFIX_DIGITS));
    await db.db
      .insertInto('items')
      .values({ title: 'stored', content_hash: STORED, baseline: 0, fetched_at: '2024-04-01T10:00:00.000Z' })
      .execute();
    const found = await storedKeys(db.db, null, { guids: [], urls: [], hashes: [SAME_PREFIX, STORED, 'ffffffffffff0000'] });
    expect([...found.hashes]).toEqual([STORED]);
    const onlyNeighbour = await storedKeys(db.db, null, { guids: [], urls: [], hashes: [SAME_PREFIX] });
    expect(onlyNeighbour.hashes.size).toBe(0);
  });
});
