import { xhtmlConstructsAsHtml } from './atom-xhtml.js';
import { parseFeed } from './parse-feed.js';
import { parsePage } from './parse-page.js';
import { isoDate } from './parsed.js';
import { withPermalinkGuids } from './permalink-guids.js';
import { withoutSharedGuids } from './shared-guids.js';
/** Tells a feed from a web page from plain text by its first tags, whatever the file is called. */
export function sniffKind(text, contentType) {
    const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart().toLowerCase();
    if (/<(rss|feed|rdf:rdf)\b/.test(head))
        return 'feed';
    if (/^<!doctype html|<html\b|<head\b|<body\b/.test(head))
        return 'page';
    if (/(rss|atom)\+xml/.test(contentType ?? ''))
        return 'feed';
    if (/html/.test(contentType ?? '') || head.startsWith('<'))
        return 'page';
    return 'text';
}
/** The optional second line of a plain-text article that dates it: "Published: 2024-02-01" (or Date:, Publié :, Gepubliceerd:). */
export const DATE_LINE = /^\s*(?:published|date|publié|gepubliceerd)\s*:\s*(\S+)\s*$/i;
/** How the date of a "Published:" line must be written, for the message when it is not. */
export const DATE_LINE_FORMAT = 'Published: YYYY-MM-DD';
/**
 * A "Published:" line read: an ISO date-time, or `unreadable` with the line as written when its
 * date is not YYYY-MM-DD (26-11-2026 and 11/26/2026 are refused rather than guessed: which is the
 * day?). Null when the line is not a date line at all.
 */
export function readDateLine(line) {
    const m = DATE_LINE.exec(line);
    if (!m)
        return null;
    const value = m[1];
    const day = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value);
    const publishedAt = day ? isoDate(value) : null;
    // Date.parse rolls 2024-02-30 over into March: the day must survive the round trip.
    const real = publishedAt !== null && (value.length === 10 ? publishedAt.slice(0, 10) === value : true);
    return real ? { publishedAt } : { publishedAt: null, unreadable: line.trim() };
}
/**
 * Plain text as one article: the first line is the title (as `rivalwatch extract` reads it).
 * An optional "Published: YYYY-MM-DD" second line dates it; one whose date cannot be read is
 * dropped from the text and named in `unreadableDateLine`.
 */
export function parsePlainText(text, url) {
    const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
    const title = (lines.shift() ?? '').trim();
    const dated = readDateLine(lines[0] ?? '');
    if (dated)
        lines.shift();
    const body = lines.join('\n').trim();
    if (!title && !body)
        return { kind: 'file', title: null, language: null, items: [] };
    return {
        kind: 'file',
        title,
        language: null,
        items: [{ guid: null, url, title: title || body.slice(0, 120), text: body, publishedAt: dated?.publishedAt ?? null, language: null }],
        ...(dated?.unreadable ? { unreadableDateLine: dated.unreadable } : {}),
    };
}
/** Any fetched or read document → items, by what it looks like. */
export async function parseDocument(text, url, contentType) {
    switch (sniffKind(text, contentType)) {
        case 'feed': {
            const feed = await parseFeed(xhtmlConstructsAsHtml(text), url);
            return { ...feed, items: withPermalinkGuids(withoutSharedGuids(feed.items)) };
        }
        case 'page':
            return parsePage(text, url);
        default:
            return parsePlainText(text, url);
    }
}
//# sourceMappingURL=parse-document.js.map