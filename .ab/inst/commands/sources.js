import { z } from 'zod';
import { adminOnly } from '../src/core/admin-refusal.js';
import { defineCommand } from '../src/core/command.js';
import { isRemote } from '../src/ingest/load-source.js';
import { addSource, checkSourceUrl, displaySourceUrl, listSources, removeSource, SOURCE_LANGUAGES, sourceAddressRefusal, } from '../src/ingest/sources.js';
import { loadNameIndex, resolveWords } from '../src/domain/resolve-competitor.js';
import { notFound, refused, reply, usage } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';
const USAGE = '/sources  ·  /sources add <url> [en|fr|nl] [competitor]  ·  /sources remove <id>';
/** Two-letter language codes other than ours are a language typed, not a competitor. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const args = z.array(z.string()).transform((words, ctx) => {
    const [action, ...rest] = words;
    const fail = (message) => {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
    };
    if (action === undefined || action.toLowerCase() === 'list')
        return { action: 'list' };
    if (action.toLowerCase() === 'add') {
        const [url, ...more] = rest;
        if (!url)
            return fail('Give the URL of the feed or page to add.');
        const checked = checkSourceUrl(url);
        if (!checked.ok)
            return fail(checked.reason);
        let language = null;
        const competitorWords = [];
        for (const word of more) {
            const w = word.toLowerCase();
            const ours = SOURCE_LANGUAGES.includes(w);
            const otherLanguage = !ours && /^[a-z]{2}$/.test(w) && LANGUAGE_NAMES.of(w);
            if (ours && !language)
                language = w;
            else if (ours)
                return fail(`Give the language once (${language} or ${w}).`);
            else if (otherLanguage)
                return fail(`Language must be en, fr or nl: "${w}" (${otherLanguage}) is not read.`);
            else
                competitorWords.push(word);
        }
        return { action: 'add', url: checked.url, language, competitorWords };
    }
    if (action.toLowerCase() === 'remove') {
        const typed = (rest[0] ?? '').replace(/^#/, '');
        const id = Number(typed);
        if (!/^\d+$/.test(typed) || id <= 0 || rest.length !== 1)
            return fail('Give the number of the source to remove, as listed by /sources.');
        // Kept as typed for the reply: a number past 2^53 is not exact once converted.
        return { action: 'remove', id, typed: typed.replace(/^0+/, '').slice(0, 24) };
    }
    return fail(`Unknown action "${action.slice(0, 40)}": use add or remove, or nothing to list.`);
});
const when = (iso) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');
/**
 * How a source is named in chat: its name, else its web address, else (a local file given to
 * `rivalwatch ingest`) its file name: the server's paths are not the channel's business.
 */
