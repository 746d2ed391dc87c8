import { hash } from 'node:crypto';
const TRACKING = /^(utm_\w*|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src)$/i;
/**
 * The form of a link used to recognise the same article: lower-case host, no default port,
 * no fragment, no tracking parameters (utm_*, fbclid…), no trailing slash. Not a URL → as given.
 */
export function canonicalUrl(raw) {
    if (!raw)
        return null;
    const plain = plainCanonical(raw.trim());
    if (plain !== null)
        return plain;
    let url;
    try {
        url = new URL(raw.trim());
    }
    catch {
        return raw.trim() || null;
    }
    // Most links have neither: reading searchParams builds an object, and setting hash reserialises.
    // A parsed URL has a fragment only if the text had a '#', and parameters only if search is set.
    if (raw.includes('#'))
        url.hash = '';
    if (url.search)
        for (const key of [...url.searchParams.keys()])
            if (TRACKING.test(key))
                url.searchParams.delete(key);
    if (url.pathname.length > 1)
        url.pathname = url.pathname.replace(/\/+$/, '');
    const out = url.toString();
    return url.pathname === '/' && !url.search ? out.replace(/\/$/, '') : out;
}
/**
 * A plain link: http(s), a lower-case host of letters, digits and hyphens whose last label starts
 * with a letter (no IP address, no port), a path of unreserved characters and nothing after it.
 */
const PLAIN_LINK = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*(?:\/[\w.~-]*)*$/;
/** A '.' or '..' path segment, which URL parsing resolves. */
const DOT_SEGMENT = /\/\.{1,2}(?:\/|$)/;
/**
 * canonicalUrl of a plain link without parsing it: URL parsing changes nothing in one (no case,
 * port, escape, dot segment, fragment or parameter to fix; 'xn--' hosts are left to it, it checks
 * them), so only the trailing slashes go. Null for any other link. Feeds are mostly plain links,
 * and parsing each one cost more than all the rest of telling it apart.
 */
function plainCanonical(link) {
    return isPlainLink(link) ? link.replace(/\/+$/, '') : null;
}
/** A link URL parsing would leave as it is, but for the '/' of an empty path (see plainCanonical). */
export const isPlainLink = (link) => PLAIN_LINK.test(link) && !DOT_SEGMENT.test(link) && !link.includes('xn--');
/** Reused buffers of normaliseAscii: the text's UTF-8 bytes, and the result (grown when a longer text comes). */
let asciiIn = Buffer.alloc(64 * 1024);
let asciiOut = Buffer.alloc(64 * 1024);
/**
 * normaliseText of ASCII text in one pass over its bytes: letters lower-cased, each run of
 * anything else between two words one space, none at the ends. The same result as
 * `toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()`, several times faster, and ingestion
 * normalises every article it reads. The text is written out as UTF-8 first (one native copy):
 * reading a string character by character is slow, above all an article glued from its title
 * and body, and a byte of 128 or more says at once that the text is not ASCII. Null then.
 */
function normaliseAscii(text) {
    // UTF-8 takes at most three bytes per UTF-16 unit; a text that does not fit is not all ASCII anyway.
    if (asciiIn.length < text.length * 3) {
        asciiIn = Buffer.alloc(text.length * 3);
        asciiOut = Buffer.alloc(text.length);
    }
    const length = asciiIn.write(text, 0, 'utf8');
    const bytes = asciiIn;
    const out = asciiOut;
    let n = 0;
    let gap = false;
    for (let i = 0; i < length; i++) {
        let c = bytes[i];
        if (c >= 128)
            return null;
        if (c >= 65 && c <= 90)
            c += 32;
        if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
            if (gap && n > 0)
                out[n++] = 32;
            gap = false;
            out[n++] = c;
        }
        else
            gap = true;
    }
    return out.toString('latin1', 0, n);
}
/** Lower case, accents folded, punctuation to spaces: the text two copies of an article share. */
export function normaliseText(text) {
    // ASCII has nothing to fold: the same result without Unicode normalisation and classes.
    const ascii = normaliseAscii(text);
    if (ascii !== null)
        return ascii;
    return text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
/** The text an article is hashed and signed by: title, then body. */
export const articleText = (title, text) => `${title}\n${text}`;
/**
 * contentHash of an article already through normaliseText (ingestion normalises once for hash and
 * signature). One-shot crypto.hash: the same SHA-1 as createHash, without a Hash object per item.
 */
export const hashOfNormalised = (normalised) => hash('sha1', normalised, 'hex');
/** Same title and text once normalised → same hash, whatever the markup or spacing. */
export function contentHash(title, text) {
    return hashOfNormalised(normaliseText(articleText(title, text)));
}
//# sourceMappingURL=dedupe.js.map