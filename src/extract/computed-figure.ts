import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * Whether a figure is only the result of a sum the writer works out, or what that result is set
 * against: "which would put the theoretical maximum above $6 billion", "which would put it ahead
 * of Meta, whose revenue was $164.5 billion", "ce qui représenterait 300 millions d'euros", "cela
 * reviendrait à 2 milliards", "voor bol zou dat neerkomen op 260 miljoen euro". Nobody reports
 * such a figure: it follows from a percentage applied to another one. Figures told before the
 * computing verb (the revenue the sum starts from) stay the company's. The verb is looked for once
 * per sentence: where it ends, or -1.
 */
export function computedFrom(sentence: string, language: Language): number {
  if (!GATE[language].test(sentence)) return -1;
  const found = COMPUTING[language].exec(sentence);
  return found === null ? -1 : found.index + found[0].length;
}

/** Whether the figure at `q` stands after the computing verb found at `from`, in its clause. */
export const computedFigure = (q: Quantity, sentence: string, from: number): boolean =>
  from >= 0 && q.start >= from && !sentence.slice(from, q.start).includes(';');

const COMPUTING: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:which|that|this)\s+would\s+(?:put|take|bring|push|lift|make|place|mean|give)|would\s+(?:amount\s+to|come\s+to|equal|translate\s+into|be\s+(?:equivalent|equal)\s+to))(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:ce\s+qui|cela|ça)\s+(?:[\p{L}]+\s+){0,2}?(?:représenterait|reviendrait|équivaudrait|correspondrait|porterait|placerait|mettrait|ferait|donnerait)|reviendrait\s+à|équivaudrait\s+à)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:zou|zouden)\s+(?:[\p{L}'’]+\s+){0,4}?(?:neerkomen\s+op|gelijkstaan\s+aan)|(?:wat|dat)\s+(?:zou|zouden)\s+(?:[\p{L}]+\s+){0,3}?(?:betekenen|opleveren))(?![\p{L}])/iu,
};

// A word every match holds.
const GATE: Record<Language, RegExp> = {
  en: /would/i,
  fr: /rait/i,
  nl: /zou/i,
};

for (const l of ['en', 'fr', 'nl'] as const) declareGate(`computed figure (${l})`, COMPUTING[l], GATE[l]);