export function sourceName(s) {
    if (s.name)
        return s.name;
    if (isRemote(s.url))
        return displaySourceUrl(s.url);
    return s.url.replace(/^file:\/\//, '').split(/[\\/]/).filter(Boolean).pop() ?? s.url;
}
/** One-off inputs named in the list before "and N more". */
const ONE_OFF_NAMED = 5;
function health(s) {
    if (s.consecutive_failures > 0)
        return `failing ×${s.consecutive_failures}`;
    return s.last_success_at ? 'ok' : 'not fetched yet';
}
/** `/sources`: lists sources with their health; admins add and remove them. */
export const sources = defineCommand({
    name: 'sources',
    description: 'List news sources with their health; admins add or remove them.',
    usage: USAGE,
    examples: ['/sources', '/sources add https://example.com/feed.xml fr temu', '/sources remove 3'],
    options: [
        { name: 'action', description: 'add or remove (nothing to list)', required: false, kind: 'choice', choices: ['add', 'remove'] },
        { name: 'target', description: 'URL to add or number to remove', required: false, kind: 'string' },
        { name: 'language', description: 'Language of the source (en, fr, nl)', required: false, kind: 'choice', choices: ['en', 'fr', 'nl'] },
        { name: 'competitor', description: 'Competitor the source is about', required: false, kind: 'competitor' },
    ],
    access: 'read',
    args,
    async execute(ctx, a) {
        if (a.action !== 'list' && !ctx.invoker.isAdmin) {
            return adminOnly(ctx, `${a.action} sources`, 'Anyone can list them with /sources.');
        }
        if (a.action === 'add') {
            const addressRefusal = sourceAddressRefusal(a.url, { allowPrivate: ctx.config.FETCH_ALLOW_PRIVATE });
            if (addressRefusal)
                return refused(addressRefusal);
            let competitor = null;
            if (a.competitorWords.length) {
                // The same resolver as /compare and /subscribe: aliases in any case, names of several words.
                const index = await loadNameIndex(ctx.db);
                const resolved = resolveWords(index, a.competitorWords);
                if (resolved.unknown.length)
                    return unknownCompetitorReply(resolved.unknown, index.competitors);
                if (resolved.found.length > 1) {
                    return usage(`One competitor per source: ${resolved.found.map((c) => c.name).join(' or ')}?`, 'Leave it out for a source about several competitors.');
                }
                competitor = resolved.found[0]?.id ?? null;
            }
            const { source, created } = await addSource(ctx.db, { url: a.url, language: a.language, competitorId: competitor, intervalMinutes: ctx.config.POLL_INTERVAL_MINUTES }, ctx.clock.now().toISOString());
            if (!created)
                return reply([{ kind: 'text', text: `Already a source: #${source.id} ${sourceName(source)}` }]);
            return reply([
                { kind: 'text', text: `Added source #${source.id}: ${source.url}` },
                {
                    kind: 'context',
                    text: `${ctx.pollsSources === false ? 'Fetched at the next poll of a running `npm start` (or now by `rivalwatch ingest --all`)' : 'Fetched within a minute'}, then every ${source.interval_minutes} min${a.language ? ` · language ${a.language}` : ''}${competitor ? ` · ${competitor}` : ''}. Its current articles are stored as a baseline and do not alert.`,
                },
            ]);
        }
        if (a.action === 'remove') {
            const removed = await removeSource(ctx.db, a.id);
            if (!removed)
                return notFound(`No source #${a.typed}.`, 'List them with /sources.');
            return reply([{ kind: 'text', text: `Removed source #${removed.id}: ${sourceName(removed)}` }, { kind: 'context', text: 'Facts already read from it keep their sources.' }]);
        }
        const all = await listSources(ctx.db);
        // Only `rivalwatch ingest FILE|URL` stores a source disabled: read once, kept for the provenance
        // of its facts. Listed apart, so they do not read as feeds that are polled.
        const rows = all.filter((s) => s.enabled);
        const oneOff = all.filter((s) => !s.enabled);
        const oneOffNote = oneOff.length
            ? [
                {
                    kind: 'context',
                    text: `Also read once by \`rivalwatch ingest\`, not polled: ${oneOff
                        .slice(-ONE_OFF_NAMED)
                        .reverse()
                        .map((s) => `#${s.id} ${sourceName(s)}`)
                        .join(', ')}${oneOff.length > ONE_OFF_NAMED ? ` and ${oneOff.length - ONE_OFF_NAMED} more` : ''}.`,
                },
            ]
            : [];
        if (!rows.length) {
            return reply([
                { kind: 'text', text: 'No sources yet.' },
                { kind: 'context', text: 'Admins add one with /sources add <url> [en|fr|nl] [competitor].' },
                ...oneOffNote,
            ]);
        }
        const failing = rows.filter((s) => s.consecutive_failures > 0).length;
        return reply([
            { kind: 'heading', text: `Sources (${rows.length}${failing ? `, ${failing} failing` : ''})` },
            {
                kind: 'table',
                corner: 'Source',
                columns: ['Health', 'Last success', 'Last error', 'Items', 'Facts', 'Next try'],
                rows: rows.map((s) => ({
                    label: `#${s.id} ${sourceName(s)}`,
                    cells: [
                        { text: health(s) },
                        { text: when(s.last_success_at) },
                        s.last_error ? { text: s.last_error.slice(0, 120), detail: when(s.last_error_at) } : { text: '—', empty: true },
                        { text: String(s.items_count) },
                        { text: String(s.facts_count) },
                        { text: s.next_fetch_at ? when(s.next_fetch_at) : 'now' },
                    ],
                })),
            },
            ...oneOffNote,
        ]);
    },
});
//# sourceMappingURL=sources.js.map