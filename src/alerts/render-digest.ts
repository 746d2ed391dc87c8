import type { Block, Reply } from '../messages/reply.js';
import { reply } from '../messages/reply.js';
import { type FactView, factLine } from './fact-lines.js';

/** Per competitor and in all: a digest stays readable in one chat message. */
export const MAX_PER_COMPETITOR = 8;
export const MAX_FACTS = 40;

/**
 * The daily digest: facts grouped by competitor (the busiest first), each group most important
 * then newest first, with corroboration counts, conflicts marked and source links. `facts` come
 * sorted by factsFor.
 */
export function renderDigest(facts: FactView[], opts: { date: string; timezone: string; since: string }): Reply {
  const heading: Block = { kind: 'heading', text: `Daily digest — ${opts.date}` };
  if (!facts.length) {
    return reply([heading, { kind: 'text', text: 'Nothing new since the last digest.' }, sinceNote(opts)]);
  }
  const groups = new Map<string, FactView[]>();
  for (const f of facts) groups.set(f.competitorId, [...(groups.get(f.competitorId) ?? []), f]);
  const ordered = [...groups.values()].sort((a, b) => b[0]!.importance - a[0]!.importance || b.length - a.length);
  const conflicts = facts.filter((f) => f.conflictWith !== null).length;
  const blocks: Block[] = [
    heading,
    {
      kind: 'text',
      text: `${facts.length} new fact${facts.length === 1 ? '' : 's'} about ${groups.size} competitor${groups.size === 1 ? '' : 's'}${
        conflicts ? `; ${conflicts} conflicting figure${conflicts === 1 ? '' : 's'} marked` : ''
      }.`,
    },
  ];
  let shown = 0;
  for (const group of ordered) {
    const room = Math.min(MAX_PER_COMPETITOR, MAX_FACTS - shown);
    if (room <= 0) break;
    const items = group.slice(0, room).map((f) => factLine(f, false));
    shown += items.length;
    const hidden = group.length - items.length;
    blocks.push({
      kind: 'facts',
      title: group[0]!.competitorName,
      items,
      ...(hidden > 0 ? { more: `${hidden} more: /facts ${group[0]!.competitorId}` } : {}),
    });
  }
  if (shown < facts.length) {
    blocks.push({ kind: 'context', text: `${facts.length - shown} more facts not shown; see /facts.` });
  }
  blocks.push(sinceNote(opts));
  return reply(blocks);
}

const sinceNote = (opts: { timezone: string; since: string }): Block => ({
  kind: 'context',
  text: `Facts first seen since ${opts.since.slice(0, 16).replace('T', ' ')} UTC · times in ${opts.timezone}`,
});
