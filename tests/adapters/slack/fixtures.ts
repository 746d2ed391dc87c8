import { z } from 'zod';
import { type Command, defineCommand } from '../../../src/core/command.js';
import { notFound, reply } from '../../../src/messages/reply.js';

/**
 * A small command list standing in for commands/index.ts: the adapter takes its commands as a
 * parameter, so its wiring is tested without the core's database queries.
 */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds commands of different argument types (see defineCommand)
export const testCommands: Command<any>[] = [
  defineCommand({
    name: 'compare',
    description: 'Compare competitors',
    usage: '/compare <competitor> <competitor>',
    examples: ['/compare tiktok amazon'],
    options: [],
    access: 'read',
    args: z.array(z.string()).min(2, 'Name at least two competitors.'),
    async execute(ctx, names) {
      if (names.includes('nobody')) return notFound('No competitor called "nobody".', 'Did you mean bol?');
      return reply([
        { kind: 'heading', text: `${names.join(' vs ')}` },
        {
          kind: 'table',
          corner: 'Metric',
          columns: names,
          rows: [
            {
              label: 'GMV',
              cells: names.map((n) => ({
                text: `${n} $1B`,
                detail: 'US · 2023',
                status: 'actual' as const,
                source: { label: 'Reuters', url: `https://example.com/${n}` },
              })),
            },
          ],
        },
        { kind: 'context', text: `asked by ${ctx.invoker.id} in ${ctx.channel.workspace}/${ctx.channel.channel}` },
      ]);
    },
  }),
  defineCommand({
    name: 'sources',
    description: 'Manage sources',
    usage: '/sources add <url>',
    examples: ['/sources add https://example.com/feed.xml'],
    options: [],
    access: 'admin',
    args: z.array(z.string()),
    async execute(_ctx, words) {
      return reply([{ kind: 'text', text: `Added ${words.slice(1).join(' ')}` }]);
    },
  }),
  defineCommand({
    name: 'help',
    description: 'Help',
    usage: '/rivalwatch',
    examples: [],
    options: [],
    access: 'read',
    args: z.array(z.string()),
    async execute() {
      return reply([{ kind: 'heading', text: 'rivalwatch help' }]);
    },
  }),
];
