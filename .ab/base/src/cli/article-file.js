import { dropBoilerplate } from '../ingest/html-text.js';
import { readDateLine } from '../ingest/parse-document.js';
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', euro: '€', pound: '£', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç', ecirc: 'ê', euml: 'ë', ouml: 'ö', iuml: 'ï', ocirc: 'ô', ucirc: 'û', hellip: '…', ndash: '–', mdash: '—' };
export function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, code) => {
        if (code[0] === '#') {
            const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
            return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
        }
        return ENTITIES[code.toLowerCase()] ?? whole;
    });
}
const looksLikeHtml = (s) => /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(s);
function inner(html, tag) {
    const open = new RegExp(`<${tag}(?:\\s[^>]*)?>`, 'i').exec(html);
    if (!open)
        return null;
    const close = html.toLowerCase().indexOf(`</${tag}>`, open.index);
    return html.slice(open.index + open[0].length, close < 0 ? html.length : close);
}
// The same boilerplate as ingest drops (menus, related links, captions…), and figures with it.
const stripTags = (s) => decodeEntities(dropBoilerplate(s)
    .replace(/<figure\b[\s\S]*?<\/figure\s*>/gi, ' ')
    .replace(/<\/?(?:p|div|h[1-6]|li|br|tr|section|article|blockquote)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' '))
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
export function readArticle(content) {
    if (!looksLikeHtml(content)) {
        const lines = content.replace(/\r\n?/g, '\n').split('\n');
        const at = lines.findIndex((l) => l.trim() !== '');
        if (at < 0)
            return { title: '', text: '', language: null, published: null };
        const dated = readDateLine(lines[at + 1] ?? '');
        const body = lines.slice(at + (dated ? 2 : 1)).join('\n').trim();
        const published = dated?.publishedAt?.slice(0, 10) ?? null;
        return { title: lines[at].trim(), text: body, language: null, published, ...(dated?.unreadable ? { unreadableDateLine: dated.unreadable } : {}) };
    }
    const language = /<html[^>]*\slang=["']?([a-zA-Z-]{2,8})/i.exec(content)?.[1] ?? null;
    const h1 = inner(content, 'h1');
    const titleTag = inner(content, 'title');
    const title = stripTags(h1 ?? titleTag ?? '').replace(/\n/g, ' ');
    let main = inner(content, 'article') ?? inner(content, 'main') ?? inner(content, 'body') ?? content;
    // The headline is the title; keep it out of the body so it is not read twice.
    if (h1)
        main = main.replace(/<h1(?:\s[^>]*)?>[\s\S]*?<\/h1>/i, ' ');
    return { title, text: stripTags(main), language, published: null };
}
//# sourceMappingURL=article-file.js.map