import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * A figure in brackets right after a name is that name's: "bien moins que Microsoft (+23 %) ou
 * Alphabet (+45 %)", "ahead of Zalando (12%)", "gevolgd door Coolblue (2,1 miljard euro)" (round
 * 21, precision). When the name is no company we track, the figure is not the one the article is
 * about; "Amazon (+2%)" keeps it.
 */
export function bracketedUntracked(mentions: readonly Mention[], q: Quantity, sentence: string): boolean {
  if (sentence.charCodeAt(q.start - 1) !== 40 && !OPEN_BEFORE.test(sentence.slice(Math.max(0, q.start - 6), q.start))) return false;
  const name = NAME_BEFORE.exec(sentence.slice(Math.max(0, q.start - 60), q.start));
  if (name === null) return false;
  const at = q.start - name[0].length;
  return !mentions.some((m) => m.competitor !== null && m.end > at && m.start < at + name[1]!.length);
}

// The bracket opens right before the figure, after a sign or a currency at most.
const OPEN_BEFORE = /\([+\-−±$€£]?[\s\u00A0]*$/u;
// A capitalised name of one to three words, then the bracket: "Microsoft (+", "Albert Heijn (".
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{N}&.'’-]*(?:[\s\u00A0]+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2})[\s\u00A0]*\([+\-−±$€£]?[\s\u00A0]*$/u;
