import { extractFacts } from '../extract/index.js';
import { loadLanguageDetector } from '../extract/language.js';
import { noHook } from './hook.js';
import { ingestItems } from './ingest-item.js';
import { isRemote, loadSource } from './load-source.js';
import { DATE_LINE_FORMAT } from './parse-document.js';
import { markFailure, markSuccess } from './source-health.js';
import { emptyTally, factsMerged } from './tally.js';
export const sourceLabel = (s) => s.name ?? s.url;
/**
 * Who published what a source gives: its configured name, else a feed's own title ("Les Echos -
 * Tech"), else the web site's host; a local file is named by its file name. A page's or text
 * file's title is the article's headline, never the publisher.
 */
function publisherOf(source, document) {
    if (source.name)
        return source.name;
    if (document.kind === 'rss' && document.title?.trim())
        return document.title.trim().slice(0, 120);
    if (isRemote(source.url))
        return new URL(source.url).hostname.replace(/^www\./, '');
    return source.url.split(/[\\/]/).pop() || source.url;
}
/**
 * The document's items in the language the source was added with, where an item only carries the
 * document's own declaration: whoever typed `/sources add <url> fr` knows better than a feed
 * template left on "en-US", and French read as English gives no facts. An item that declares a
 * language of its own (dc:language, unlike the feed's) keeps it.
 */
function inSourceLanguage(source, document) {
    const language = source.language;
    if (!language)
        return document.items;
    return document.items.map((item) => (item.language === null || item.language === document.language ? { ...item, language } : item));
}
/**
 * Fetches one source and stores what is new, then records its health. Never throws: a broken
 * source becomes a report with a one-line error and a retry time, and others carry on.
 */
export async function ingestSource(deps, source, run) {
    const baseline = source.baseline_done === 0;
    const report = {
        sourceId: source.id,
        label: sourceLabel(source),
        ok: false,
        notModified: false,
        itemErrors: 0,
        baseline,
        tally: emptyTally(),
    };
    const random = deps.random ?? Math.random;
    try {
        const loaded = await loadSource(source, deps.fetch);
        const now = deps.clock.now();
        const nextFetchIso = new Date(now.getTime() + source.interval_minutes * 60_000).toISOString();
        if (loaded.notModified) {
            await markSuccess(deps.db, source.id, { nowIso: now.toISOString(), nextFetchIso, itemsAdded: 0, factsAdded: 0 });
            return { ...report, ok: true, notModified: true };
        }
        // A feed that once read as one and now answers with a web page has moved, or sits behind a
        // login or consent wall: reading that page as an article would store the wall as news and call
        // the source healthy.
        if (source.kind === 'rss' && source.last_success_at && loaded.document.kind === 'page') {
            throw new Error('answered with a web page instead of its feed (moved, or behind a login or consent page)');
        }
        // Items without a declared language need eld; loading it once here keeps the extract CLI light.
        if (!deps.extract)
            await loadLanguageDetector();
        const itemDeps = {
            db: deps.db,
            clock: deps.clock,
            log: deps.log,
            onMerged: deps.onMerged ?? noHook,
            extract: deps.extract ?? extractFacts,
            stories: run.stories,
            claims: run.claims,
        };
        const origin = {
            sourceId: source.id,
            publisher: publisherOf(source, loaded.document),
            language: source.language ?? loaded.document.language,
            baseline,
            singleDocument: loaded.document.kind !== 'rss',
            label: report.label,
        };
        const items = inSourceLanguage(source, loaded.document);
        report.itemErrors = await ingestItems(itemDeps, origin, items, report.tally);
        await markSuccess(deps.db, source.id, {
            nowIso: deps.clock.now().toISOString(),
            nextFetchIso,
            kind: loaded.document.kind,
            // An item that failed to store is read again at the next fetch only if that fetch is a full
            // one: a saved validator would get a 304 until the feed changes, and the item would wait.
            etag: report.itemErrors ? null : loaded.etag,
            lastModified: report.itemErrors ? null : loaded.lastModified,
            itemsAdded: report.tally.itemsNew,
            factsAdded: factsMerged(report.tally),
        });
        if (loaded.document.unreadableDateLine) {
            const fields = { source: report.label, line: loaded.document.unreadableDateLine, expected: DATE_LINE_FORMAT };
            if (deps.failuresListed)
                deps.log.debug('the Published line could not be read', fields);
            else
                deps.log.warn('the Published line could not be read', fields);
        }
        if (loaded.guessedCharset) {
            // Said once per read; the `ingest` summary shows it as a note, so the log line stays quiet there.
            const fields = { source: report.label, charset: loaded.guessedCharset };
            if (deps.failuresListed)
                deps.log.debug('file is not UTF-8: read as windows-1252', fields);
            else
                deps.log.info('file is not UTF-8: read as windows-1252', fields);
        }
        return {
            ...report,
            ok: true,
            ...(loaded.datedByMtime ? { datedByMtime: loaded.datedByMtime } : {}),
            ...(loaded.guessedCharset ? { guessedCharset: loaded.guessedCharset } : {}),
            ...(loaded.document.unreadableDateLine ? { unreadableDateLine: loaded.document.unreadableDateLine } : {}),
        };
    }
    catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        try {
            const { nextFetchIso } = await markFailure(deps.db, source.id, reason, deps.clock.now().getTime(), random);
            const fields = { source: report.label, reason, retry: nextFetchIso };
            if (deps.failuresListed)
                deps.log.debug('source failed', fields);
            else
                deps.log.warn('source failed', fields);
        }
        catch (dbErr) {
            deps.log.error('could not record a source failure', { source: report.label, err: dbErr });
        }
        return { ...report, error: reason };
    }
}
//# sourceMappingURL=ingest-source.js.map