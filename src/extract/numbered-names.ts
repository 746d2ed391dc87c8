import type { Language } from '../domain/vocabulary.js';
import { findMentions } from './companies.js';
import { declareGate } from './gates.js';
import { findMarkets } from './markets.js';
import type { Quantity } from './numbers.js';

/**
 * Names that end on a number, such as a brand ("Forever 21", "Studio 100") or a chart ("Fortune
 * 500"): the number is part of the name, not a count (round 21, precision). A capitalised word
 * inside a sentence, right after a lower-case word, followed by a bare number of up to three digits
 * (no scale, no percent, no currency), is such a name; once the article writes it so, the same
 * name opening a sentence ("Forever 21 clothes will be sold...") is the name too. Places, months,
 * days and the companies we track are no such names: "in Nederland 500 medewerkers", "on June 5",
 * "heeft Bol 300 medewerkers".
 */
export function numberedNames(sentences: readonly string[], language: Language): ReadonlySet<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    if (!GATE.test(sentence)) continue;
    NAME_NUMBER.lastIndex = 0;
    for (let m = NAME_NUMBER.exec(sentence); m !== null; m = NAME_NUMBER.exec(sentence)) {
      const word = m[1]!;
      if (CALENDAR.test(word) || names.has(`${word} ${m[2]}`)) continue;
      if (findMarkets(word, language).length > 0 || findMentions(word, language).some((x) => x.competitor !== null)) continue;
      names.add(`${word} ${m[2]}`);
    }
  }
  return names;
}

/** Whether the plain count at `q` is the number of a name the article writes with it. */
export function inNumberedName(q: Quantity, sentence: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0 || q.kind !== 'count' || q.scaled) return false;
  const word = WORD_BEFORE.exec(sentence.slice(Math.max(0, q.start - 40), q.start));
  return word !== null && names.has(`${word[1]} ${sentence.slice(q.start, q.end).trim()}`);
}

// A lower-case word (or a number: "about 500 Forever 21 stores"), a space, the capitalised word,
// a space and the number, with no figure word after it.
const NAME_NUMBER =
  /[\p{Ll}\d][\s\u00A0](\p{Lu}\p{Ll}+)[\s\u00A0](\d{1,3})(?![\d\p{L}%€$£]|[.,]\d|[\s\u00A0]*(?:%|percent|per cent|procent|pour|million|billion|milliards?|millions?|miljoen|miljard|mln|mrd|bn|m(?![\p{L}])|euros?|dollars?|yuans?|pounds?|ponden|€|\$|£))/gu;
// A cheap test every match passes: a capital, lower-case letters, a space and a digit.
const GATE = /\p{Lu}\p{Ll}+[\s\u00A0]\d/u;
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[\s\u00A0]$/u;
declareGate('numbered names', NAME_NUMBER, GATE);
const CALENDAR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
