const isLanguage = (v) => v === 'en' || v === 'fr' || v === 'nl';
let detector = null;
/**
 * Loads eld (limited to en/fr/nl). Its model costs start-up time, so callers load it only when
 * a text's language is neither declared nor obvious from its function words.
 */
export async function loadLanguageDetector() {
    if (detector)
        return;
    const { eld } = await import('eld/small');
    eld.setLanguageSubset(['en', 'fr', 'nl']);
    detector = eld;
}
// Function words only one of the three languages uses ("de", "in", "is" are shared and left out).
const FUNCTION_WORDS = {
    en: ['the', 'and', 'of', 'to', 'with', 'for', 'its', 'has', 'said', 'from', 'that', 'which', 'was', 'were'],
    fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'pour', 'qui', 'sur', 'au', 'aux', 'avec', 'ses', 'selon'],
    nl: ['het', 'een', 'van', 'op', 'voor', 'met', 'dat', 'zijn', 'heeft', 'niet', 'ook', 'wordt', 'naar', 'bij', 'volgens'],
};
const LANGUAGES = ['en', 'fr', 'nl'];
// A word of 2 to 7 ASCII letters as a number, case ignored ("The" and "the" alike): words are
// looked up without making a string of each.
const LONGEST = 7;
const lowerCode = (code) => code | 32;
const keyOf = (word) => {
    let key = 0;
    for (let i = 0; i < word.length; i++)
        key = key * 32 + (lowerCode(word.charCodeAt(i)) - 96);
    return key;
};
// Which language's list a word is on, by its key.
const WORD_LANGUAGE = new Map(LANGUAGES.flatMap((l) => FUNCTION_WORDS[l].map((w) => [keyOf(w), l])));
// For a word with a character past ASCII, the case-insensitive Unicode match decides
// ("ſelon" is "selon" under it); such words are rare.
const FUNCTION_WORD = {
    en: new RegExp(`^(?:${FUNCTION_WORDS.en.join('|')})$`, 'iu'),
    fr: new RegExp(`^(?:${FUNCTION_WORDS.fr.join('|')})$`, 'iu'),
    nl: new RegExp(`^(?:${FUNCTION_WORDS.nl.join('|')})$`, 'iu'),
};
const LETTER = /\p{L}/u;
const isAsciiLetter = (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
/** The length of the letter at `i` (1, or 2 for a surrogate pair), 0 if none starts there. */
function letterAt(text, i) {
    const code = text.charCodeAt(i);
    if (code < 128)
        return isAsciiLetter(code) ? 1 : 0;
    if (code < 0xd800 || code > 0xdfff)
        return isBmpLetter(code) ? 1 : 0;
    const point = text.codePointAt(i);
    if (!LETTER.test(String.fromCodePoint(point)))
        return 0;
    return point > 0xffff ? 2 : 1;
}
// Whether a character of the Basic Multilingual Plane is a letter, asked of the regex once per character.
const BMP_LETTER = new Uint8Array(0x10000);
function isBmpLetter(code) {
    if (BMP_LETTER[code] === 0)
        BMP_LETTER[code] = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    return BMP_LETTER[code] === 1;
}
/**
 * How many of each language's function words `text` holds, as whole words (no letter on either
 * side; an English one also not followed by an apostrophe, "that's"), in one pass over its words.
 */
function functionWordCounts(text) {
    const counts = { en: 0, fr: 0, nl: 0 };
    let i = 0;
    while (i < text.length) {
        let step = letterAt(text, i);
        if (step === 0) {
            i++;
            continue;
        }
        const start = i;
        let ascii = true;
        let key = 0;
        do {
            const code = text.charCodeAt(i);
            if (step === 2 || code >= 128)
                ascii = false;
            else
                key = key * 32 + (lowerCode(code) - 96);
            i += step;
            step = i < text.length ? letterAt(text, i) : 0;
        } while (step > 0);
        if (ascii && (i - start < 2 || i - start > LONGEST))
            continue;
        const language = ascii ? WORD_LANGUAGE.get(key) : LANGUAGES.find((l) => FUNCTION_WORD[l].test(text.slice(start, i)));
        if (!language)
            continue;
        if (language === 'en' && (text[i] === "'" || text[i] === '’'))
            continue;
        counts[language]++;
    }
    return counts;
}
/** The language when its function words clearly outnumber the others' (8 or more, 3 to 1); else null. */
export function obviousLanguage(sample) {
    const counts = functionWordCounts(sample.slice(0, 1000));
    const scores = LANGUAGES.map((l) => [l, counts[l]]).sort((a, b) => b[1] - a[1]);
    const [best, second] = [scores[0], scores[1]];
    return best[1] >= 8 && best[1] >= 3 * second[1] ? best[0] : null;
}
/**
 * The declared language when it is one we read ("fr-BE" counts as fr); otherwise the obvious
 * one, else detected with eld when loaded; English when nothing can be told.
 */
export function resolveLanguage(declared, sample) {
    if (typeof declared === 'string') {
        const base = declared.trim().toLowerCase().slice(0, 2);
        if (isLanguage(base))
            return base;
    }
    const obvious = obviousLanguage(sample);
    if (obvious)
        return obvious;
    try {
        const found = detector?.detect(sample.slice(0, 1000)).language;
        return isLanguage(found) ? found : 'en';
    }
    catch {
        return 'en';
    }
}
//# sourceMappingURL=language.js.map