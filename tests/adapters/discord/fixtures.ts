import type { Kysely } from 'kysely';
import { z } from 'zod';
import { type Command, defineCommand } from '../../../src/core/command.js';
import type { Database } from '../../../src/db/schema.js';
import { loadNameIndex, resolveWords } from '../../../src/domain/resolve-competitor.js';
import { reply } from '../../../src/messages/reply.js';
import { unknownCompetitorReply } from '../../../src/messages/unknown-competitor.js';

const NOW = '2024-03-01T00:00:00.000Z';

/** Two competitors with aliases and one revenue fact each: enough for /compare and autocomplete. */
export async function seedTwoCompetitors(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('competitors')
    .values([
      { id: 'tiktok-shop', name: 'TikTok Shop', parent: 'ByteDance', markets: '["US","GB"]', created_at: NOW },
      { id: 'amazon', name: 'Amazon', parent: null, markets: '["US","NL"]', created_at: NOW },
      { id: 'temu', name: 'Temu', parent: 'PDD Holdings', markets: '["US"]', created_at: NOW },
    ])
    .execute();
  await db
    .insertInto('aliases')
    .values([
      { alias: 'tiktok shop', competitor_id: 'tiktok-shop', language: null, kind: 'name' },
      { alias: 'tiktok', competitor_id: 'tiktok-shop', language: null, kind: 'short' },
      { alias: 'bytedance', competitor_id: 'tiktok-shop', language: null, kind: 'parent' },
      { alias: 'amazon', competitor_id: 'amazon', language: null, kind: 'name' },
      { alias: 'pinduoduo', competitor_id: 'temu', language: null, kind: 'sister' },
    ])
    .execute();
  const fact = (competitor_id: string, value: number, summary: string) => ({
    competitor_id,
    type: 'metric',
    name: 'gmv',
    value,
    unit: 'USD',
    market: 'GLOBAL',
    period: '2023',
    status: 'actual',
    summary,
    as_of: '2024-01-15',
    source_count: 1,
    conflict_with: null,
    importance: 3,
    first_seen_at: NOW,
    last_seen_at: NOW,
  });
  await db
    .insertInto('facts')
    .values([fact('tiktok-shop', 17.5e9, 'TikTok Shop GMV $17.5B'), fact('amazon', 700e9, 'Amazon GMV $700B')])
    .execute();
}

const twoWords = z.array(z.string()).min(2, 'Name two competitors, e.g. /compare tiktok amazon');

/** A stand-in for core's /compare until it lands: resolves competitor words and tabulates GMV. */
const compare = defineCommand({
  name: 'compare',
  description: 'Compare competitors side by side',
  usage: '/compare <competitor> <competitor>',
  examples: ['/compare tiktok amazon'],
  options: [
    { name: 'first', description: 'A competitor', required: true, kind: 'competitor' },
    { name: 'second', description: 'Another competitor', required: true, kind: 'competitor' },
  ],
  access: 'read',
  args: twoWords,
  async execute(ctx, words) {
    const index = await loadNameIndex(ctx.db);
    const resolved = resolveWords(index, words);
    if (resolved.unknown.length) return unknownCompetitorReply(resolved.unknown, index.competitors);
    const ids = resolved.found.map((c) => c.id);
    const rows = await ctx.db.selectFrom('facts').innerJoin('competitors', 'competitors.id', 'facts.competitor_id')
      .select(['competitors.name as who', 'facts.summary', 'facts.competitor_id', 'facts.as_of'])
      .where('facts.competitor_id', 'in', ids).execute();
    const columns = ids.map((id) => rows.find((r) => r.competitor_id === id)?.who ?? id);
    return reply([
      { kind: 'heading', text: columns.join(' vs ') },
      {
        kind: 'table',
        corner: 'Metric',
        columns,
        rows: [
          {
            label: 'GMV',
            cells: ids.map((id) => {
              const r = rows.find((x) => x.competitor_id === id);
              return r
                ? { text: r.summary, source: { label: 'Reuters', url: 'https://example.com/a', date: r.as_of ?? undefined } }
                : { text: 'no data', empty: true };
            }),
          },
        ],
      },
    ]);
  },
});

const sources = defineCommand({
  name: 'sources',
  description: 'List, add or remove news sources',
  usage: '/sources [list|add <url>|remove <id>]',
  examples: ['/sources add https://example.com/feed.xml'],
  options: [
    { name: 'action', description: 'What to do', required: true, kind: 'choice', choices: ['list', 'add', 'remove'] },
    { name: 'target', description: 'Feed URL or source id', required: false, kind: 'string' },
  ],
  access: 'admin',
  args: z.array(z.string()),
  async execute(_ctx, words) {
    return reply([{ kind: 'text', text: `sources ${words.join(' ')}` }]);
  },
});

const help = defineCommand({
  name: 'help',
  description: 'What rivalwatch can do',
  usage: '/help',
  examples: ['/help'],
  options: [],
  access: 'read',
  args: z.array(z.string()),
  async execute() {
    return reply([{ kind: 'text', text: 'Try /compare tiktok amazon' }]);
  },
});

export const testCommands: Command<any>[] = [compare, sources, help];
