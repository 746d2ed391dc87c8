import type { EventName } from '../domain/vocabulary.js';
import { firstLetterKey, topAlternatives } from './cue-gate.js';

/**
 * Reads the cue that starts where the gate (cue-gate.ts) found one, as the cue regex would.
 *
 * Run at one position, the cue regex still tries each of its hundreds of alternatives there, and
 * that was a large share of findEvents in a CPU profile. Most alternatives start with a plain
 * letter, and one that starts with another letter than the text fails at once: so the reader keeps,
 * for each first character met, a sticky regex of only the alternatives that may start with it,
 * in their order and under their events' group names. The first alternative that matches is then
 * the cue regex's own, and so are the match and its event.
 */
export type CueReader = (sentence: string, at: number) => RegExpExecArray | null;

export function cueReader(entries: ReadonlyArray<readonly [EventName, readonly string[]]>, flags: string): CueReader {
  const alternatives = entries.flatMap(([event, list]) => list.flatMap((fragment) => topAlternatives(fragment).map((source) => ({ event, source, key: firstLetterKey(source, flags) }))));
  const keys = [...new Set(alternatives.flatMap((a) => (a.key === null ? [] : [a.key])))];
  const sticky = `${flags.replace('g', '')}y`;
  const byChar = new Map<string, RegExp | null>();
  const readerFor = (char: string): RegExp | null => {
    const fits = new Set(keys.filter((k) => new RegExp(`^${k}$`, sticky.replace('y', '')).test(char)));
    const kept = alternatives.filter((a) => a.key === null || fits.has(a.key));
    if (kept.length === 0) return null;
    const body = entries
      .map(([event]) => kept.filter((a) => a.event === event).map((a) => a.source))
      .map((list, i) => (list.length === 0 ? '' : `(?<${entries[i]![0]}>${list.join('|')})`))
      .filter((group) => group !== '')
      .join('|');
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, sticky);
  };
  return (sentence, at) => {
    const char = sentence[at] ?? '';
    let re = byChar.get(char);
    if (re === undefined) {
      // A surrogate half is no plain letter of a key: such a position is read by the cue regex itself.
      re = char.length === 1 && !/[\uD800-\uDFFF]/u.test(char) ? readerFor(char) : null;
      byChar.set(char, re);
    }
    if (re === null) return null;
    re.lastIndex = at;
    return re.exec(sentence);
  };
}
