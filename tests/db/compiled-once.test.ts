import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledOnce } from '../../src/db/compiled-once.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

describe('compiledOnce', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await testDb();
    await t.db
      .insertInto('competitors')
      .values(['a', 'b'].map((id) => ({ id, name: id.toUpperCase(), markets: '[]', created_at: '2024-01-01' })))
      .execute();
  });
  afterAll(async () => t.cleanup());

  const nameOf = (id: string) => compiledOnce(t.db, 'name by id', [id], () => sql<{ name: string }>`select name from competitors where id = ${id}`);

  it('compiledOnce: the text compiled for the first call runs later calls with their own parameters', async () => {
    expect(await nameOf('a')).toEqual([{ name: 'A' }]);
    expect(await nameOf('b')).toEqual([{ name: 'B' }]);
    expect(await nameOf('c')).toEqual([]);
  });

  it('compiledOnce: a template that does not interpolate its parameters in order is refused when compiled', async () => {
    await expect(
      compiledOnce(t.db, 'swapped', ['a', 'A'], () => sql`select id from competitors where name = ${'A'} and id = ${'a'}`),
    ).rejects.toThrow(/does not interpolate its parameters in order/);
  });
});
