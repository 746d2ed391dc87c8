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

  it('compiledOnce: a text compiled in one transaction serves the next transaction and the database itself', async () => {
    let compiled = 0;
    const count = (db: typeof t.db, id: string) =>
      compiledOnce(db, 'count by id', [id], () => {
        compiled++;
        return sql<{ n: number }>`select count(*) as n from competitors where id = ${id}`;
      });
    for (const id of ['a', 'b']) {
      const trx = await t.db.startTransaction().execute();
      expect(await count(trx, id)).toEqual([{ n: 1 }]);
      await trx.commit().execute();
    }
    expect(await count(t.db, 'zz')).toEqual([{ n: 0 }]);
    expect(compiled).toBe(1);
  });

  it('compiledOnce: a handle with plugins (another schema) compiles its own text', async () => {
    const texts: string[] = [];
    const tableOf = (db: typeof t.db) =>
      compiledOnce(db, 'plugins', [], () => {
        const raw = sql<{ id: string }>`select id from ${sql.table('competitors')} where 1 = 0`;
        texts.push(raw.compile(db).sql);
        return raw;
      });
    await tableOf(t.db);
    await tableOf(t.db.withSchema(t.schema ?? 'main'));
    expect(texts).toHaveLength(2);
  });
});
