/**
 * An Atom text construct of type="xhtml" (<title>, <subtitle>, <summary>, <content>, <rights>),
 * prefixed or not. Its markup is XML inside the feed, so the feed parser hands it over as a tree:
 * a title becomes an object instead of text, and content comes back with its mixed text
 * reordered ("Amazon had <b>4,000</b> employees" read as "Amazon had employees … 4,000").
 * An empty construct (<title type="xhtml"/>) has nothing to rewrite and is left alone.
 */
const XHTML_CONSTRUCT = /<((?:[\w.-]+:)?(?:title|subtitle|summary|content|rights))(\s[^>]*?\btype\s*=\s*)(["'])xhtml\3([^>]*)(?<!\/)>([\s\S]*?)<\/\1\s*>/g;
const escapeMarkup = (xml) => xml.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/**
 * Atom xhtml text constructs rewritten as type="html" with their markup escaped, which every feed
 * parser reads as one string of HTML in document order. Anything else is left as it is.
 */
export function xhtmlConstructsAsHtml(xml) {
    if (!xml.includes('xhtml'))
        return xml;
    return xml.replace(XHTML_CONSTRUCT, (_whole, tag, before, quote, after, inner) => `<${tag}${before}${quote}html${quote}${after}>${escapeMarkup(inner)}</${tag}>`);
}
//# sourceMappingURL=atom-xhtml.js.map