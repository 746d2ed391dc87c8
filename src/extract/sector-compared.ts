import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * A company's figure set against the whole market's in one sentence: "Growth reached 9%, well
 * above that of French e-commerce as a whole, which grew 5.8% to €175bn according to Fevad", "La
 * hausse atteint 12 %, bien au-dessus de celle du commerce en ligne", "De groei lag met 9 procent
 * hoger dan die van de hele webwinkelmarkt". The sector's figures come after the comparison; the
 * figures before it are the company's, though the sentence reads as a market statistic (round 18).
 * Returns where the comparison starts, or -1.
 */
export function sectorComparedAt(sentence: string, language: Language): number {
  if (!GATE[language].test(sentence)) return -1;
  return COMPARED[language].exec(sentence)?.index ?? -1;
}

const SECTOR_EN = '(?:market|sector|industry|e-commerce|online\\s+retail|retail)';
const SECTOR_NL = '(?:\\p{L}*markt|sector|branche|webwinkelbranche|e-commerce|onlinehandel|webwinkels)';

const COMPARED: Record<Language, RegExp> = {
  en: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:above|below|ahead\s+of|behind|faster\s+than|slower\s+than|outpacing|outstripping|compared\s+with|compared\s+to)\s+(?:that|those)\s+of\s+(?:the\s+)?|(?:faster\s+than|outpacing|outstripping)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?${SECTOR_EN}(?![\p{L}]))`,
    'iu',
  ),
  fr: /(?<![\p{L}])(?:au-dessus|au-dessous|en\s+dessous|en\s+deçà|loin\s+devant|plus\s+vite\s+que|moins\s+vite\s+que|plus\s+rapide\s+que)\s+(?:de\s+)?(?:celle|celui|celles|ceux)\s+(?:du|de\s+la|de\s+l['’]|des)(?![\p{L}])/iu,
  nl: new RegExp(
    String.raw`(?<![\p{L}])(?:(?:sneller|harder|hoger|lager|trager|meer|minder)\s+dan\s+(?:die|dat)\s+van\s+(?:de|het)|(?:sneller|harder|trager)\s+dan\s+(?:de|het)\s+(?:[\p{L}-]+\s+){0,2}?${SECTOR_NL})(?![\p{L}])`,
    'iu',
  ),
};

// Every comparison above holds one of these words (case folded).
const GATE: Record<Language, RegExp> = {
  en: /above|below|ahead|behind|faster|slower|outpac|outstrip|compared/i,
  fr: /dessus|dessous|deçà|devant|vite|rapide/i,
  nl: /\sdan\s/i,
};
for (const l of LANGUAGES) declareGate(`sector compared (${l})`, COMPARED[l], GATE[l]);
