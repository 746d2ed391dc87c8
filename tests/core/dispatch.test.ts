import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { type CommandContext, defineCommand } from '../../src/core/command.js';
import { dispatch } from '../../src/core/dispatch.js';
import type { Logger } from '../../src/logger.js';
import { replyText } from '../helpers/seeded.js';

const logged: { msg: string; fields?: Record<string, unknown> }[] = [];
const log: Logger = {
  debug() {},
  info() {},
  warn() {},
  error(msg, fields) {
    logged.push({ msg, fields });
  },
};

const ctx = {
  db: undefined as never,
  config: loadConfig({}),
  clock: fixedClock('2025-01-15T09:00:00.000Z'),
  log,
  channel: { platform: 'shell', workspace: 'local', channel: 'test' },
  invoker: { id: 'u1', isAdmin: true },
  services: {},
} satisfies CommandContext;

// A schema whose refine throws on some input, as `new URL(s)` does on "not-a-url".
const throwing = defineCommand({
  name: 'throwing',
  description: 'test command whose argument check throws',
  usage: '/throwing <word>',
  examples: ['/throwing ok'],
  options: [],
  access: 'read',
  args: z.array(z.string()).refine((words) => {
    if (words[0] === 'boom') throw new TypeError('Invalid URL');
    return true;
  }),
  async execute() {
    return { status: 'ok', blocks: [{ kind: 'text', text: 'fine' }] };
  },
});

describe('dispatch', () => {
  it('dispatch: an exception thrown while parsing arguments becomes an error reply and a logged error', async () => {
    const r = await dispatch([throwing], ctx, 'throwing', 'boom');
    expect(r.status).toBe('error');
    expect(replyText(r)).toContain('Sorry, /throwing failed: Invalid URL');
    expect(logged.some((l) => l.msg === '/throwing failed')).toBe(true);
  });

  it('dispatch: the same command with good arguments still runs', async () => {
    expect(replyText(await dispatch([throwing], ctx, 'throwing', 'ok'))).toBe('fine');
  });
});
