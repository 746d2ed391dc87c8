import { attributes, decodeEntities, dropBoilerplate, htmlToText, tidy } from './html-text.js';
import { isoDate, languageOf } from './parsed.js';
const PUBLISHED_META = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'dc.date', 'dcterms.created'];
/** The inner HTML of the first <tag>…</tag>, or null. */
function inner(html, tag) {
    const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(html);
    if (!open)
        return null;
    const start = open.index + open[0].length;
    const end = html.toLowerCase().indexOf(`</${tag}`, start);
    return html.slice(start, end === -1 ? html.length : end);
}
/** Longest <article> wins: pages often have small teaser <article>s around the real one. */
function mainHtml(html) {
    const articles = [...html.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article\s*>/gi)].map((m) => m[1]);
    if (articles.length)
        return articles.reduce((a, b) => (b.length > a.length ? b : a));
    return inner(html, 'main') ?? inner(html, 'body') ?? html;
}
/**
 * A web page → one item: main text (scripts, navigation, footers and asides dropped; <article> or
 * <main> preferred), og:title or <title>, <html lang>, the canonical link and the published date.
 */
export function parsePage(html, pageUrl) {
    const head = html.slice(0, 200_000);
    const metas = new Map();
    for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
        const a = attributes(m[0]);
        const key = (a['property'] ?? a['name'] ?? a['itemprop'] ?? '').toLowerCase();
        if (key && a['content'] !== undefined && !metas.has(key))
            metas.set(key, a['content']);
    }
    let canonical = null;
    for (const m of head.matchAll(/<link\b[^>]*>/gi)) {
        const a = attributes(m[0]);
        if ((a['rel'] ?? '').toLowerCase().split(/\s+/).includes('canonical') && a['href']) {
            canonical = resolveUrl(a['href'], pageUrl);
            break;
        }
    }
    const htmlTag = /<html\b[^>]*>/i.exec(head);
    const language = languageOf(htmlTag ? attributes(htmlTag[0])['lang'] : null) ?? languageOf(metas.get('og:locale'));
    const titleTag = inner(head, 'title');
    const h1 = inner(dropBoilerplate(html), 'h1');
    const title = tidy(metas.get('og:title') ?? (titleTag ? decodeEntities(titleTag) : null) ?? (h1 ? htmlToText(h1) : '') ?? '');
    const timeTag = /<time\b[^>]*datetime\s*=\s*["']([^"']+)["']/i.exec(html);
    const published = PUBLISHED_META.map((k) => isoDate(metas.get(k))).find((d) => d !== null) ?? isoDate(timeTag?.[1]) ?? null;
    const text = htmlToText(mainHtml(html));
    const url = canonical ?? pageUrl;
    return {
        kind: 'page',
        title: title || null,
        language,
        items: text || title ? [{ guid: null, url, title: title || text.slice(0, 120), text, publishedAt: published, language }] : [],
    };
}
function resolveUrl(href, base) {
    try {
        return new URL(href, base ?? undefined).toString();
    }
    catch {
        return null;
    }
}
//# sourceMappingURL=parse-page.js.map