import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type DiscordDouble, startDiscordDouble } from '../adapters/discord/discord-double.js';
import { chatInput } from '../adapters/discord/interactions.js';
import { CLI, ensureBuilt, ROOT } from '../helpers/built-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

const APP_ID = '700000000000000006';
const STRING = 3;

interface Started {
  child: ChildProcess;
  stderr: () => string;
}

function start(args: string[], env: Record<string, string>): Started {
  const child = spawn(process.execPath, [CLI, 'start', ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', PORT: '0', ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  child.stdin?.end();
  return { child, stderr: () => stderr };
}

async function exitOf(started: Started): Promise<{ code: number | null; stderr: string }> {
  const [code] = (await once(started.child, 'close')) as [number | null];
  return { code, stderr: started.stderr() };
}

describe('rivalwatch start --shards', () => {
  let db: TestDb;
  let double: DiscordDouble;
  let env: Record<string, string>;
  beforeAll(async () => {
    ensureBuilt();
    db = await testDb();
    // Recommends 3: a client that opened 3 shards would have followed DISCORD_SHARDS=auto, not the flag.
    double = await startDiscordDouble(APP_ID, { recommendedShards: 3 });
    env = {
      DATABASE_URL: db.url,
      DISCORD_TOKEN: 'test-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: double.apiUrl,
    };
  }, 600_000);
  afterAll(async () => {
    await double?.close();
    await db?.cleanup();
  });

  it('start: a bad --shards stops with one line naming the flag, exit 2', async () => {
    const run = await exitOf(start(['--shards', 'many'], env));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rivalwatch: --shards must be auto or a whole number of shards, 1 or more (got "many")\n');
  });

  it('start: a bad DISCORD_SHARDS stops with one line naming the variable, exit 2', async () => {
    const run = await exitOf(start([], { ...env, DISCORD_SHARDS: '0' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rivalwatch: DISCORD_SHARDS must be auto or a whole number of shards, 1 or more (got "0")\n');
  });

  it('start --role chat --shards 2: the flag overrides DISCORD_SHARDS, both shards answer, SIGTERM stops it', async () => {
    const bot = start(['--role', 'chat', '--shards', '2'], { ...env, DISCORD_SHARDS: 'auto' });
    try {
      await vi.waitFor(() => expect(double.identifies).toHaveLength(2), { timeout: 30_000, interval: 50 });
      expect(double.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      const interaction = chatInput(APP_ID, 'compare', [
        { name: 'first', type: STRING, value: 'tiktok' },
        { name: 'second', type: STRING, value: 'amazon' },
      ]);
      double.pushInteraction(interaction, { shard: 1 });
      const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
      expect(edit.body.embeds[0].title).toBe('TikTok Shop vs Amazon');
    } finally {
      bot.child.kill('SIGTERM');
    }
    const run = await exitOf(bot);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  }, 60_000);
});
