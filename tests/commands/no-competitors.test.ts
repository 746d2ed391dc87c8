import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { SHELL_CHANNEL } from '../../src/adapters/shell/shell-adapter.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { CommandContext } from '../../src/core/command.js';
import { dispatch, splitCommandLine } from '../../src/core/dispatch.js';
import { silentLogger } from '../../src/logger.js';
import { replyText } from '../helpers/seeded.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

describe('commands on a database started with SEED=false', () => {
  let t: TestDb;
  const run = (line: string) => {
    const ctx: CommandContext = {
      db: t.db, config: loadConfig({ SEED: 'false' }), clock: fixedClock('2025-01-15T09:00:00.000Z'), log: silentLogger,
      channel: SHELL_CHANNEL, invoker: { id: 'tester', isAdmin: true }, services: {},
    };
    const { name, text } = splitCommandLine(line);
    return dispatch(commands, ctx, name, text);
  };
  beforeAll(async () => {
    t = await testDb();
  });
  afterAll(async () => t.cleanup());

  it('no competitors: /compare says none are configured and why, not two "No competitor" lines and an empty list', async () => {
    const r = await run('/compare tiktok amazon');
    expect(r.status).toBe('not_found');
    const text = replyText(r);
    expect(text).toContain('No competitors are configured yet');
    expect(text).toContain('SEED=false');
    expect(text).not.toContain('No competitor called');
    expect(text).not.toContain('Known competitors:');
  });

  it('no competitors: /facts, /rival and /subscribe say the same', async () => {
    for (const line of ['/facts temu', '/rival shein', '/subscribe bol']) {
      expect(replyText(await run(line)), line).toContain('No competitors are configured yet');
    }
  });
});
