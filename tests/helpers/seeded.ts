import { commands } from '../../commands/index.js';
import { SHELL_CHANNEL } from '../../src/adapters/shell/shell-adapter.js';
import { fixedClock } from '../../src/clock.js';
import type { CommandContext } from '../../src/core/command.js';
import { dispatch, splitCommandLine } from '../../src/core/dispatch.js';
import { loadConfig } from '../../src/config.js';
import { seed } from '../../src/domain/seed.js';
import { silentLogger } from '../../src/logger.js';
import type { Reply } from '../../src/messages/reply.js';
import { type TestDb, testDb } from './test-db.js';

export const SEEDED_AT = '2025-01-15T09:00:00.000Z';

/** A fresh migrated database with the seeds applied, and a shell context over it. */
export async function seededDb(): Promise<{ t: TestDb; ctx: CommandContext; run: (line: string) => Promise<Reply> }> {
  const t = await testDb();
  await seed(t.db, SEEDED_AT);
  const ctx: CommandContext = {
    db: t.db,
    config: loadConfig({}),
    clock: fixedClock(SEEDED_AT),
    log: silentLogger,
    channel: SHELL_CHANNEL,
    invoker: { id: 'tester', isAdmin: false },
    services: {},
  };
  const run = (line: string) => {
    const { name, text } = splitCommandLine(line);
    return dispatch(commands, ctx, name, text);
  };
  return { t, ctx, run };
}

/** Every piece of text a reply carries, for assertions that do not care about layout. */
export function replyText(reply: Reply): string {
  return reply.blocks.map(blockText).join('\n');
}

function blockText(b: Reply['blocks'][number]): string {
      switch (b.kind) {
        case 'heading':
        case 'context':
          return b.text;
        case 'text':
          return [b.text, ...(b.fields ?? []).map((f) => `${f.label}: ${f.value}`)].join('\n');
        case 'table':
          return [b.title, b.columns.join(' | '), ...b.rows.map((r) => `${r.label}: ${r.cells.map((c) => [c.text, c.detail, c.source?.label, c.source?.date].filter(Boolean).join(' ')).join(' | ')}`)].join('\n');
        case 'facts':
          return [b.title, ...b.items.map((i) => `${i.text} ${i.source?.label ?? ''} ${i.date ?? ''}`), b.more].filter(Boolean).join('\n');
        case 'divider':
          return '---';
        case 'image':
          return b.alt;
      }
}
