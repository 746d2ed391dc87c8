#!/usr/bin/env node
// `npm test`: the whole suite on SQLite, then again on Postgres when one is reachable
// (RIVALWATCH_TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/test).
// Without Postgres it says the Postgres run was not done; under CI (CI=true) that is a failure.
// Ends with one line "tests: N passed, N failed" summing both runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const extra = process.argv.slice(2);
const pgUrl = process.env.RIVALWATCH_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const only = process.env.RIVALWATCH_TEST_DATABASE; // sqlite | postgres | unset = both
const outDir = mkdtempSync(join(tmpdir(), 'rivalwatch-vitest-'));
let passed = 0;
let failed = 0;
let ok = true;

function run(database) {
  const report = join(outDir, `${database}.json`);
  console.log(`\n=== tests on ${database} ===`);
  const r = spawnSync(
    'npx',
    ['vitest', 'run', '--testTimeout', '30000', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
    { stdio: 'inherit', env: { ...process.env, RIVALWATCH_TEST_DATABASE: database } },
  );
  try {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests;
    if (j.numTotalTests === 0) ok = false;
  } catch {
    failed += 1;
  }
  if (r.status !== 0) ok = false;
}

async function postgresReachable() {
  const c = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await c.end().catch(() => {});
  }
}

if (only !== 'postgres') run('sqlite');
if (only !== 'sqlite') {
  const why = await postgresReachable();
  if (why === null) run('postgres');
  else {
    console.log(`\nPostgres run NOT done: ${pgUrl} is not reachable (${why}).`);
    if (process.env.CI) {
      console.log('CI requires the Postgres run: failing.');
      ok = false;
    }
  }
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
