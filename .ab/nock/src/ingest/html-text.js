import { withoutBoilerplateBlocks } from './boilerplate-blocks.js';
const NAMED = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—',
    lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', hellip: '…', euro: '€',
    pound: '£', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô',
    ucirc: 'û', icirc: 'î', iuml: 'ï', euml: 'ë', ouml: 'ö', uuml: 'ü', auml: 'ä', Eacute: 'É', thinsp: '\u2009',
    shy: '',
};
/** Decodes character references (&amp; &#233; &#xE9; and the common named ones). */
export function decodeEntities(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref) => {
        if (ref[0] === '#') {
            const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED[ref] ?? whole;
    });
}
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'aside', 'header', 'form', 'iframe', 'figcaption'];
const BLOCK = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|section|article|main|blockquote|tr|table|figure|figcaption|hr)\b[^>]*>/gi;
/**
 * Removes elements whose text is never article text: scripts, navigation, footers, captions, and
 * the blocks that are boilerplate by their class or role, by being mostly links, or by opening
 * with "Read also" (see boilerplate-blocks.ts).
 */
export function dropBoilerplate(html) {
    let out = html.replace(/<!--[\s\S]*?-->/g, ' ');
    for (const tag of DROPPED) {
        out = out.replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}\\s*>`, 'gi'), ' ');
    }
    return withoutBoilerplateBlocks(out);
}
/** HTML fragment → plain text with paragraph breaks kept. Safe on any input (no nested quantifiers). */
export function htmlToText(html) {
    if (!html.includes('<') && !html.includes('&'))
        return tidy(html);
    const text = dropBoilerplate(html).replace(BLOCK, '\n\n').replace(/<[^>]*>/g, ' ');
    return tidy(decodeEntities(text));
}
const SPACE = /\s/;
const BESIDE_BREAK = / \n|\n(?: |\n\n)/;
/**
 * Whether tidy() would change the text: a space at an edge, two spaces, a space beside a line
 * break, three breaks in a row, or a CR, tab, form feed, vertical tab or no-break space. Looked
 * for one by one, each a native scan: one expression for them all tried every position of every
 * text, and a feed's items are mostly tidy already.
 */
function untidy(text) {
    if (!text)
        return false;
    if (SPACE.test(text[0]) || SPACE.test(text[text.length - 1]) || text.includes('  '))
        return true;
    if (text.includes('\n') && BESIDE_BREAK.test(text))
        return true;
    return text.includes('\r') || text.includes('\t') || text.includes('\u00a0') || text.includes('\f') || text.includes('\v');
}
/** Collapses runs of spaces, keeps paragraph breaks. */
export function tidy(text) {
    if (!untidy(text))
        return text;
    return text
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t\f\v\u00a0]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
}
/** Attributes of one start tag: `<meta property="og:title" content="…">` → {property, content}. */
export function attributes(tag) {
    const out = {};
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
        out[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
    }
    return out;
}
//# sourceMappingURL=html-text.js.map