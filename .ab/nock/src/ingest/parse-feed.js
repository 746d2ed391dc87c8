import Parser from 'rss-parser';
import { isPlainLink } from './dedupe.js';
import { htmlToText, tidy } from './html-text.js';
import { isoDate, languageOf } from './parsed.js';
const parser = new Parser({
    customFields: {
        feed: ['language'],
        // Every <link> and the entry's own attributes (xml:base), which rss-parser does not keep.
        item: ['content:encoded', 'dc:language', 'id', ['link', 'links', { keepArray: true }], ['$', 'attributes', { keepArray: true }]],
    },
});
/** Atom links that are not the article itself: the entry's feed document, its editing URI, a media file. */
const NOT_THE_ARTICLE = new Set(['self', 'edit', 'enclosure', 'replies', 'via', 'related', 'license']);
/**
 * The entry's article link: for Atom the rel="alternate" link or one without rel (never "self",
 * "edit" or "enclosure", which rss-parser picks when they come first); for RSS the <link> text.
 */
function articleLink(links, fallback) {
    for (const link of links ?? []) {
        if (typeof link === 'string')
            return link.trim() || null;
        const rel = (link.$?.rel ?? 'alternate').trim().toLowerCase();
        const href = link.$?.href ?? link._;
        if (href?.trim() && !NOT_THE_ARTICLE.has(rel))
            return href.trim();
    }
    return links?.length ? null : fallback?.trim() || null;
}
/** An absolute http(s) URL, or null: a relative link with no base to resolve it against points nowhere. */
export function resolveLink(href, base) {
    if (!href)
        return null;
    // Most feeds' links are absolute and plain: the same string without building a URL per item,
    // which cost more than the rest of reading the item's link.
    if (isPlainLink(href))
        return href.indexOf('/', href.indexOf('//') + 2) < 0 ? `${href}/` : href;
    try {
        const url = new URL(href, base ?? undefined);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
    }
    catch {
        return null;
    }
}
/** The base a feed's relative links are read against: its xml:base, else its own site link, else where it was fetched from. */
function feedBase(xml, siteLink, feedUrl) {
    const root = /<(?:rss|feed|rdf:RDF)\b[^>]*>/i.exec(xml.slice(0, 4000))?.[0] ?? '';
    const xmlBase = /\bxml:base\s*=\s*["']([^"']+)["']/i.exec(root)?.[1];
    const base = resolveLink(xmlBase ?? null, feedUrl) ?? feedUrl;
    return resolveLink(siteLink?.trim() || null, base) ?? base;
}
/** Thrown when a document is not a feed rss-parser can read; the message says what was wrong. */
export class FeedParseError extends Error {
    name = 'FeedParseError';
}
/**
 * RSS 0.9x/1.0/2.0 or Atom text → items with plain text, declared language and dates. Relative
 * item links are resolved against the feed (`feedUrl` is where it was fetched from, null for a file).
 */
export async function parseFeed(xml, feedUrl = null) {
    let feed;
    try {
        feed = await parser.parseString(xml.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new FeedParseError(`not a readable RSS/Atom feed: ${reason}`);
    }
    const feedLanguage = languageOf(feed.language) ?? languageOf(/xml:lang\s*=\s*["']([^"']+)/.exec(xml.slice(0, 2000))?.[1]);
    const base = feedBase(xml, feed.link, feedUrl);
    const items = [];
    for (const entry of feed.items ?? []) {
        const entryBase = resolveLink(entry.attributes?.['xml:base'] ?? null, base) ?? base;
        const html = entry['content:encoded'] ?? entry.content ?? entry.summary ?? entry.contentSnippet ?? '';
        const title = htmlToText(entry.title ?? '');
        const text = htmlToText(html);
        if (!title && !text)
            continue;
        items.push({
            guid: (entry.guid ?? entry.id ?? null) || null,
            url: resolveLink(articleLink(entry.links, entry.link), entryBase),
            title: title || text.slice(0, 120),
            text,
            // rss-parser's isoDate is already Date#toISOString of the entry's date: what isoDate() would give.
            publishedAt: entry.isoDate ?? isoDate(entry.pubDate),
            language: languageOf(entry['dc:language']) ?? feedLanguage,
        });
    }
    return { kind: 'rss', title: feed.title ? tidy(feed.title) : null, language: feedLanguage, items };
}
//# sourceMappingURL=parse-feed.js.map