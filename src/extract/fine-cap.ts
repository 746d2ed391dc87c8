import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * The most a fine could be, by law, told as a share of turnover: "fines can reach 6% of global
 * turnover", "l'amende peut atteindre 4 % du chiffre d'affaires", "de boete kan oplopen tot 6
 * procent van de jaaromzet, in theorie ruim 30 miljard euro". No fine was imposed: the fine word
 * tells no rule, and the sums told with the cap are no company's figures.
 */
export function fineCapCue(sentence: string, end: number, cue: string, language: Language): boolean {
  if (!FINE_WORD.test(cue) || !CAP_GATE[language].test(sentence)) return false;
  return CAP_SHARE[language].test(sentence.slice(end, end + 160));
}

/** Whether the figure at `q` is the cap itself or a sum told after it. */
export function capFigure(q: Quantity, sentence: string, language: Language): boolean {
  if (!CAP_GATE[language].test(sentence)) return false;
  const fine = FINE_IN_TEXT.exec(sentence);
  if (fine === null || fine.index > q.start) return false;
  const from = fine.index + fine[0].length;
  const cap = CAP_SHARE[language].exec(sentence.slice(from, from + 160));
  return cap !== null && q.start >= from + cap[0].length - 16;
}

const FINE_WORD = /^(?:fines?|fined|penalt(?:y|ies)|amendes?|sanctions?|pénalités?|boetes?|sancties?)$/iu;
const FINE_IN_TEXT = /(?<![\p{L}])(?:fines?|penalt(?:y|ies)|amendes?|sanctions?|pénalités?|boetes?|sancties?)(?![\p{L}])/iu;

// A cap word, then within a few words a percent of something (turnover, revenue).
const CAP_SHARE: Record<Language, RegExp> = {
  en: /^[^.;]{0,80}?(?<![\p{L}])(?:up to|as much as|as high as|maximum of|capped at|can reach|could reach|may reach|can amount to|could amount to)[^.;]{0,30}?\d+(?:[.,]\d+)?\s?(?:%|per\s?cent)\s+of/iu,
  fr: /^[^.;]{0,80}?(?<![\p{L}])(?:jusqu['’]à|peut atteindre|pourrait atteindre|pouvant atteindre|pouvant aller jusqu['’]à|maximale? de|plafonnée? à)[^.;]{0,30}?\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent)\s+(?:du|de|des)/iu,
  nl: /^[^.;]{0,80}?(?<![\p{L}])(?:oplopen tot|tot maximaal|van maximaal|maximaal|tot wel|tot liefst)[^.;]{0,30}?\d+(?:[.,]\d+)?\s?(?:%|procent)\s+van/iu,
};
const CAP_GATE: Record<Language, RegExp> = { en: /%|cent/i, fr: /%|cent/i, nl: /%|procent/i };
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`fine cap: cap and share (${l})`, CAP_SHARE[l], CAP_GATE[l]);
