import type { Language } from '../domain/vocabulary.js';
import { findMarkets } from './markets.js';

/**
 * Whether the "together" word that `combined` finds in `text` joins places, not companies: "in
 * Nederland en België samen 3.000 mensen", "in the US and Canada combined", "en France et en
 * Belgique ensemble". A figure for places together is still the company's.
 */
export function placesJoined(text: string, combined: RegExp, language: Language): boolean {
  const word = combined.exec(text);
  if (!word) return false;
  const before = text.slice(Math.max(0, word.index - 40), word.index);
  const trimmed = before.trimEnd();
  // Places joined are two or more: "in België samen" after two company names joins the companies.
  const places = findMarkets(trimmed, language).filter((m) => m.kind !== 'global');
  if (places.length >= 2 && places.some((m) => m.end === trimmed.length)) return true;
  // Round 15b: places joined earlier in the clause, with one subject between them and the word:
  // "In Nederland en België heeft de webwinkel samen 6 miljoen klanten", "In France and Belgium
  // the retailer together counts 6 million customers". Not when a second subject or a plural one
  // stands between ("In Nederland hebben Shein en Temu samen", "in France, they together").
  const head = text.slice(0, word.index);
  const joined = findMarkets(head, language).filter((m) => m.kind !== 'global');
  if (joined.length < 2) return false;
  const last = joined[joined.length - 1]!;
  const prior = joined[joined.length - 2]!;
  const gap = head.slice(last.end).replace(/^\s*,/u, '');
  return gap.length <= 60 && !/[,;:]/u.test(gap) && JOINER[language].test(head.slice(prior.end, last.start)) && !SECOND_SUBJECT[language].test(gap);
}

// The two places are joined by a coordinator: "Nederland en België", "France et Belgique".
const JOINER: Record<Language, RegExp> = {
  en: /^\s*(?:and|&)\s+(?:(?:in|the)\s+)?$/iu,
  fr: /^\s*et\s+(?:(?:en|au|aux|la|le|les)\s+|l['’])?$/iu,
  nl: /^\s*en\s+(?:(?:in|het|de)\s+)?$/iu,
};
const SECOND_SUBJECT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:and|&|they|both|all)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:et|ils|elles|les deux|tous|toutes)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:en|ze|zij|beide|beiden|allemaal|hebben|tellen)(?![\p{L}])/iu,
};
