/** Shared helpers for building the cue-word regexes once, at module load. */

/** `s` with the characters a regex gives a meaning escaped. */
export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Not after a letter or a digit: `(?<![\p{L}\p{N}])`, with the ASCII ones ruled out first by a
 * cheap class. At a word-list regex's every position the engine checks what precedes it, and on a
 * two-byte text (one curly apostrophe makes a whole article one) the full Unicode classes cost
 * several comparisons per character (measured: the market names' scan of such texts takes about a
 * third less time). The same matches: every ASCII letter and digit is one of \p{L}\p{N}.
 */
export const NOT_AFTER_WORD = '(?<![a-zA-Z0-9])(?<![\\p{L}\\p{N}])';

/**
 * One alternation matching any of `phrases` as whole words (letters on either side break a
 * match). Longest first so "North America" wins over "America". A phrase may carry its own
 * regex syntax when `raw` is set; otherwise it is escaped and its spaces match any whitespace.
 */
export function wordsRegex(phrases: readonly string[], flags = 'giu', raw = false): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = raw ? sorted.join('|') : byFirstCharacter(sorted, flags);
  return new RegExp(`${NOT_AFTER_WORD}(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

/**
 * The alternation of plain phrases with those that open on the same character gathered behind it:
 * "sales|shop|revenue" → "s(?:ales|hop)|revenue". The regex then tries one character per group
 * instead of every phrase at every word start (the market names are hundreds of phrases).
 * Matches are the same: phrases whose first characters differ (also ignoring case, under the i flag)
 * never match at one place, and within a group the longest-first order is kept.
 */
function byFirstCharacter(sorted: readonly string[], flags: string): string {
  const plain = sorted.map((p) => escapeRegex(p).replace(/ /g, '\\s+'));
  const firsts = sorted.map((p) => String.fromCodePoint(p.codePointAt(0) ?? 32));
  // A phrase that opens on a space (or is empty) keeps the plain alternation.
  if (firsts.some((c) => /^\s$/u.test(c))) return plain.join('|');
  const one = flags.replace(/[gy]/g, '');
  // Each first character's group: the first one met that matches it under the flags.
  const keyOf = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (let i = 0; i < plain.length; i++) {
    const c = firsts[i]!;
    let key = keyOf.get(c);
    if (key === undefined) {
      key = [...groups.keys()].find((k) => new RegExp(`^${k}$`, one).test(c)) ?? escapeRegex(c);
      keyOf.set(c, key);
    }
    const rests = groups.get(key) ?? [];
    rests.push(plain[i]!.slice(escapeRegex(c).length));
    groups.set(key, rests);
  }
  return [...groups].map(([key, rests]) => `${key}(?:${rests.join('|')})`).join('|');
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

/** All matches of a global regex in `text`, as spans. */
export function hits(re: RegExp, text: string): Hit[] {
  const out: Hit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Lower-cased, apostrophes unified, for dictionary look-ups of matched text. */
export const norm = (s: string): string => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
