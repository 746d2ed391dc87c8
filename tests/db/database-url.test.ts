import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { connect, defaultPostgresUser } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { postgresSchema } from '../../src/db/postgres-schema.js';
import { onPostgres, TEST_POSTGRES_URL } from '../helpers/test-db.js';

describe('DATABASE_URL forms', () => {
  it('a schema comes from ?schema= or from libpq options search_path', () => {
    expect(postgresSchema(new URL('postgres://u@h/db?schema=team_a'))).toBe('team_a');
    expect(postgresSchema(new URL('postgres://u@h/db?options=-c%20search_path%3Dteam_b'))).toBe('team_b');
    expect(postgresSchema(new URL('postgres://u@h/db?options=-c%20statement_timeout%3D5000%20-c%20search_path%3Dteam_c,public'))).toBe('team_c');
    expect(postgresSchema(new URL('postgres://u@h/db'))).toBeNull();
  });

  it('a schema that is not a plain name is refused by the configuration, naming the variable', () => {
    for (const bad of ['postgres://u@h/db?schema=Bad-Name;drop', 'postgres://u@h/db?options=-c%20search_path%3D1abc']) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(/DATABASE_URL.*not a plain name/);
    }
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db?schema=team_a' }).DATABASE_URL).toContain('team_a');
  });

  it('a Postgres URL that is no URL (a port with no host) is refused as such, not as a bad schema', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://:5432/x' })).toThrow(/DATABASE_URL is not a readable Postgres URL.*needs a host/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://:5432/x' })).not.toThrow(/plain name/);
  });

  it('a Postgres URL without a user connects as the operating-system user, as libpq and psql do, even with no PGUSER or USER', async () => {
    const saved = { PGUSER: process.env.PGUSER, USER: process.env.USER };
    delete process.env.PGUSER;
    delete process.env.USER;
    try {
      const handle = connect('postgres://127.0.0.1:5432/test?schema=qa');
      expect(handle.location).toBe(`postgres://${userInfo().username}@127.0.0.1:5432/test`);
      expect(handle.schema).toBe('qa');
      await handle.close();
    } finally {
      for (const [k, v] of Object.entries(saved)) if (v !== undefined) process.env[k] = v;
    }
  });

  it('a Postgres URL without a host is a configuration error naming the variable', () => {
    for (const bad of ['postgres://', 'postgresql:///rivalwatch']) {
      expect(() => connect(bad)).toThrow(ConfigError);
      expect(() => connect(bad)).toThrow(/^DATABASE_URL names no host: write postgres:\/\/USER@HOST:PORT\/DB/);
    }
  });

  it('the default Postgres user is PGUSER, else the operating-system user; with neither there is none', () => {
    expect(defaultPostgresUser({ PGUSER: 'analyst', USER: 'someone' }, () => 'os-user')).toBe('analyst');
    expect(defaultPostgresUser({}, () => 'os-user')).toBe('os-user');
    const noPasswdEntry = () => {
      throw new Error('ENOENT: no such file or directory, uv_os_get_passwd');
    };
    expect(defaultPostgresUser({}, noPasswdEntry)).toBeUndefined();
  });
});

describe.skipIf(!onPostgres)('DATABASE_URL with search_path on Postgres', () => {
  const schemas = [1, 2].map(() => `rw_path_${randomBytes(4).toString('hex')}`);
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    for (const s of schemas) await admin.query(`drop schema if exists ${s} cascade`);
    await admin.end();
  });

  it('two schemas chosen with options=-c search_path each get their tables and their own migration records', async () => {
    for (const s of schemas) {
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      await admin.query(`create schema ${s}`);
      await admin.end();
      const handle = connect(`${TEST_POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${s}`)}`);
      try {
        expect(handle.schema).toBe(s);
        expect(await migrate(handle)).toContain('001-core');
        const tables = await handle.db
          .selectFrom('information_schema.tables' as never)
          .select(['table_schema' as never, 'table_name' as never])
          .where('table_schema' as never, '=', s as never)
          .execute();
        const names = (tables as { table_name: string }[]).map((t) => t.table_name);
        expect(names).toEqual(expect.arrayContaining(['competitors', 'facts', 'kysely_migration']));
        expect(await handle.db.selectFrom('competitors').select('id').execute()).toEqual([]);
      } finally {
        await handle.close();
      }
    }
  });

  it('a URL without a user connects as PGUSER', async () => {
    const testUrl = new URL(TEST_POSTGRES_URL);
    const user = decodeURIComponent(testUrl.username);
    testUrl.username = '';
    testUrl.password = '';
    const saved = process.env.PGUSER;
    process.env.PGUSER = user;
    const handle = connect(testUrl.toString());
    try {
      const r = await sql<{ u: string }>`select current_user as u`.execute(handle.db);
      expect(r.rows[0]?.u).toBe(user);
    } finally {
      await handle.close();
      if (saved === undefined) delete process.env.PGUSER;
      else process.env.PGUSER = saved;
    }
  });
});
