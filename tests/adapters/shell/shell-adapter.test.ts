import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createShellAdapter } from '../../../src/adapters/shell/shell-adapter.js';
import type { CommandContext } from '../../../src/core/command.js';
import { seededDb } from '../../helpers/seeded.js';
import type { TestDb } from '../../helpers/test-db.js';

function session(ctx: CommandContext, lines: string, tty: boolean, columns?: number) {
  const input = Object.assign(new PassThrough(), { isTTY: tty });
  const output = Object.assign(new PassThrough(), { isTTY: tty, ...(columns ? { columns } : {}) });
  let text = '';
  output.on('data', (d) => {
    text += d;
  });
  const { channel: _c, invoker: _i, ...context } = ctx;
  const shell = createShellAdapter({ commands, context, input, output, banner: 'hello' });
  return {
    async run() {
      await shell.start();
      input.end(lines);
      const code = await shell.done;
      await shell.stop();
      return { code, text };
    },
  };
}

describe('shell adapter', () => {
  let t: TestDb;
  let ctx: CommandContext;
  beforeAll(async () => {
    ({ t, ctx } = await seededDb());
  });
  afterAll(async () => t.cleanup());

  it('shell: piped lines run in order without prompt or colour, comments and blanks skipped', async () => {
    const { code, text } = await session(ctx, '# a comment\n/rival temu\n\ncompare shein bol\n', false).run();
    expect(code).toBe(0);
    expect(text.indexOf('Temu\n====')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('Temu\n====')).toBeLessThan(text.indexOf('Shein vs Bol.com'));
    expect(text).not.toContain('rivalwatch>');
    expect(text).not.toContain('\u001b[');
    expect(text).not.toContain('hello');
  });

  it('shell: the terminal user is admin (admin-only commands are not refused)', async () => {
    const { text } = await session(ctx, '/nosuch\n', false).run();
    expect(text).toContain('Unknown command "/nosuch"');
  });

  it('shell: on a terminal it greets, prompts and colours', async () => {
    const { text } = await session(ctx, '/help\n/quit\n', true).run();
    expect(text.startsWith('hello\n')).toBe(true);
    expect(text).toContain('rivalwatch> ');
    expect(text).toContain('\u001b[1mrivalwatch commands\u001b[0m');
  });

  it('shell: /subscribe and /subscriptions name the terminal channel readably, with no chat mention markup', async () => {
    const { text } = await session(ctx, '/subscribe temu alerts\n/subscriptions\n', false).run();
    const named = text.split('\n').filter((l) => l === '#terminal on shell');
    expect(named).toHaveLength(2); // once in each answer, on a line of its own before the settings
    expect(text).not.toContain('<#');
  });

  it('shell: on a terminal 80 columns wide, a five-way /compare fits without lines running over', async () => {
    const { text } = await session(ctx, '/compare tiktok shein temu amazon bol\n/quit\n', true, 80).run();
    const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
    // The table alone: prose after it (the note on markets, events) wraps in the terminal as prose does.
    const table = plain.slice(plain.indexOf('Latest figures'), plain.indexOf('Customers, Users and Growth:')).split('\n');
    expect(table.length).toBeGreaterThan(20);
    expect(table.filter((l) => l.length > 80)).toEqual([]);
    expect(plain).toContain('De Standaard,');
  });
});
