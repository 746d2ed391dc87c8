import { sentenceBreaks } from './sentence-breaks.js';
/** Abbreviations after which Intl.Segmenter wrongly ends a sentence, per language (lower-cased, without the dot). */
const ABBREVIATIONS = {
    en: new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'vs', 'no', 'approx', 'e.g', 'i.e', 'u.s', 'u.k', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mn', 'bn']),
    fr: new Set(['m', 'mm', 'mme', 'mlle', 'dr', 'me', 'st', 'ste', 'cf', 'etc', 'av', 'env', 'janv', 'févr', 'fév', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'md', 'mds', 'mrd', 'mrds', 'n°', 'no', 'p', 'ex']),
    nl: new Set(['dhr', 'mevr', 'mw', 'dr', 'prof', 'ir', 'drs', 'mr', 'ing', 'st', 'bijv', 'bv', 'o.a', 'ca', 'nr', 'jan', 'feb', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', 'mld', 'mln', 'mrd', 'mio', 'ong', 'zgn', 'enz', 'resp']),
};
const segmenters = new Map();
function segmenter(language) {
    let s = segmenters.get(language);
    if (!s) {
        s = new Intl.Segmenter(language, { granularity: 'sentence' });
        segmenters.set(language, s);
    }
    return s;
}
const PARAGRAPH_END = /\n\s*$/u;
const STARTS_WITH_CLOSING_QUOTE = /^\s*[»”]/u;
const WORD_CHAR = /[\p{L}.°]/u;
const SPACE = /\s/;
// ASCII answers without a regex call; anything else asks the regex.
function isSpace(c) {
    const code = c.charCodeAt(0);
    if (code === 32)
        return true;
    if (code < 128 && code > 13)
        return false;
    return SPACE.test(c);
}
function isWordChar(c) {
    const code = c.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46)
        return true;
    if (code < 128)
        return false;
    return WORD_CHAR.test(c);
}
/** The word before a final dot ("Dhr." → "Dhr"), scanning back by hand: no regex over the whole piece. */
function lastDottedWord(piece) {
    let end = piece.length;
    while (end > 0 && isSpace(piece[end - 1]))
        end--;
    if (end === 0 || piece[end - 1] !== '.')
        return null;
    let start = end - 1;
    while (start > 0 && end - start < 20 && isWordChar(piece[start - 1]))
        start--;
    return start < end - 1 ? piece.slice(start, end - 1) : null;
}
// "$18.4bn." closes a sentence: a unit written onto its number is not an abbreviation that
// runs on ("bn." alone, as in "3 bn. dollars", still does).
const UNIT_ON_NUMBER = /\p{N}(?:bn|mn)\.\s*$/u;
function endsWithAbbreviation(piece, language) {
    const word = lastDottedWord(piece);
    if (!word)
        return false;
    if (UNIT_ON_NUMBER.test(piece.slice(-12)))
        return false;
    // A single capital letter before a dot is an initial ("M. Dupont", "J. Smith").
    return ABBREVIATIONS[language].has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}
// Iterating Intl.Segmenter over one long text costs time that grows with the square of its
// length (one 200,000-character article: 0.8 s of CPU, 6.5 s on a busy machine). Long texts are
// segmented a window at a time: the segmenter restarts cleanly at any boundary, and a window's
// last two segments, whose ends could depend on text past the window, are left for the next one.
const LONG_TEXT = 8_000;
const WINDOW = 4_000;
const WIDE = /[^\u0000-\u00ff]/u;
/**
 * A copy of `s` (written in Latin-1 characters only) that V8 stores one byte per character. A
 * slice of a text holding a wider character ("l’Union") is stored two bytes per character, and
 * every regex over it runs about twice as slow; Intl.Segmenter's sentences are such copies.
 */
const narrowCopy = (s) => Buffer.from(s, 'latin1').toString('latin1');
/** The segments of `part`: by hand when it is written in characters sentenceBreaks knows, else by Intl.Segmenter. */
function segmentsIn(part, language) {
    const ends = sentenceBreaks(part);
    if (!ends)
        return Array.from(segmenter(language).segment(part), (s) => s.segment);
    const wide = WIDE.test(part);
    const out = [];
    let start = 0;
    for (const end of ends) {
        const segment = part.slice(start, end);
        out.push(wide && !WIDE.test(segment) ? narrowCopy(segment) : segment);
        start = end;
    }
    return out;
}
function segmentsOf(text, language) {
    const out = [];
    const push = (part) => {
        for (const segment of segmentsIn(part, language))
            out.push(segment);
    };
    if (text.length <= LONG_TEXT) {
        push(text);
        return out;
    }
    let pos = 0;
    let window = WINDOW;
    while (pos < text.length) {
        const end = pos + window;
        if (end >= text.length) {
            push(text.slice(pos));
            break;
        }
        const parts = segmentsIn(text.slice(pos, end), language);
        if (parts.length < 3) {
            window *= 2;
            continue;
        }
        for (const part of parts.slice(0, -2)) {
            out.push(part);
            pos += part.length;
        }
        window = WINDOW;
    }
    return out;
}
/**
 * Splits text into sentences: Intl.Segmenter, then glues back pieces that ended on an
 * abbreviation, and moves a French closing » that the segmenter put at the start of the next
 * sentence back to the sentence it closes.
 */
export function splitSentences(text, language) {
    const out = [];
    let carry = '';
    for (const segment of segmentsOf(text, language)) {
        let piece = carry + segment;
        carry = '';
        if (STARTS_WITH_CLOSING_QUOTE.test(piece) && out.length > 0) {
            const m = /^\s*[»”]\s*/u.exec(piece);
            out[out.length - 1] = `${out[out.length - 1]} ${m[0].trim()}`;
            piece = piece.slice(m[0].length);
        }
        // A paragraph break always ends a sentence, even after "$21.2bn." or "M."
        if (!PARAGRAPH_END.test(segment) && endsWithAbbreviation(piece, language)) {
            carry = piece;
            continue;
        }
        const trimmed = piece.trim();
        if (trimmed)
            out.push(trimmed);
    }
    const rest = carry.trim();
    if (rest)
        out.push(rest);
    return out;
}
//# sourceMappingURL=sentences.js.map