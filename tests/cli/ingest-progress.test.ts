import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.js';
import { CLI, ensureBuilt } from '../helpers/built-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { rss } from '../ingest/helpers/feeds.js';
import { startServer, type TestServer } from '../ingest/helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-progress-'));
const FEED = rss([{ guid: 'p1', title: 'Temu in Peru', link: 'https://p.example/1', text: 'Temu launched in Peru in May 2024.' }]);
const LOOPBACK = { FETCH_ALLOW_PRIVATE: 'true', FETCH_HOST_INTERVAL_MS: '0' };
let t: TestDb;
let server: TestServer;
/** Responses held until the test lets them go. */
const held: (() => void)[] = [];

const until = async (what: () => boolean, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

beforeAll(async () => {
  ensureBuilt();
  t = await testDb();
  server = await startServer({
    '/held': (_req, res) =>
      held.push(() => {
        res.setHeader('content-type', 'application/rss+xml');
        res.end(FEED);
      }),
    '/never': () => {},
  });
}, 120_000);
afterAll(async () => {
  await server.close();
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('rivalwatch ingest on a terminal: progress and Ctrl-C', () => {
  it('draws the bar before the first source ends, and keeps counting seconds while a fetch is slow', async () => {
    const out = new PassThrough();
    const err = Object.assign(new PassThrough(), { isTTY: true });
    let stdout = '';
    let stderr = '';
    out.on('data', (d) => (stdout += d));
    err.on('data', (d) => (stderr += d));
    const url = server.url('/held');
    const ran = run([url], { stdout: out, stderr: err, stdin: new PassThrough(), env: { DATABASE_URL: t.url, LOG_LEVEL: 'silent', ...LOOPBACK } });
    await until(() => held.length === 1);
    // Fetching, nothing done yet: the bar is there, with the source being read.
    expect(stderr).toContain(`[${'-'.repeat(24)}] 0/1 · 0 s · ${url}`);
    await until(() => stderr.includes('0/1 · 1 s'));
    held.shift()!();
    expect(await ran).toBe(0);
    expect(stdout).toContain('Items: 1 new');
    // The line is cleared at the end, so the summary starts on a clean line.
    expect(stderr.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('Ctrl-C ends the run with exit 130 and a summary of the sources that finished; what they stored is kept', async () => {
    const file = join(dir, 'chile.txt');
    writeFileSync(file, 'Temu in Chile\nPublished: 2024-03-02\nTemu launched in Chile in March 2024.\n');
    const child = spawn(process.execPath, [CLI, 'ingest', file, server.url('/never')], {
      env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent', ...LOOPBACK },
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    // The file is stored while the other source hangs.
    await until(() => (server.hits.get('/never')?.length ?? 0) > 0);
    const stored = async () => (await t.db.selectFrom('items').select('id').where('title', '=', 'Temu in Chile').execute()).length;
    const end = Date.now() + 15_000;
    while ((await stored()) === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stdout).toContain('Interrupted after 1 of 2 source(s): what they stored is kept; 1 not finished');
    expect(stdout).toContain('Items: 1 new');
    expect(await stored()).toBe(1);
  });
});
