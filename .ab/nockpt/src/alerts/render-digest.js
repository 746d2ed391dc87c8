import { reply } from '../messages/reply.js';
import { factLine } from './fact-lines.js';
import { localTime } from './local-time.js';
/** Per competitor and in all: a digest stays readable in one chat message. */
export const MAX_PER_COMPETITOR = 8;
export const MAX_FACTS = 40;
/**
 * The daily digest: facts grouped by competitor (the busiest first), each group most important
 * then newest first, with corroboration counts, conflicts marked and source links. `facts` come
 * sorted by factsFor.
 */
export function renderDigest(facts, opts) {
    const heading = { kind: 'heading', text: `Daily digest — ${opts.date}` };
    const late = opts.lateFrom
        ? [{ kind: 'context', text: `Sent late: due at ${opts.lateFrom} on ${opts.date} (${opts.timezone}), when rivalwatch was not running.` }]
        : [];
    if (!facts.length)
        return reply([heading, ...late, { kind: 'text', text: nothingNew(opts) }, sinceNote(opts)]);
    const groups = new Map();
    for (const f of facts)
        groups.set(f.competitorId, [...(groups.get(f.competitorId) ?? []), f]);
    const ordered = [...groups.values()].sort((a, b) => b[0].importance - a[0].importance || b.length - a.length);
    const conflicts = facts.filter((f) => f.conflictWith !== null).length;
    const blocks = [
        heading,
        ...late,
        {
            kind: 'text',
            text: `${facts.length} new fact${facts.length === 1 ? '' : 's'} about ${groups.size} competitor${groups.size === 1 ? '' : 's'}${conflicts ? `; ${conflicts} conflicting figure${conflicts === 1 ? '' : 's'} marked` : ''}.`,
        },
    ];
    let shown = 0;
    const left = [];
    for (const group of ordered) {
        const room = Math.min(MAX_PER_COMPETITOR, MAX_FACTS - shown);
        if (room <= 0) {
            left.push(group);
            continue;
        }
        const items = group.slice(0, room).map((f) => factLine(f, false));
        shown += items.length;
        const hidden = group.length - items.length;
        blocks.push({
            kind: 'facts',
            title: group[0].competitorName,
            items,
            ...(hidden > 0 ? { more: `${hidden} more: /facts ${group[0].competitorId}` } : {}),
        });
    }
    // A group cut short says so itself ("3 more: /facts temu"); only groups left out entirely need a line here.
    if (left.length) {
        const count = left.reduce((n, g) => n + g.length, 0);
        const names = left.map((g) => `/facts ${g[0].competitorId}`).join(', ');
        blocks.push({ kind: 'context', text: `${count} more fact${count === 1 ? '' : 's'} about ${left.length} more competitor${left.length === 1 ? '' : 's'}: ${names}` });
    }
    blocks.push(sinceNote(opts));
    return reply(blocks);
}
/** `since` as the subscription's wall clock: "2024-03-05 09:00 (Europe/Amsterdam)". */
function localSince(opts) {
    const local = localTime(new Date(opts.since), opts.timezone);
    return `${local.date} ${local.time} (${opts.timezone})`;
}
function nothingNew(opts) {
    switch (opts.after) {
        case 'last-digest':
            return `Nothing new since the last digest, ${localSince(opts)}.`;
        case 'subscribed':
            return `Nothing new since this channel subscribed, ${localSince(opts)}.`;
        case 'week':
            return 'Nothing new in the last 7 days.';
        case 'day':
            return 'Nothing new in the last 24 hours.';
    }
}
const sinceNote = (opts) => ({ kind: 'context', text: `Facts first seen since ${localSince(opts)}.` });
//# sourceMappingURL=render-digest.js.map