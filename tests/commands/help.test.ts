import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { helpCommand } from '../../commands/help.js';
import { commands } from '../../commands/index.js';
import { defineCommand } from '../../src/core/command.js';
import { dispatch } from '../../src/core/dispatch.js';
import type { CommandContext } from '../../src/core/command.js';
import { reply, type Reply } from '../../src/messages/reply.js';
import type { TestDb } from '../helpers/test-db.js';
import { replyText, seededDb } from '../helpers/seeded.js';

describe('/help', () => {
  let t: TestDb;
  let ctx: CommandContext;
  let run: (line: string) => Promise<Reply>;
  beforeAll(async () => {
    ({ t, ctx, run } = await seededDb());
  });
  afterAll(async () => t.cleanup());

  it('help: lists every command in the registry with its usage', async () => {
    const text = replyText(await run('/help'));
    for (const c of commands) expect(text).toContain(c.usage);
  });

  it('help: a command added later shows up too', async () => {
    const later = defineCommand({
      name: 'later', description: 'Added by another area.', usage: '/later', examples: [], options: [], access: 'read',
      args: z.array(z.string()), execute: async () => reply([]),
    });
    const list = [later];
    const help = helpCommand(() => [...list, help]);
    const text = replyText(await dispatch([later, help], ctx, 'help', ''));
    expect(text).toContain('/later: Added by another area.');
  });

  it('help: details of one command show its usage and examples', async () => {
    const text = replyText(await run('/help compare'));
    expect(text).toContain('Usage: /compare <competitor> <competitor> [more…]');
    expect(text).toContain('/compare tiktok amazon');
  });

  it('help: /help subscribe lists every option /subscribe understands', async () => {
    const text = replyText(await run('/help subscribe'));
    for (const word of ['skip-empty', 'show-empty', 'metrics|events', 'min low|medium|high', 'at HH:MM', 'alerts|digest|both']) {
      expect(text).toContain(word);
    }
    for (const option of ['facts (optional)', 'min (optional)', 'empty-days (optional)', 'timezone (optional)']) expect(text).toContain(option);
  });

  it('help: an unknown topic lists the commands', async () => {
    const r = await run('/help nope');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('/compare');
  });

  it('help: a misspelled topic suggests the command it is closest to', async () => {
    const r = await run('/help comapre');
    expect(r.status).toBe('usage');
    expect(replyText(r)).toContain('There is no /comapre command. Did you mean /help compare?');
    expect(replyText(await run('/help zzzzzz'))).not.toContain('Did you mean');
  });

  it('help: on a platform that types help as /rivalwatch, the reply says /rivalwatch, never /help', async () => {
    const onSlack: CommandContext = { ...ctx, commandName: (n) => (n === 'help' ? 'rivalwatch' : n) };
    const all = replyText(await dispatch(commands, onSlack, 'help', ''));
    expect(all).toContain('/rivalwatch <command> for details');
    expect(all).toContain('/rivalwatch [command]');
    expect(all).not.toMatch(/\/help\b/);
    const one = replyText(await dispatch(commands, onSlack, 'help', 'rivalwatch'));
    expect(one).toContain('Examples: /rivalwatch   /rivalwatch compare');
    expect(one).not.toMatch(/\/help\b/);
  });

  it('help: /rivalwatch, the name the chat apps use, answers in the terminal too', async () => {
    const r = await run('/rivalwatch compare');
    expect(r.status).toBe('ok');
    expect(replyText(r)).toContain('Usage: /compare <competitor> <competitor> [more…]');
  });
});
