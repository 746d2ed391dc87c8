import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';

/**
 * The checkpoint thread runs compiled code only (a worker cannot load TypeScript), so these tests
 * run the built modules in a child process, as `rivalwatch start` does, on a real SQLite file.
 */
const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-checkpoint-'));
const module = (path: string) => JSON.stringify(join(ROOT, path));

/** Runs `body` in a child on the built code with `connect` and a helper that writes `mb` megabytes; returns its stdout as JSON. */
function inChild(body: string): Record<string, unknown> {
  const script = `
import { statSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from ${module('dist/src/db/connect.js')};
const SQLite = createRequire(${module('package.json')})('better-sqlite3');
const path = ${JSON.stringify(join(dir, 'db'))} + '-' + process.pid + '.sqlite';
const size = (p) => (existsSync(p) ? statSync(p).size : 0);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Writes about mb megabytes in transactions of 300 KB through the Kysely handle, as ingestion does. */
async function write(handle, mb) {
  await handle.db.executeQuery({ sql: 'create table if not exists t (id integer primary key, v blob)', parameters: [], query: { kind: 'RawNode' } });
  const blob = Buffer.alloc(3000, 7);
  for (let tx = 0; tx < mb * 3; tx++) {
    await handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 100; i++) await trx.executeQuery({ sql: 'insert into t (v) values (?)', parameters: [blob], query: { kind: 'RawNode' } });
    });
  }
}
${body}
`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe('SQLite checkpoints on a thread of their own', () => {
  beforeAll(() => ensureBuilt(), 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the log into the database while the writer goes on, and loses nothing at close', () => {
    const out = inChild(`
const handle = connect('sqlite:' + path, { checkpointThread: true });
await write(handle, 12);
// The writer's own checkpoint waits for 10,000 pages (40 MB): only the thread can have copied pages by now.
for (let i = 0; i < 100 && handle.checkpointer.runs === 0; i++) await sleep(50);
const runs = handle.checkpointer.runs;
const database = size(path);
await handle.close();
const check = new SQLite(path);
const rows = check.prepare('select count(*) as n from t').get().n;
const integrity = check.pragma('integrity_check', { simple: true });
check.close();
process.stdout.write(JSON.stringify({ runs, database, rows, integrity, logLeft: size(path + '-wal') }));`);
    expect(out.runs).toBeGreaterThan(0);
    // 3,600 rows of 3 KB: most of the 11 MB are in the database file, not only in the log.
    expect(out.database).toBeGreaterThan(4 * 1024 * 1024);
    expect(out.rows).toBe(3600);
    expect(out.integrity).toBe('ok');
    // The last connection to close checkpoints what is left and removes the log.
    expect(out.logLeft).toBe(0);
  });

  it('is not started unless asked for: the writer then checkpoints by itself, as SQLite does by default', () => {
    const out = inChild(`
const handle = connect('sqlite:' + path);
const raw = new SQLite(path);
process.stdout.write(JSON.stringify({ checkpointer: handle.checkpointer ?? null, autocheckpoint: raw.pragma('wal_autocheckpoint', { simple: true }) }));
raw.close();
await handle.close();`);
    expect(out).toEqual({ checkpointer: null, autocheckpoint: 1000 });
  });

  it('hands checkpoints back to the writer when the thread stops', () => {
    const out = inChild(`
const handle = connect('sqlite:' + path, { checkpointThread: true });
// The setting is per connection: read the writer's own through the handle.
const setting = async () => (await handle.db.executeQuery({ sql: 'pragma wal_autocheckpoint', parameters: [], query: { kind: 'RawNode' } })).rows[0].wal_autocheckpoint;
const during = await setting();
await handle.checkpointer.stop();
const after = await setting();
await handle.close();
process.stdout.write(JSON.stringify({ during, after }));`);
    // While the thread runs the writer's own checkpoint is only a bound on the log; after, SQLite's default again.
    expect(out).toEqual({ during: 10000, after: 1000 });
  });

  it('does not keep a process alive that ends without closing the database', () => {
    // The child returns without close(): spawnSync returning status 0 within the timeout is the test.
    const out = inChild(`
const handle = connect('sqlite:' + path, { checkpointThread: true });
await write(handle, 1);
process.stdout.write(JSON.stringify({ started: handle.checkpointer !== null }));`);
    expect(out).toEqual({ started: true });
  });
});
