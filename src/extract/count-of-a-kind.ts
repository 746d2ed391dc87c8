import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

// "4.6 billion such packages", "350 miljoen van zulke pakketjes", "2 millions de tels colis": a
// count of a kind of thing across a market, not of one company's.
const SUCH_AFTER: Record<Language, RegExp> = {
  // A demonstrative points back at the kind the text just described ("4,6 milliards de ces petits
  // colis", "1.2 billion of these parcels", "2 miljard van deze pakketjes").
  en: /^[\s\u00A0]*(?:(?:of\s+)?such|of\s+(?:these|those))(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*de\s+(?:tels|telles|pareils|pareilles|ces)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:(?:van\s+)?(?:zulke|zulk|dergelijke|zo['’]n)|van\s+(?:deze|die))(?![\p{L}])/iu,
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

// A mark a company passes or means to pass is its own milestone, not a rule's threshold: "wil de
// grens van 15 miljoen klanten passeren", "crossed the 100 million customer mark", "veut franchir
// le seuil des 5 millions de clients". A rule near it keeps it a threshold ("platforms above the
// 45 million user threshold of the DSA").
const PASSES: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:pass|passes|passed|passing|cross|crosses|crossed|crossing|break|breaks|broke|top|topped|surpass\p{L}*)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:franchi\p{L}*|dépass\p{L}*|passer|passé|atteindre|atteint)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:passeren|passeert|passeerde|gepasseerd|overschrijden|overschrijdt|overschreed|overschreden|doorbreken|doorbrak|doorbroken|halen|haalde|gehaald)(?![\p{L}])/iu,
};
const RULE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:rules?|law|laws|regulation|regulators?|DSA|Digital Services Act|designat\p{L}*|obligations?|duties|exempt\p{L}*|customs|set by|imposed by|Brussels|EU|European Commission)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:règles?|loi|lois|règlement|régulateur|DSA|désign\p{L}*|obligations?|exonér\p{L}*|douanes?|fixée? par|imposée? par|Bruxelles|UE|Commission européenne)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:regels?|wet|wetten|regelgeving|toezichthouder|DSA|aangewezen|aanwijzing|verplichting\p{L}*|vrijstelling|douane|vastgesteld|opgelegd|Brussel|EU|Europese Commissie)(?![\p{L}])/iu,
};
const milestone = (sentence: string, language: Language): boolean => PASSES[language].test(sentence) && !RULE[language].test(sentence);

/** Whether a plain count is of a kind of thing, of others, or a threshold, rather than a company's own figure. */
export function countOfAKind(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'count') return false;
  const after = sentence.slice(q.end, q.end + 40);
  if (SUCH_AFTER[language].test(after) || OTHERS_AFTER[language].test(after)) return true;
  const threshold = THRESHOLD_AFTER[language].test(after) || THRESHOLD_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 30), q.start));
  return threshold && !milestone(sentence, language);
}
