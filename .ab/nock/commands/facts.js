import { z } from 'zod';
import { defineCommand } from '../src/core/command.js';
import { findFacts } from '../src/domain/fact-queries.js';
import { isMarketWord, parseFactFilter } from '../src/domain/parse-fact-filter.js';
import { loadNameIndex, resolveIn, resolveWords } from '../src/domain/resolve-competitor.js';
import { factLine } from '../src/messages/fact-blocks.js';
import { listing, metricLabel } from '../src/messages/labels.js';
import { notFound, reply, usage } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';
import { EVENTS, METRICS } from '../src/domain/vocabulary.js';
export const PAGE_SIZE = 10;
const USAGE = '/facts <competitor> [metric|event|<metric>|<event>] [market] [year] [page N]';
/** The largest offset both SQLite and Postgres take as an integer; far past any real count. */
const MAX_OFFSET = 2 ** 31 - 1;
const shortDigits = (digits) => (digits.length > 24 ? `${digits.slice(0, 24)}…` : digits);
const sameCompetitor = (r, id) => r.found && r.competitor.id === id;
export default defineCommand({
    name: 'facts',
    description: 'Facts recorded about a competitor, newest first, each with its source.',
    usage: USAGE,
    examples: ['/facts tiktok', '/facts amazon revenue 2023', '/facts temu event EU', '/facts amazon belgique'],
    options: [
        { name: 'competitor', description: 'A competitor (name or alias)', required: true, kind: 'competitor' },
        {
            name: 'filter',
            description: 'metric, event, a metric name (revenue, users…) or an event name (launch…)',
            required: false,
            kind: 'string',
        },
        {
            name: 'market',
            description: 'A market: a code (US, GB, NL, BE, EU, GLOBAL…) or a country name in en/fr/nl (belgium, belgique, frankrijk…)',
            required: false,
            kind: 'string',
        },
        { name: 'year', description: 'A year the facts are about, e.g. 2023', required: false, kind: 'string' },
    ],
    access: 'read',
    args: z
        .array(z.string())
        .min(1, 'Which competitor? e.g. /facts tiktok')
        .max(12, 'Too many words: /facts takes a competitor, a filter and a market.'),
    async execute(ctx, words) {
        const index = await loadNameIndex(ctx.db);
        // The competitor may be several words ("tiktok shop"): take the longest leading match.
        let span = Math.min(3, words.length);
        while (span > 1 && !resolveIn(index, words.slice(0, span).join(' ')).found)
            span--;
        const resolved = resolveIn(index, words.slice(0, span).join(' '));
        if (!resolved.found)
            return unknownCompetitorReply([resolveIn(index, words[0])], index.competitors);
        const competitor = resolved.competitor;
        // "amazon belgique" is an alias of Amazon, but typed after /facts it asks for Amazon's facts
        // in Belgium: give a trailing market word back to the filter when the shorter name is the same competitor.
        while (span > 1 && isMarketWord(words[span - 1]) && sameCompetitor(resolveIn(index, words.slice(0, span - 1).join(' ')), competitor.id)) {
            span--;
        }
        const filter = parseFactFilter(words.slice(span));
        // "/facts tiktok shein": a second competitor is not a filter; /compare is what puts two together.
        const others = 'error' in filter ? resolveWords(index, words.slice(span)).found.filter((c) => c.id !== competitor.id) : [];
        if (others.length) {
            const ids = [competitor, ...others].map((c) => c.id).join(' ');
            return usage(`/facts shows one competitor at a time (you named ${listing([competitor, ...others].map((c) => c.name))}).`, `To put them side by side: /compare ${ids}. For one: /facts ${others[0].id}.`);
        }
        if ('error' in filter) {
            return usage(filter.error, `Usage: ${USAGE}. Metrics: ${METRICS.join(', ')}. Events: ${EVENTS.join(', ')}. Markets: ISO codes (US, NL…), country names (belgium, belgique, frankrijk…) or EU, SEA, LATAM, GLOBAL. Years: 1990–2100.`);
        }
        const { total, facts } = await findFacts(ctx.db, {
            competitorId: competitor.id,
            ...(filter.type ? { type: filter.type } : {}),
            ...(filter.name ? { name: filter.name } : {}),
            ...(filter.market ? { market: filter.market } : {}),
            ...(filter.year ? { year: filter.year } : {}),
            limit: PAGE_SIZE,
            // A huge page ("page 99999999999999999999") is past every fact; an offset beyond the
            // database's integers would be an SQL error instead of an empty page.
            offset: Math.min((filter.page - 1) * PAGE_SIZE, MAX_OFFSET),
        });
        const what = [
            filter.name ? metricLabel(filter.name).toLowerCase() : filter.type ? `${filter.type}s` : 'facts',
            filter.market ? `in ${filter.market}` : '',
            filter.year ? `for ${filter.year}` : '',
        ]
            .filter(Boolean)
            .join(' ');
        const title = `${competitor.name}: ${what}`;
        if (!facts.length) {
            return notFound(total && filter.page > 1
                ? `${title}: there are only ${total}, so page ${shortDigits(filter.pageText ?? String(filter.page))} is empty.`
                : `No ${what} recorded for ${competitor.name} yet.`, `Try /facts ${competitor.id} for everything, or /sources to see what is being read.`);
        }
        const shownTo = (filter.page - 1) * PAGE_SIZE + facts.length;
        const rest = total - shownTo;
        const again = ['/facts', competitor.id, filter.name ?? filter.type, filter.market, filter.year].filter(Boolean).join(' ');
        return reply([
            { kind: 'heading', text: title },
            {
                kind: 'facts',
                items: facts.map((f) => factLine(f)),
                ...(rest > 0 ? { more: `${rest} more: ${again} page ${filter.page + 1}` } : {}),
            },
            { kind: 'context', text: `${shownTo - facts.length + 1}–${shownTo} of ${total}, newest reported first.` },
        ]);
    },
});
//# sourceMappingURL=facts.js.map