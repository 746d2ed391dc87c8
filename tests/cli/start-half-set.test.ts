import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../helpers/built-cli.js';
import { startAndWaitForExit } from '../helpers/start-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

/** `rivalwatch start` with info logs, so a terminal session that starts says so. */
const start = (env: Record<string, string>) => startAndWaitForExit([], { LOG_LEVEL: 'info', ...env });

describe('rivalwatch start: chat settings only half set', { timeout: 30_000 }, () => {
  let db: TestDb;
  beforeAll(async () => {
    ensureBuilt();
    db = await testDb();
  }, 600_000);
  afterAll(async () => db?.cleanup());

  it('start: SLACK_BOT_TOKEN alone stops with exit 2 and one line naming the signing secret and the app token', async () => {
    const run = await start({ DATABASE_URL: db.url, SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'rivalwatch: SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) nor SLACK_APP_TOKEN (Socket Mode) is: set one, or unset SLACK_BOT_TOKEN\n',
    );
  });

  it('start: SLACK_APP_TOKEN without SLACK_BOT_TOKEN stops with exit 2 naming SLACK_BOT_TOKEN', async () => {
    const run = await start({ DATABASE_URL: db.url, SLACK_APP_TOKEN: 'xapp-1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('rivalwatch: SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: set SLACK_BOT_TOKEN (xoxb-…), or unset SLACK_APP_TOKEN\n');
  });

  it('start: DISCORD_TOKEN alone stops with exit 2 naming DISCORD_APPLICATION_ID', async () => {
    const run = await start({ DATABASE_URL: db.url, DISCORD_TOKEN: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^rivalwatch: DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: .*unset DISCORD_TOKEN\n$/);
  });

  it('start: with no chat settings at all the terminal session still starts', async () => {
    // Piped runs log 'started' at debug, so the README's piped example stays clean.
    const run = await start({ DATABASE_URL: db.url, LOG_LEVEL: 'debug' });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('started {"role":"all","adapters":["shell"]');
  });
});
