import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * What a company pays for a stake in another is its investment (round 19): "Amazon will pay £540
 * million for the holding", "Temu versera 300 millions d'euros pour cette participation", "bol
 * betaalt 80 miljoen euro voor het belang". The verb of paying must come right before the sum and
 * the stake right after it, so a price paid by shoppers or a fine paid stays apart.
 */
const PAY_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:pay|pays|paid|paying)[\s\u00A0]+(?:(?:about|around|roughly|nearly|some|more than|up to)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:paie|paient|paiera|paieront|payé|payer|verse|versé|versera|verser|débourse|déboursé|déboursera|débourser)[\s\u00A0]+(?:(?:environ|près de|quelque|plus de|jusqu['’]à)[\s\u00A0]*)?$/iu,
  nl: /(?<![\p{L}])(?:betaalt|betaalde|betaald|betalen|legt|legde|neertellen|telt)[\s\u00A0]+(?:(?:zo['’]n|ruim|bijna|circa|ongeveer|meer dan)[\s\u00A0]+)?$/iu,
};
const STAKE_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+for[\s\u00A0]+(?:the|a|its|this|that)[\s\u00A0]+(?:[\p{L}\d.%-]+[\s\u00A0]+){0,2}?(?:stake|holding|shareholding|interest)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+pour[\s\u00A0]+(?:la|une|sa|cette)[\s\u00A0]+(?:[\p{L}\d.,%-]+[\s\u00A0]+){0,2}?participation(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:neer[\s\u00A0]+)?voor[\s\u00A0]+(?:het|een|dat|dit|zijn|haar)[\s\u00A0]+(?:[\p{L}\d.,%-]+[\s\u00A0]+){0,2}?(?:\p{L}*belang|aandelenpakket)(?![\p{L}])/iu,
};
const GATE = /stake|holding|interest|participation|belang|aandelenpakket/iu;
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`stake-price: stake after the sum (${l})`, STAKE_AFTER[l], GATE);

/** Whether the sum from `start` to `end` is told as what the company pays for a stake. */
export function stakePrice(sentence: string, start: number, end: number, language: Language): boolean {
  const after = sentence.slice(end, end + 60);
  return GATE.test(after) && STAKE_AFTER[language].test(after) && PAY_BEFORE[language].test(sentence.slice(Math.max(0, start - 30), start));
}
