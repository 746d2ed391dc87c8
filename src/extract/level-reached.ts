import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { MONEY_CUES } from './metric-cues.js';
import { hits } from './words.js';

/**
 * Percentages that move but are no growth of the business:
 * - a level reached: "la part des ventes des vendeurs tiers grimpe à 64 %, contre 61 % un an plus
 *   tôt", "the proportion rose to 40% from 35%", "het aandeel steeg tot 30 procent, tegen 25
 *   procent": the figure after "à / to / tot / naar" is where a proportion stands, the one after
 *   "contre / from / tegen" where it stood (growth itself slowing "to 5%" stays growth);
 * - the stock market's verdict told by its place: "déçoit Wall Street et chute de 10 %", "slid 6%
 *   on the Nasdaq", "verloor 3 procent op het Damrak" (a figure with a money word is the business's).
 */
const VERB_TO: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:rose|rise|rises|risen|climb|climbed|climbs|jumped|jumps|grew|grow|grows|fall|fell|falls|drop|dropped|drops|slip|slipped|increase|increased|decrease|decreased|went up|went down|go up|go down)\s+(?:(?:further|even|again|sharply|already)\s+)?to\s+(?:(?:about|around|nearly|almost|some|more than|over)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:grimp\p{L}*|mont\p{L}*|pass\p{L}*|augment\p{L}*|progress\p{L}*|atteint|atteignait|recul\p{L}*|baiss\p{L}*|tomb\p{L}*|chut\p{L}*)\s+(?:(?:même|encore|déjà|ainsi|désormais)\s+)?à\s+(?:(?:environ|près de|plus de|quelque)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:steeg|stijgt|stegen|gestegen|groeide|groeit|daalde|daalt|gedaald|liep op|loopt op)\s+(?:[\p{L}]+\s+){0,2}?(?:tot|naar)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu,
};
// Growth itself slowing or speeding "to 5%" is still growth.
const GROWTH_SUBJECT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:growth|sales|revenue|turnover|gmv)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:croissance|ventes|chiffre d['’]affaires|revenus)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:groei|omzet|verkopen)(?![\p{L}])/iu,
};
// A rate a platform charges is a level too: "the commission it charges sellers will rise to 9% from
// 8%", "sa commission passera à 9 %", "de commissie stijgt naar 9 procent" (round 13). Since round
// 20 any subject but growth or sales themselves reaches a level "to / à / naar": a proportion's
// word is no longer needed.
const EARLIER_AFTER_LEVEL: Record<Language, RegExp> = {
  en: /%\s*,?\s*(?:from|against|compared with|up from|down from)\s+(?:(?:about|around|nearly|almost)\s+)?$/iu,
  fr: /%\s*,?\s*(?:contre|après|par rapport à)\s+(?:(?:environ|près de)\s+)?$/iu,
  nl: /(?:%|procent)\s*,?\s*(?:tegen|tegenover|van|na)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu,
};

const TO_WORDS: Record<Language, string[]> = { en: [' to '], fr: [' à '], nl: [' tot ', ' naar ', ' op '] };

// A percentage told as where something moved "from N to": "de vergoeding stijgt van 8 naar 9,5
// procent", "the fee rises from 8 to 9.5%", "le taux passe de 8 à 9,5 %" (round 20). The change
// would be told with "by / de / met", never as a span.
const FROM_TO: Record<Language, RegExp> = {
  en: /(?<![\p{L}])from\s+\d[\d.,]*\s*(?:%|percent|per cent)?\s+to\s+(?:(?:about|around|nearly|almost|some|more than|over)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:de|d['’])\s*\d[\d.,]*\s*%?\s+à\s+(?:(?:environ|près de|plus de|quelque)\s+)?$/iu,
  nl: /(?<![\p{L}])van\s+\d[\d.,]*\s*(?:%|procent)?\s+(?:naar|tot|op)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu,
};

function isLevel(sentence: string, start: number, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const span = FROM_TO[language].test(before);
  if (!span && !VERB_TO[language].test(before)) return false;
  const clause = sentence.slice(Math.max(0, start - 120), start).split(/[;:.]/u).pop() ?? '';
  if (GROWTH_SUBJECT[language].test(clause.replace(PART_OF_SALES[language], ''))) return false;
  // A company's figure that "climbs to 31%" is a level too (round 20): a share of a poll, of an
  // audience ("Among 18- to 24-year-olds, Shein's reach climbed to 46%", "Chez les 18-24 ans,
  // Shein grimpe même à 31 %"); a growth is told "by / de / met".
  return true;
}
// "la part des ventes", "the share of sales": the sales are what the proportion is of, not the subject.
const PART_OF_SALES: Record<Language, RegExp> = {
  en: /(?:share|proportion|portion|percentage|part) of (?:[\p{L}-]+ ){0,2}/giu,
  fr: /(?:part|proportion|pourcentage) (?:des|de la|du|de) (?:[\p{L}-]+ ){0,2}/giu,
  nl: /(?:aandeel|deel|percentage) (?:van de|van het|van) (?:[\p{L}-]+ ){0,2}/giu,
};

/** Whether a percentage is a proportion's level (or its earlier level), not a change. */
export function levelReached(q: Quantity, sentence: string, language: Language): boolean {
  if (q.unit !== 'percent') return false;
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  // Cheap gates first: a level needs its "to / à / tot / naar", an earlier level a figure before it.
  if (TO_WORDS[language].some((w) => before.includes(w)) && isLevel(sentence, q.start, language)) return true;
  if (!before.includes('%') && !before.includes('procent')) return false;
  // The earlier level told right after the level: "... à 64 %, contre 61 %".
  const m = EARLIER_AFTER_LEVEL[language].exec(before);
  if (!m) return false;
  const levelEnd = q.start - before.length + m.index;
  const levelStart = sentence.slice(0, levelEnd).search(/\d[\d,.\s\u00A0]*$/u);
  return isLevel(sentence, levelStart, language);
}

const EXCHANGE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:Wall Street|Nasdaq|New York Stock Exchange|NYSE|stock market|stock exchange|in (?:early|late|extended|after-hours|premarket) trading)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:Wall Street|Nasdaq|(?:en|à la) Bourse|séance)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:Wall Street|Nasdaq|op de beurs|op het Damrak|Damrak|beursvloer)(?![\p{L}])/iu,
};

/** Whether a percentage's clause names a stock exchange and no business figure: a share-price move. */
// The last sentence looked at and whether it names an exchange: a sentence's percentages are read one after another.
let lastSentence = '';
let lastNamesExchange = false;

export function stockMarketMove(q: Quantity, sentence: string, language: Language): boolean {
  if (q.unit !== 'percent') return false;
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastNamesExchange = EXCHANGE[language].test(sentence);
  }
  if (!lastNamesExchange) return false;
  const clause = sentence.slice(Math.max(0, q.start - 100), q.start).split(/[;:]/u).pop() ?? '';
  return EXCHANGE[language].test(`${clause}${sentence.slice(q.end, q.end + 40)}`) && hits(MONEY_CUES[language].re, clause).length === 0;
}
