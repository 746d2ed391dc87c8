/**
 * Finds the blocks of a page (or of a feed item's HTML) that are never article text even when a
 * site marks nothing up as <nav>, <footer> or <aside>: elements whose class, id or role names a
 * menu, header, footer, sidebar, related links, ticker, breadcrumb, share bar, comments,
 * newsletter, cookie banner or ad; blocks that are mostly links (menus, link lists); "Read also /
 * Lees ook / À lire aussi" teasers and the list after such a label; captions and photo credits.
 * One pass builds a loose element tree (unclosed <p> and <li> are tolerated), so this is linear.
 */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const NEVER_DROPPED = new Set(['html', 'body', 'main', 'article', 'head', 'title']);
const BLOCKS = new Set(['p', 'div', 'section', 'ul', 'ol', 'li', 'table', 'dl', 'menu', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'blockquote', 'header', 'footer', 'aside', 'nav', 'form']);
/** Blocks judged by how much of their text is links. A <p> is not: a sentence may be mostly one link. */
const LINK_LISTS = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'menu']);
/** Blocks that can open a paragraph, which closes an open <p>. */
const CLOSES_P = new Set(['p', 'div', 'section', 'ul', 'ol', 'table', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'blockquote']);
/** Parts of a class or id ("site-nav", "relatedArticles", "ad_slot") that name boilerplate. */
const BOILERPLATE_WORDS = new Set([
    'nav', 'navbar', 'navigation', 'menu', 'menubar', 'submenu', 'header', 'masthead', 'topbar', 'footer', 'sidebar',
    'related', 'ticker', 'breadcrumb', 'breadcrumbs', 'share', 'sharing', 'sharebar', 'social', 'comment', 'comments',
    'newsletter', 'cookie', 'cookies', 'consent', 'gdpr', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'adslot',
    'sponsored', 'promo', 'caption', 'credit', 'credits', 'copyright', 'lees', 'readmore',
]);
/** Words that may name an article's own header or footer (its standfirst, its date line)… */
const EDGE_WORDS = new Set(['header', 'masthead', 'topbar', 'footer']);
/** …which a class naming the article keeps: "article-header", "entry-footer" (but not "post-share"). */
const CONTENT_WORDS = new Set(['article', 'body', 'content', 'main', 'story', 'post', 'entry', 'text']);
const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'search', 'dialog', 'alertdialog']);
/** "Read also", "Lees ook", "À lire aussi"… at the start of a block. */
const READ_ALSO = /^(?:lees\s+(?:ook|meer|verder)|ook\s+interessant|meer\s+over|gerelateerd|read\s+(?:also|more)|see\s+also|related(?:\s+(?:articles?|stories|news|coverage|content))?|more\s+on\s+this|(?:à|a)\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|la\s+suite)|voir\s+aussi|sur\s+le\s+même\s+sujet)(?=$|[\s:.|»›>-])/i;
/** A short block that is a photo credit: "Photo : AFP", "Foto: ANP", "© Reuters". */
const CREDIT = /^(?:©|\(c\)\s|(?:photo|foto|beeld|image|illustration|crédits?|credits?|copyright)s?\s*(?::|©|\/))/i;
/** Open elements tracked at most (real pages nest a few dozen deep). */
const MAX_DEPTH = 256;
const newNode = (tag, start, attrs) => ({ tag, start, end: -1, attrs, children: [], text: 0, linkText: 0, links: 0 });
function parseTree(html) {
    const root = newNode('#root', 0, '');
    const stack = [root];
    let inLink = 0;
    // Links inside a <p> are part of a sentence, not of a menu: their text does not count as link text.
    let inParagraph = 0;
    const close = (node, at) => {
        node.end = at;
        if (node.tag === 'a')
            inLink = Math.max(0, inLink - 1);
        if (node.tag === 'p')
            inParagraph = Math.max(0, inParagraph - 1);
        const parent = stack[stack.length - 1];
        parent.text += node.text;
        parent.linkText += node.linkText;
        parent.links += node.links;
    };
    for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*)>|[^<]+|</g)) {
        const at = m.index;
        if (m[2] === undefined) {
            const top = stack[stack.length - 1];
            const chars = m[0].replace(/\s+|&nbsp;/g, '').length;
            top.text += chars;
            if (inLink && !inParagraph)
                top.linkText += chars;
            continue;
        }
        const tag = m[2].toLowerCase();
        if (m[1]) {
            const open = stack.findLastIndex((n) => n.tag === tag);
            if (open < 1)
                continue;
            while (stack.length > open)
                close(stack.pop(), at + m[0].length);
            continue;
        }
        const top = stack[stack.length - 1];
        if ((top.tag === 'p' && CLOSES_P.has(tag)) || (top.tag === 'li' && tag === 'li'))
            close(stack.pop(), at);
        // Deeper than MAX_DEPTH, elements are not tracked (their text counts to the deepest one that
        // is): closing a tag searches the open ones, which must stay a short search.
        if (stack.length >= MAX_DEPTH)
            continue;
        const node = newNode(tag, at, m[3] ?? '');
        stack[stack.length - 1].children.push(node);
        if (VOID.has(tag) || m[3]?.trimEnd().endsWith('/')) {
            node.end = at + m[0].length;
            continue;
        }
        if (tag === 'a') {
            inLink++;
            node.links = 1;
        }
        if (tag === 'p')
            inParagraph++;
        stack.push(node);
    }
    while (stack.length > 1)
        close(stack.pop(), html.length);
    root.end = html.length;
    return root;
}
const ATTRIBUTE = { role: /\brole\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i, class: /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i, id: /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i };
const attr = (attrs, name) => {
    if (!attrs)
        return '';
    const m = ATTRIBUTE[name].exec(attrs);
    return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
};
/** "site-nav relatedArticles ad_slot" → ["site", "nav", "related", "articles", "ad", "slot"]. */
const nameParts = (names) => names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
function namedBoilerplate(node) {
    if (BOILERPLATE_ROLES.has(attr(node.attrs, 'role').trim().toLowerCase()))
        return true;
    if (node.tag === 'figcaption')
        return true;
    const parts = nameParts(`${attr(node.attrs, 'class')} ${attr(node.attrs, 'id')}`);
    const named = parts.filter((p) => BOILERPLATE_WORDS.has(p));
    if (!named.length)
        return false;
    return named.some((p) => !EDGE_WORDS.has(p)) || !parts.some((p) => CONTENT_WORDS.has(p));
}
const linkDense = (node) => LINK_LISTS.has(node.tag) && node.text > 0 && node.linkText / node.text >= 0.6 && (node.links >= 2 || node.text < 80);
/** The start of a short block's text, for the "Read also" and credit checks. */
const headText = (html, node) => html
    .slice(node.start, Math.min(node.end, node.start + 400))
    .replace(/^<[^>]*>/, '')
    .replace(/<[^>]*>|&nbsp;|\s+/g, ' ')
    .trim();
