import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

// "4.6 billion such packages", "350 miljoen van zulke pakketjes", "2 millions de tels colis": a
// count of a kind of thing across a market, not of one company's.
const SUCH_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:of\s+)?such(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*de\s+(?:tels|telles|pareils|pareilles)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:van\s+)?(?:zulke|zulk|dergelijke|zo['’]n)(?![\p{L}])/iu,
};
// "24 other members of the consumer organisation", "12 autres associations", "30 andere leden":
// the others counted beside someone are peers, not a company's customers or sellers.
const OTHERS_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*other(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*autres(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*andere(?![\p{L}])/iu,
};
// "above the 45 million user threshold", "le seuil de 45 millions d'utilisateurs", "de drempel
// van 45 miljoen gebruikers": a threshold a rule sets, not a figure anyone reached.
const THRESHOLD_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:threshold|mark|cap|ceiling|limit)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:d['’]|de\s+)?(?:[\p{L}-]+[\s\u00A0]+){0,1}?(?:seuil|plafond)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,1}?(?:drempel|grens|plafond)(?![\p{L}])/iu,
};
const THRESHOLD_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:threshold|cap|ceiling|limit)\s+of\s+(?:[\p{L}]+\s+)?$/iu,
  fr: /(?<![\p{L}])(?:seuil|plafond)\s+(?:de|d['’]|des|fixé à)\s*(?:[\p{L}]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:drempel|grens|drempelwaarde|plafond)\s+(?:van|op)\s+(?:[\p{L}]+\s+)?$/iu,
};

/** Whether a plain count is of a kind of thing, of others, or a threshold, rather than a company's own figure. */
export function countOfAKind(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count') return false;
  const after = sentence.slice(q.end, q.end + 40);
  return (
    SUCH_AFTER[language].test(after) ||
    OTHERS_AFTER[language].test(after) ||
    THRESHOLD_AFTER[language].test(after) ||
    THRESHOLD_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 30), q.start))
  );
}
