import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';

// "up from 75 million a year earlier", "contre 12 000 un an plus tôt", "tegen 12.000 een jaar
// eerder": the figure compared with is the one of the year before the main figure's period.
const YEAR_BEFORE_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:a|one) year (?:earlier|before|ago|previously)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:un an|une année) (?:plus tôt|auparavant|avant)(?![\p{L}])|^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?il y a (?:un an|une année)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:een jaar (?:eerder|daarvoor|geleden|terug)|(?:in )?dezelfde periode (?:van )?(?:vorig|een) jaar(?: eerder)?)(?![\p{L}])/iu,
};

// The word for a year that every match above holds (same flags): most figures are followed by none.
const YEAR_WORD: Record<Language, RegExp> = { en: /year/iu, fr: /an/iu, nl: /jaar/iu };
for (const l of LANGUAGES) declareGate(`earlier figure: year before (${l})`, YEAR_BEFORE_AFTER[l], YEAR_WORD[l]);

/** Whether a figure is told as the one of a year before ("…, up from 75 million a year earlier"). */
export function isYearEarlierFigure(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind === 'percent' || q.kind === 'ratio') return false;
  const after = sentence.slice(q.end, q.end + 50);
  return YEAR_WORD[language].test(after) && YEAR_BEFORE_AFTER[language].test(after);
}

/** The same period one year before: `2023` → `2022`, `2023-Q3` → `2022-Q3`, `2023-09/2023-11` → `2022-09/2022-11`. */
export function yearBefore(period: string | null): string | null {
  if (period === null) return null;
  return period.replace(/(?<!\d)((?:19|20)\d\d)(?!\d)/g, (y) => String(Number(y) - 1));
}
