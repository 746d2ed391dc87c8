import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { latestMetrics, latestMetricsByMarket, marketKey, recentEvents } from '../src/domain/fact-queries.js';
import { loadNameIndex, resolveWords } from '../src/domain/resolve-competitor.js';
import { factCell, factLine } from '../src/messages/fact-blocks.js';
import { listing, metricLabel } from '../src/messages/labels.js';
import { reply, usage } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';
/** More columns than this do not fit a chat message or a terminal side by side. */
export const MAX_COMPARED = 6;
const EVENTS_PER_COMPETITOR = 3;
const USAGE = '/compare <competitor> <competitor> [more…]';
const EXAMPLE = '/compare tiktok amazon';
export default defineCommand({
    name: 'compare',
    description: 'Side-by-side latest figures and recent events of two or more competitors.',
    usage: USAGE,
    examples: [EXAMPLE, '/compare temu shein bol.com'],
    options: [
        // One option per competitor where Discord can autocomplete it; `more` takes the rest as words.
        { name: 'first', description: 'A competitor (name or alias)', required: true, kind: 'competitor' },
        { name: 'second', description: 'Another competitor', required: true, kind: 'competitor' },
        { name: 'third', description: 'A third competitor', required: false, kind: 'competitor' },
        { name: 'fourth', description: 'A fourth competitor', required: false, kind: 'competitor' },
        { name: 'fifth', description: 'A fifth competitor', required: false, kind: 'competitor' },
        { name: 'more', description: `Any more competitors, separated by spaces (at most ${MAX_COMPARED} in all)`, required: false, kind: 'string' },
    ],
    access: 'read',
    args: z
        .array(z.string())
        .min(2, `Name at least two competitors to compare, e.g. ${EXAMPLE}.`)
        .max(30, `Compare at most ${MAX_COMPARED} competitors at once.`),
    async execute(ctx, words) {
        const index = await loadNameIndex(ctx.db);
        const { found, unknown } = resolveWords(index, words);
        if (unknown.length)
            return unknownCompetitorReply(unknown, index.competitors);
        if (found.length < 2) {
            return usage(`Name at least two different competitors to compare${found[0] ? ` with ${found[0].name}` : ''}, e.g. ${EXAMPLE}.`, `Usage: ${USAGE}. For one competitor, try /rival ${found[0]?.id ?? '<name>'}.`);
        }
        if (found.length > MAX_COMPARED) {
            return usage(`That is ${found.length} competitors; /compare shows at most ${MAX_COMPARED} side by side.`, `Split them up, e.g. /compare ${found
                .slice(0, 3)
                .map((c) => c.id)
                .join(' ')}`);
        }
        const ids = found.map((c) => c.id);
        const { rows, split } = comparisonRows(ids, await latestMetrics(ctx.db, ids), await latestMetricsByMarket(ctx.db, ids));
        const blocks = [{ kind: 'heading', text: found.map((c) => c.name).join(' vs ') }];
        if (rows.length) {
            blocks.push({ kind: 'table', title: 'Latest figures', corner: 'Metric', columns: found.map((c) => c.name), rows });
            if (split.length) {
                blocks.push({
                    kind: 'context',
                    text: `${listing(split)}: the latest figures are from different markets, so each market has a row of its own.`,
                });
            }
        }
        else {
            blocks.push({ kind: 'text', text: `No figures recorded yet for ${listing(found.map((c) => c.name))}.` });
        }
        for (const c of found) {
            const events = await recentEvents(ctx.db, c.id, EVENTS_PER_COMPETITOR + 1);
            blocks.push({
                kind: 'facts',
                title: `${c.name}: recent events`,
                items: events.slice(0, EVENTS_PER_COMPETITOR).map((e) => factLine(e)),
                ...(events.length > EVENTS_PER_COMPETITOR ? { more: `More: /facts ${c.id} event` } : {}),
            });
        }
        blocks.push({
            kind: 'context',
            text: 'Each cell is the latest figure, reported (actual) before estimate before target. /facts <name> lists everything, /rival <name> shows a profile.',
        });
        return reply(blocks);
    },
});
/**
 * One row per metric, each cell a competitor's latest figure. When those figures are from
 * different markets (a CN multiple beside a GLOBAL percent), they are not comparable: the metric
 * gets a row per market instead, each cell that competitor's latest figure in that market.
 */
function comparisonRows(ids, latest, byMarket) {
    const rows = [];
    const split = [];
    for (const metric of new Set([...latest.values()].map((f) => f.name))) {
        const cells = ids.map((id) => latest.get(`${id}:${metric}`));
        const markets = [...new Set(cells.filter((f) => f !== undefined).map((f) => f.market))];
        if (markets.length <= 1) {
            rows.push({ label: metricLabel(metric), cells: cells.map(factCell) });
            continue;
        }
        split.push(metricLabel(metric));
        for (const market of markets) {
            rows.push({
                label: `${metricLabel(metric)} · ${market ?? 'market not stated'}`,
                cells: ids.map((id) => factCell(byMarket.get(marketKey(id, metric, market)))),
            });
        }
    }
    return { rows, split };
}
//# sourceMappingURL=compare.js.map