import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ConfigError } from '../config.js';
import type { Dialect } from './dialect.js';
import { type Checkpointer, startCheckpointer } from './checkpoint-thread.js';
import { postgresSchema } from './postgres-schema.js';
import type { Database } from './schema.js';
import { reusingStatements } from './statement-cache.js';

export interface Db {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, for humans: a file path or a postgres URL without password. */
  location: string;
  /** Postgres schema the tables live in (from `?schema=`, else public); null on SQLite. */
  schema: string | null;
  /** SQLite's checkpoint thread, when asked for and running (see startCheckpointer). */
  checkpointer?: Checkpointer | null;
  close(): Promise<void>;
}

/**
 * Opens the database named by DATABASE_URL: `sqlite:PATH` (or a bare `*.sqlite` path) or
 * `postgres://user@host:port/db[?schema=NAME]` (libpq's `?options=-c search_path=NAME` works too).
 * Called once, in main; the handle is passed down. `checkpointThread`: SQLite's checkpoints run on
 * a thread of their own (startCheckpointer), for the processes that write a lot (start, ingest).
 */
export function connect(url: string, opts: { checkpointThread?: boolean } = {}): Db {
  if (/^postgres(ql)?:\/\//.test(url)) return connectPostgres(url);
  const path = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  const checkpointer = opts.checkpointThread ? startCheckpointer(sqlite, path) : null;
  const close = async () => {
    await checkpointer?.stop();
    await db.destroy();
  };
  return { db, dialect: 'sqlite', location: path, schema: null, checkpointer, close };
}

/**
 * The user libpq and psql connect as when the URL names none: PGUSER, else the operating-system
 * user (not $USER, which services and containers often leave unset).
 */
export function defaultPostgresUser(env: Record<string, string | undefined>, osUser: () => string = () => userInfo().username): string | undefined {
  if (env['PGUSER']) return env['PGUSER'];
  try {
    return osUser() || undefined;
  } catch {
    // No passwd entry for this uid (some containers): there is no name to fall back on.
    return undefined;
  }
}

function connectPostgres(url: string): Db {
  const parsed = new URL(url);
  // pg would quietly try localhost, and a user cannot be written into a URL without a host.
  if (!parsed.hostname) throw new ConfigError(`DATABASE_URL names no host: write postgres://USER@HOST:PORT/DB (got "${url.slice(0, 100)}")`);
  if (!parsed.username) {
    const user = defaultPostgresUser(process.env);
    if (!user) throw new ConfigError('DATABASE_URL names no PostgreSQL user: write postgres://USER@HOST:PORT/DB (or set PGUSER)');
    // In the URL itself: pg reads an empty user from the connection string over a `user` option.
    parsed.username = user;
  }
  // The schema is where the tables and the migration bookkeeping go, so both must agree on it.
  const schema = postgresSchema(parsed);
  const named = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  const pool = new pg.Pool({
    connectionString: parsed.toString(),
    max: 10,
    ...(named ? { options: `-c search_path=${named}` } : {}),
    // count(*) and other int8 results come back as numbers, as they do from SQLite.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  parsed.password = '';
  return { db, dialect: 'postgres', location: parsed.toString(), schema: schema ?? 'public', close: () => db.destroy() };
}
