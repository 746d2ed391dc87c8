import type { Language } from '../domain/vocabulary.js';

/**
 * A sum someone is ordered to pay, agrees to pay to settle a case, or has demanded from them by an
 * authority is a fine, though no fine word is near it: "agreed to pay $2.5 billion to resolve
 * allegations", "ordered its subsidiary to pay €32 million", "la DGCCRF lui avait réclamé 40
 * millions d'euros", "condamné à payer", "moet 10 miljoen euro betalen", "veroordeeld tot het
 * betalen van". Read only when no money word of the clause says what the sum is; a price paid for
 * a company ("agreed to pay $1bn for the startup") is not one.
 */
const BEFORE: Record<Language, RegExp> = {
  en: /(?:(?<![\p{L}])(?:agree[sd]?|agreeing|ordered|order(?:s|ing)?|forced|required|told|must|will have)\s+(?:[\p{L}'’-]+\s+){0,7}?to\s+pay|[\p{Lu}][\p{L}.]*\s+to\s+pay)\s*(?:(?:about|around|some|nearly|almost|more than|over|up to)\s+)*$/iu,
  fr: /(?<![\p{L}])(?:(?:condamnée?s?|contraint\p{L}*|obligée?s?|sommée?s?)\s+(?:à|de)\s+(?:payer|verser|rembourser)|(?:accepté|accepte|acceptent|devra|devront|doit|doivent)\s+(?:de\s+)?(?:payer|verser)|(?:lui|leur)\s+(?:a|avait|ont|avaient)\s+(?:déjà\s+)?(?:réclamé|infligé|imposé)|réclam\p{L}*\s+(?:à\s+[\p{Lu}][\p{L}]+\s+)?)\s*(?:(?:environ|près de|plus de|quelque|jusqu['’]à)\s+)*$/iu,
  nl: /(?<![\p{L}])(?:veroordeeld\s+tot\s+(?:het\s+)?(?:betalen\s+van\s+)?|(?:moet|moeten|moest|moesten)\s+(?:[\p{L}'’-]+\s+){0,4}?|(?:stemde|stemden|stemt)\s+(?:er\s+)?(?:mee\s+)?in\s+(?:om\s+)?)\s*(?:(?:ruim|bijna|zo['’]n|meer dan|circa|ongeveer)\s+)*$/iu,
};
// Dutch puts the verb after the sum: "moet 10 miljoen euro betalen".
const NL_VERB_AFTER = /^\s*(?:[\p{L}]+\s+){0,3}?(?:betalen|te betalen|terugbetalen|overmaken)(?![\p{L}])/iu;
// What the money buys: a company or a stake is a purchase, not a penalty.
const FOR_A_PURCHASE = /^[^.;]{0,40}?(?<![\p{L}])(?:for (?:the |a |an )?(?:stake|startup|company|firm|business|rights|acquisition|purchase)|to (?:buy|acquire)|pour (?:racheter|acquérir|le rachat|l['’]acquisition)|voor (?:de )?(?:overname|aankoop)|om [\p{L}\s]{0,30}over te nemen)/iu;

// Cheap gate: one of these stems must be near the sum before any regex runs.
const PAY_STEMS: Record<Language, string[]> = {
  en: ['pay'],
  fr: ['pay', 'vers', 'rembours', 'réclam', 'inflig', 'impos'],
  nl: ['betal', 'veroordeeld', 'stemde', 'stemt'],
};

export function orderedPayment(sentence: string, start: number, end: number, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 90), start);
  const after = sentence.slice(end, end + 60);
  if (!PAY_STEMS[language].some((w) => before.includes(w) || (language === 'nl' && after.includes(w)))) return false;
  if (FOR_A_PURCHASE.test(after)) return false;
  if (!BEFORE[language].test(before)) return false;
  return language !== 'nl' || /(?:veroordeeld|stemde|stemden|stemt)/iu.test(before) || NL_VERB_AFTER.test(after);
}
