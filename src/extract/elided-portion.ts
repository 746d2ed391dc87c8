import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * A percent that opens a clause after a portion of some things is a portion of the same things,
 * their noun left out: "the probe found that 57% of the discounts were fake and 11% even hid a
 * price rise", "57 % des annonces ne correspondaient à aucune baisse, et 11 % masquaient une
 * hausse", "62 procent van de aanbiedingen was misleidend en 9 procent verborg een stijging". The
 * change word after it is the thing's, not the company's: the percent is no growth and no share.
 * A portion of a market ("30% of the French market and 20% in Spain") is a share and stays one;
 * so does a percent with its own "of"/"in" after it.
 */
export function elidedPortion(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'percent') return false;
  const before = sentence.slice(Math.max(0, q.start - 200), q.start);
  if (!OPENS_CLAUSE[language].test(before.slice(-40))) return false;
  const word = NEXT_WORD.exec(sentence.slice(q.end, q.end + 30));
  if (word === null || OWN_NOUN[language].test(word[1]!)) return false;
  const portion = PORTION[language].exec(before);
  return portion !== null && !MARKET_WORD.test(portion[1]!);
}

// "... and 11%", ", et que 11 %", "en 9 procent": the percent (the digits before it) opens a clause.
const OPENS_CLAUSE: Record<Language, RegExp> = {
  en: /(?:[,;]|(?<![\p{L}])(?:and|while|whereas|but))\s+(?:(?:that|about|some|nearly|almost|another|a further)\s+)*$/iu,
  fr: /(?:[,;]|(?<![\p{L}])(?:et|tandis|alors|mais))\s+(?:(?:que|qu['’]|près de|environ|encore)\s*)*$/iu,
  nl: /(?:[,;]|(?<![\p{L}])(?:en|terwijl|maar))\s+(?:(?:dat|ruim|bijna|zo['’]n|nog|eens)\s+)*$/iu,
};
// The word after the percent sign or word.
const NEXT_WORD = /^[\s\u00A0]*(?:(?:%|percent|per cent|pour cent|procent)[\s\u00A0]+)?(\p{Ll}[\p{L}'’]*)/u;
// A word after the percent that gives it its own noun, place or unit.
const OWN_NOUN: Record<Language, RegExp> = {
  en: /^(?:of|in|on|at|for|per|points?|from|to|more|less|higher|lower|up|down|growth|rise|increase|drop|fall|decline|share|year|a)$/iu,
  fr: /^(?:de|des|du|d['’]\p{L}*|en|au|aux|à|sur|pour|par|points?|contre|de plus|en plus|hausse|baisse|croissance|progression|recul|part)$/iu,
  nl: /^(?:van|in|op|voor|per|procentpunt|procentpunten|punt|punten|tegen|meer|minder|hoger|lager|groei|stijging|daling|aandeel|groeide|steeg|daalde)$/iu,
};
// An earlier portion of some things: "57% of the listings", "57 % des annonces", "62 procent van de aanbiedingen".
const PORTION: Record<Language, RegExp> = {
  en: /\d[\s\u00A0]?(?:%|percent|per cent)[\s\u00A0]+of[\s\u00A0]+(?:(?:the|these|those|all|its|their)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(\p{L}+s)(?![\p{L}])/iu,
  fr: /\d[\s\u00A0]?(?:%|pour cent)[\s\u00A0]+(?:des|de ces|de leurs|de ses)[\s\u00A0]+(\p{L}+)/iu,
  nl: /\d[\s\u00A0]?(?:%|procent)[\s\u00A0]+van[\s\u00A0]+(?:(?:de|deze|die|alle|zijn|haar|hun)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(\p{L}+(?:en|s))(?![\p{L}])/iu,
};
const MARKET_WORD = /^(?:markets?|marchés?|markten|sales|ventes|revenues|recettes|shares|parts|aandelen|verkopen|inkomsten)$/iu;

const GATES: Record<Language, RegExp> = { en: /of/i, fr: /des|de /i, nl: /van/i };
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`elided portion (${l})`, PORTION[l], GATES[l]);
