import { mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ConfigError } from '../config.js';
import { postgresSchema } from './postgres-schema.js';
import { reusingStatements } from './statement-cache.js';
/**
 * Opens the database named by DATABASE_URL: `sqlite:PATH` (or a bare `*.sqlite` path) or
 * `postgres://user@host:port/db[?schema=NAME]` (libpq's `?options=-c search_path=NAME` works too).
 * Called once, in main; the handle is passed down.
 */
export function connect(url) {
    if (/^postgres(ql)?:\/\//.test(url))
        return connectPostgres(url);
    const path = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
    mkdirSync(dirname(path), { recursive: true });
    const sqlite = new SQLite(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
    return { db, dialect: 'sqlite', location: path, schema: null, close: () => db.destroy() };
}
/**
 * The user libpq and psql connect as when the URL names none: PGUSER, else the operating-system
 * user (not $USER, which services and containers often leave unset).
 */
export function defaultPostgresUser(env, osUser = () => userInfo().username) {
    if (env['PGUSER'])
        return env['PGUSER'];
    try {
        return osUser() || undefined;
    }
    catch {
        // No passwd entry for this uid (some containers): there is no name to fall back on.
        return undefined;
    }
}
function connectPostgres(url) {
    const parsed = new URL(url);
    // pg would quietly try localhost, and a user cannot be written into a URL without a host.
    if (!parsed.hostname)
        throw new ConfigError(`DATABASE_URL names no host: write postgres://USER@HOST:PORT/DB (got "${url.slice(0, 100)}")`);
    if (!parsed.username) {
        const user = defaultPostgresUser(process.env);
        if (!user)
            throw new ConfigError('DATABASE_URL names no PostgreSQL user: write postgres://USER@HOST:PORT/DB (or set PGUSER)');
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
            getTypeParser: ((oid, format) => oid === 20 ? (v) => Number(v) : pg.types.getTypeParser(oid, format)),
        },
    });
    const db = new Kysely({ dialect: new PostgresDialect({ pool }) });
    parsed.password = '';
    return { db, dialect: 'postgres', location: parsed.toString(), schema: schema ?? 'public', close: () => db.destroy() };
}
//# sourceMappingURL=connect.js.map