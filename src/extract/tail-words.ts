/**
 * Cheap checks before the patterns that read the words just before a place ("colis en provenance
 * de", "based in", "non-"): such a pattern ends on `$`, and the regex engine tries it from every
 * position of the text before it finds, most often, nothing. The checks look at the last few
 * characters by hand; they are necessary conditions, so a pattern is only skipped where it could
 * not match, and they answer "maybe" whenever case folding could make a character outside ASCII
 * match (under the i flag "ſ" is "s").
 */

// What \s matches in a regex, for the characters outside ASCII.
const SPACE = /\s/u;
const ASCII_OR_QUOTE = /^[\u0000-\u007f’]*$/u;
const isSpace = (c: number): boolean => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(String.fromCharCode(c)));

/**
 * Whether `text`, its spaces at the end aside, may end on one of `words` (lower case, none longer
 * than `longest`). A tail holding a character outside ASCII (but ’) always may.
 * Read by character codes, with no copy of the tail: it is called for many places and figures.
 */
export function mayEndOn(text: string, words: readonly string[], longest: number): boolean {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const start = Math.max(0, end - longest);
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 127 && c !== 0x2019) return true;
  }
  for (const w of words) {
    const n = w.length;
    if (n === 0 || n > end - start) continue;
    let k = 1;
    for (; k <= n; k++) {
      let c = text.charCodeAt(end - k);
      // ASCII lower case, as toLowerCase() makes it.
      if (c >= 65 && c <= 90) c += 32;
      if (c !== w.charCodeAt(n - k)) break;
    }
    if (k > n) return true;
  }
  return false;
}

/** Whether one of `words` (lower case, none longer than `span`) may occur in the last `span` characters of `text`. */
export function mayHoldNearEnd(text: string, words: readonly string[], span: number): boolean {
  const tail = text.slice(Math.max(0, text.length - span));
  if (!ASCII_OR_QUOTE.test(tail)) return true;
  const lower = tail.toLowerCase();
  return words.some((w) => lower.includes(w));
}