/** Character ranges [start, end) of the boilerplate blocks, in document order, not overlapping. */
export function boilerplateRanges(html) {
    const ranges = [];
    const root = parseTree(html);
    // A work list, not recursion: a page of thousands of nested <div>s must not overflow the stack.
    const pending = [root];
    for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
        let afterLabel = false;
        for (const child of node.children) {
            if (!child.text)
                continue;
            if (NEVER_DROPPED.has(child.tag)) {
                afterLabel = false;
                pending.push(child);
                continue;
            }
            const head = child.text < 300 ? headText(html, child) : '';
            const label = BLOCKS.has(child.tag) && READ_ALSO.test(head);
            const drop = (afterLabel && isLinkList(child)) ||
                // A wrapper holding most of the page ("container has-sidebar") is looked into, not dropped.
                (namedBoilerplate(child) && child.text * 2 < root.text) ||
                linkDense(child) ||
                (label && child.text < 300) ||
                (child.text < 150 && CREDIT.test(head));
            // A bare "Lees ook" / "Related" label takes the list after it along.
            afterLabel = label && child.text < 40;
            if (drop)
                ranges.push([child.start, child.end]);
            else
                pending.push(child);
        }
    }
    return ranges.sort((a, b) => a[0] - b[0]);
}
const isLinkList = (node) => node.tag === 'ul' || node.tag === 'ol' || node.tag === 'menu' || (LINK_LISTS.has(node.tag) && node.linkText / node.text >= 0.3);
/** The HTML without its boilerplate blocks; each removed block leaves a line break, so text on either side stays apart. */
export function withoutBoilerplateBlocks(html) {
    const ranges = boilerplateRanges(html);
    if (!ranges.length)
        return html;
    let out = '';
    let from = 0;
    for (const [start, end] of ranges) {
        out += `${html.slice(from, start)}<br>`;
        from = end;
    }
    return out + html.slice(from);
}
//# sourceMappingURL=boilerplate-blocks.js.map