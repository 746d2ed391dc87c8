/**
 * Cheap checks before the patterns that read the words just before a place ("colis en provenance
 * de", "based in", "non-"): such a pattern ends on `$`, and the regex engine tries it from every
 * position of the text before it finds, most often, nothing. The checks look at the last few
 * characters by hand; they are necessary conditions, so a pattern is only skipped where it could
 * not match, and they answer "maybe" whenever case folding could make a character outside ASCII
 * match (under the i flag "ſ" is "s").
 */

// What \s matches in a regex.
const SPACE = /\s/u;
const ASCII_OR_QUOTE = /^[\u0000-\u007f’]*$/u;

/**
 * Whether `text`, its spaces at the end aside, may end on one of `words` (lower case, none longer
 * than `longest`). A tail holding a character outside ASCII (but ’) always may.
 */
export function mayEndOn(text: string, words: readonly string[], longest: number): boolean {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  const tail = text.slice(Math.max(0, end - longest), end);
  if (!ASCII_OR_QUOTE.test(tail)) return true;
  const lower = tail.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  for (const w of words) if (w.charCodeAt(w.length - 1) === last && lower.endsWith(w)) return true;
  return false;
}

/** Whether one of `words` (lower case, none longer than `span`) may occur in the last `span` characters of `text`. */
export function mayHoldNearEnd(text: string, words: readonly string[], span: number): boolean {
  const tail = text.slice(Math.max(0, text.length - span));
  if (!ASCII_OR_QUOTE.test(tail)) return true;
  const lower = tail.toLowerCase();
  return words.some((w) => lower.includes(w));
}
