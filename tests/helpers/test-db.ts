import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, type Db } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';

export const TEST_POSTGRES_URL = process.env.RIVALWATCH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const onPostgres = process.env.RIVALWATCH_TEST_DATABASE === 'postgres';

export interface TestDb extends Db {
  /** The DATABASE_URL of this test database, for child processes. */
  url: string;
  cleanup(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: a real SQLite file in a temp folder, or — when
 * RIVALWATCH_TEST_DATABASE=postgres — a schema of its own on the local Postgres, dropped afterwards.
 */
export async function testDb(): Promise<TestDb> {
  if (onPostgres) {
    const schema = `rw_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = `${TEST_POSTGRES_URL}?schema=${schema}`;
    const db = connect(url);
    await migrate(db);
    return {
      ...db,
      url,
      async cleanup() {
        await db.close();
        const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-test-'));
  const url = `sqlite:${join(dir, 'test.sqlite')}`;
  const db = connect(url);
  await migrate(db);
  return {
    ...db,
    url,
    async cleanup() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
