import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { aliasesOf, feedCount } from '../src/domain/competitors.js';
import { latestMetrics, publishersOf, recentEvents } from '../src/domain/fact-queries.js';
import { loadNameIndex, resolveIn } from '../src/domain/resolve-competitor.js';
import { factLine } from '../src/messages/fact-blocks.js';
import { reply } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';
const EVENTS_SHOWN = 5;
export default defineCommand({
    name: 'rival',
    description: "One competitor's profile: parent, headquarters, markets, latest figures, last events, sources.",
    usage: '/rival <competitor>',
    examples: ['/rival temu', '/rival bol.com'],
    options: [{ name: 'competitor', description: 'A competitor (name or alias)', required: true, kind: 'competitor' }],
    access: 'read',
    args: z
        .array(z.string())
        .min(1, 'Which competitor? e.g. /rival temu')
        .max(4, 'Name one competitor, e.g. /rival temu (to see several, use /compare).'),
    async execute(ctx, words) {
        const index = await loadNameIndex(ctx.db);
        const resolved = resolveIn(index, words.join(' '));
        if (!resolved.found)
            return unknownCompetitorReply([resolved], index.competitors);
        const c = resolved.competitor;
        const [latest, events, publishers, aliases, feeds] = [
            await latestMetrics(ctx.db, [c.id]),
            await recentEvents(ctx.db, c.id, EVENTS_SHOWN + 1),
            await publishersOf(ctx.db, c.id),
            await aliasesOf(ctx.db, c.id),
            await feedCount(ctx.db, c.id),
        ];
        const fields = [
            { label: 'Parent', value: c.parent ?? '—' },
            { label: 'Headquarters', value: c.headquarters ?? '—' },
            { label: 'Founded', value: c.founded ?? '—' },
            { label: 'Markets', value: c.markets.join(', ') || '—' },
            { label: 'Website', value: c.website ?? '—' },
            { label: 'Also known as', value: aliases.filter((a) => a !== c.name.toLowerCase()).slice(0, 8).join(', ') || '—' },
        ];
        const blocks = [
            { kind: 'heading', text: c.name },
            { kind: 'text', text: c.businessModel ?? '', fields },
            {
                kind: 'facts',
                title: 'Latest figures',
                items: [...latest.values()].map((f) => factLine(f)),
            },
            {
                kind: 'facts',
                title: 'Last events',
                items: events.slice(0, EVENTS_SHOWN).map((f) => factLine(f)),
                ...(events.length > EVENTS_SHOWN ? { more: `More: /facts ${c.id} event` } : {}),
            },
            {
                kind: 'context',
                text: `Sources: ${publishers.slice(0, 6).join('; ') || 'none yet'}. ${feeds} news feed${feeds === 1 ? '' : 's'} watched.`,
            },
        ];
        return reply(blocks);
    },
});
//# sourceMappingURL=rival.js.map