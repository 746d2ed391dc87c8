import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../src/adapters/discord/create-discord-adapter.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { StartFailure } from '../../../src/core/start-failure.js';
import { silentLogger } from '../../../src/logger.js';
import { CLI, ensureBuilt, ROOT } from '../../helpers/built-cli.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { type DiscordDouble, startDiscordDouble } from './discord-double.js';

const APP_ID = '700000000000000007';
/** Starting a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 120_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('discord: a gateway that never sends READY', { timeout: 30_000 }, () => {
  let double: DiscordDouble;
  let db: TestDb;

  beforeAll(async () => {
    ensureBuilt();
    double = await startDiscordDouble(APP_ID, { withholdReady: true });
    db = await testDb();
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await double?.close();
    await db?.cleanup();
  }, HOOK_TIMEOUT_MS);

  it('start timeout: start() fails with one line naming the setting, and leaves no connection behind', async () => {
    const config = loadConfig({
      DISCORD_TOKEN: 't',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: double.apiUrl,
      DISCORD_START_TIMEOUT_SECONDS: '1',
    });
    const adapter = createDiscordAdapter({ config, db: db.db, clock: fixedClock('2024-03-01'), log: silentLogger, commands: [] });
    const identifiesBefore = double.identifies.length;
    const started = Date.now();
    const failure = await adapter.start().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(StartFailure);
    expect((failure as Error).message).toMatch(
      /^Discord did not start: the gateway ws:\/\/127\.0\.0\.1:\d+\/gateway \(from http:\/\/127\.0\.0\.1:\d+\/api\) sent no READY within 1 s; check DISCORD_API_URL and the network, or raise DISCORD_START_TIMEOUT_SECONDS$/,
    );
    expect(Date.now() - started).toBeLessThan(8000);
    // discord.js reconnects a shard 0.5 s after a destroy that raced its READY wait: none may come.
    await sleep(1500);
    expect(double.openSockets()).toBe(0);
    expect(double.identifies.length - identifiesBefore).toBe(1);
    await adapter.stop();
  });

  it('start timeout: `rivalwatch start` prints the line and exits 1 instead of waiting forever', async () => {
    const run = await startCli({ DISCORD_START_TIMEOUT_SECONDS: '2' });
    expect(run.code).toBe(1);
    expect(run.lastLine).toMatch(
      /^rivalwatch: Discord did not start: the gateway ws:\/\/\S+ \(from \S+\) sent no READY within 2 s; .*raise DISCORD_START_TIMEOUT_SECONDS$/,
    );
  });

  it('start timeout: a refused token still stops `start` at once, not after the timeout', async () => {
    double.scriptRoute(/^GET \/gateway\/bot$/, { status: 401, body: { message: '401: Unauthorized', code: 0 } });
    const started = Date.now();
    const run = await startCli({});
    expect(run.code).toBe(1);
    expect(run.lastLine).toMatch(/refused DISCORD_TOKEN; check DISCORD_TOKEN$/);
    expect(Date.now() - started).toBeLessThan(20_000); // the default timeout is 60 s
  });

  async function startCli(extra: Record<string, string>): Promise<{ code: number | null; lastLine: string }> {
    const child = spawn(process.execPath, [CLI, 'start', '--role', 'chat'], {
      cwd: ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        LOG_LEVEL: 'warn',
        PORT: '0',
        DATABASE_URL: db.url,
        DISCORD_TOKEN: 't',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: double.apiUrl,
        ...extra,
      },
    });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdin.end();
    const kill = setTimeout(() => child.kill('SIGKILL'), 25_000);
    const [code] = (await once(child, 'close')) as [number | null];
    clearTimeout(kill);
    return { code, lastLine: stderr.trimEnd().split('\n').at(-1) ?? '' };
  }
});
