/** Shared helpers for building the cue-word regexes once, at module load. */

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation matching any of `phrases` as whole words (letters on either side break a
 * match). Longest first so "North America" wins over "America". A phrase may carry its own
 * regex syntax when `raw` is set; otherwise it is escaped and its spaces match any whitespace.
 */
export function wordsRegex(phrases: readonly string[], flags = 'giu', raw = false): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const body = sorted.map((p) => (raw ? p : escapeRegex(p).replace(/ /g, '\\s+'))).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
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
