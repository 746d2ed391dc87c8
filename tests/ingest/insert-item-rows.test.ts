import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ITEM_COLUMNS, insertItemRows } from '../../src/ingest/insert-item-rows.js';
import { addSource } from '../../src/ingest/sources.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

let db: TestDb;
let sourceId: number;
const NOW = '2024-04-01T10:00:00.000Z';

beforeAll(async () => {
  db = await testDb();
  sourceId = (await addSource(db.db, { url: 'https://rows.example/feed.xml', language: 'en' }, NOW)).source.id;
});
afterAll(async () => {
  await db.cleanup();
});

/** An item row's parameters in ITEM_COLUMNS order: guid, title and hash told apart by `name`. */
const rowOf = (name: string) => {
  const row: Record<(typeof ITEM_COLUMNS)[number], unknown> = {
    source_id: sourceId,
    guid: `guid-${name}`,
    url: `https://rows.example/${name}`,
    title: `Title ${name}`,
    published_at: null,
    language: 'en',
    content_hash: `hash-${name}`,
    story_id: null,
    signature: null,
    baseline: 0,
    fetched_at: NOW,
  };
  return ITEM_COLUMNS.map((c) => row[c]);
};

/** Inserts rows named `names` in one statement inside a transaction; returns the ids it gave. */
async function insert(names: string[]) {
  const trx = await db.db.startTransaction().execute();
  try {
    const ids = await insertItemRows(trx, names.flatMap(rowOf), names.length, names.map((n) => `hash-${n}`));
    await trx.commit().execute();
    return ids;
  } catch (err) {
    await trx.rollback().execute();
    throw err;
  }
}

/** The id of the stored row with this guid and title, if there is one. */
const storedId = async (name: string) =>
  (await db.db.selectFrom('items').select('id').where('guid', '=', `guid-${name}`).where('title', '=', `Title ${name}`).executeTakeFirst())?.id;

describe('inserting item rows', () => {
  it('insert item rows: each row gets the id it was stored under, in the order given', async () => {
    const names = ['a1', 'a2', 'a3', 'a4', 'a5'];
    const ids = await insert(names);
    expect(ids).toEqual(await Promise.all(names.map(storedId)));
    expect(new Set(ids).size).toBe(names.length);
  });

  it('insert item rows: a row whose guid another process stored meanwhile is skipped; the others still get their own ids', async () => {
    // Stored "by another process" between the look-up and this insert: same source and guid, its own text.
    await db.db.insertInto('items').values({ source_id: sourceId, guid: 'guid-b2', title: 'Stored elsewhere', content_hash: 'hash-elsewhere', baseline: 0, fetched_at: NOW }).execute();
    const names = ['b1', 'b2', 'b3', 'b4'];
    const ids = await insert(names);
    expect(ids[1]).toBeUndefined();
    for (const i of [0, 2, 3]) {
      expect(ids[i]).toBeDefined();
      expect(ids[i]).toBe(await storedId(names[i]!));
    }
    expect(await storedId('b2')).toBeUndefined();
  });

  it('insert item rows: when every row was stored meanwhile, none gets an id', async () => {
    const ids = await insert(['a2', 'a4']);
    expect(ids).toEqual([undefined, undefined]);
  });
});
