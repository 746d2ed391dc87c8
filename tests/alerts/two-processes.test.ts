import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt } from '../helpers/built-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { addSubscription, ingestFact, launch, seedCompetitors, source } from './helpers.js';

const CHANNELS = 400;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Two real `rivalwatch start --role worker` processes on one database, started together: both
// find the same digests due and the same alerts waiting in their first second (with 400 channels
// each usually sends a share). Each message must be printed, through the shell notifier, by
// exactly one of them.
describe('alerts: two worker processes on one database', { timeout: 90_000 }, () => {
  let t: TestDb;
  const workers: ChildProcess[] = [];
  beforeEach(async () => {
    ensureBuilt();
    t = await testDb();
    await seedCompetitors(t.db);
  }, 600_000);
  afterEach(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
    await t.cleanup();
  });

  it('two schedulers and two delivery loops: one digest per channel for the day and each alert once, between them', async () => {
    for (let i = 0; i < CHANNELS; i++) {
      // 00:00 UTC has always passed today, and the subscription existed yesterday: due at once.
      await addSubscription(t.db, `team-${i}`, { mode: 'both', timezone: 'UTC', digest_time: '00:00', skip_empty: 0, created_at: new Date(Date.now() - 2 * 86400_000).toISOString() });
    }
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/temu-nl'), new Date());
    const out = ['', ''];
    for (const n of [0, 1]) {
      const w = spawn(process.execPath, [CLI, 'start', '--role', 'worker'], {
        env: { ...process.env, DATABASE_URL: t.url, POLL: 'false', PORT: '0', LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      w.stdout!.on('data', (d) => {
        out[n] += String(d);
      });
      workers.push(w);
    }
    const count = (what: string) => out.join('').split(`[${what} for local/`).length - 1;
    for (let i = 0; i < 300 && (count('digest') < CHANNELS || count('alert') < CHANNELS); i++) await sleep(100);
    // A second (duplicate) send would come right after the first; give it time to show.
    await sleep(1500);
    for (const w of workers) w.kill('SIGTERM');
    await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))));

    expect(count('digest')).toBe(CHANNELS);
    expect(count('alert')).toBe(CHANNELS);
    for (let i = 0; i < CHANNELS; i++) {
      const both = out.join('');
      expect(both.split(`[digest for local/team-${i}]\n`).length - 1).toBe(1);
      expect(both.split(`[alert for local/team-${i}]\n`).length - 1).toBe(1);
    }
    const rows = await t.db.selectFrom('outbox').select(['kind', 'status']).execute();
    expect(rows).toHaveLength(2 * CHANNELS);
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    expect(await t.db.selectFrom('digests').select('subscription_id').execute()).toHaveLength(CHANNELS);
  });
});
