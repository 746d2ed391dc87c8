import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import { findQuantities, type Quantity } from './numbers.js';

const RESPECTIVELY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])respectively(?![\p{L}])/iu,
  fr: /(?<![\p{L}])respectivement(?![\p{L}])/iu,
  nl: /(?<![\p{L}])respectievelijk(?![\p{L}])/iu,
};
// What stands between two items of a list: "23 et 22", "12, 9 and 4", "Shein en Temu"; a
// preposition said again before the second name too: "s'inspire de Temu et de Shein", "ahead of
// Temu and of Shein", "van Temu en van Shein", "bij Temu en bij Shein" (round 21).
const LIST_GAP = /^[\s\u00A0]*(?:,|,?[\s\u00A0]*(?:and|et|en|&))[\s\u00A0]*(?:(?:de|d['’]|à|of|to|for|at|chez|pour|van|voor|bij)(?:[\s\u00A0]+|(?<=['’])))?$/iu;
// Between two figures of a list an approximator may stand before the second: "55.000 en ruim
// 20.000", "12 and about 9", "23 et près de 22" (round 14).
const FIGURE_GAP =
  /^[\s\u00A0]*(?:,|,?[\s\u00A0]*(?:and|et|en|&))[\s\u00A0]*(?:(?:about|around|roughly|some|nearly|almost|more than|over|just over|ruim|bijna|ongeveer|zo['’]n|circa|meer dan|environ|près de|plus de|presque|quelque)[\s\u00A0]+)?$/iu;
const LEADING_NUMBER = /^[\d.,\s\u00A0\u202F]*\d/u;

export interface Respective {
  quantities: Quantity[];
  /** The competitor (null: a company we do not track) each figure of the list belongs to, by its start. */
  owners: Map<number, string | null>;
  /** The last figure of the list, whose noun a figure that names none counts too ("60.000 en 45.000 verkopers"). */
  last: Quantity;
}

/**
 * "Shein et Temu revendiquent respectivement 23 et 22 millions d'utilisateurs", "Shein and Temu
 * have 23 and 22 million users respectively": the named companies take the listed figures in
 * order, and a scale or unit written once at the end of the list holds for every figure in it.
 */
export function respectiveFigures(sentence: string, language: Language, mentions: Mention[], quantities: Quantity[]): Respective | null {
  const word = RESPECTIVELY[language].exec(sentence);
  if (!word) return null;
  const run = listNear(sentence, quantities, word.index, word.index + word[0].length);
  if (run.length < 2) return null;
  const names = namesBefore(sentence, mentions, run[0]!.start);
  if (names.length < run.length) return null;
  const owners = new Map<number, string | null>();
  const last = run[run.length - 1]!;
  const shared = sharedTail(sentence, last);
  const fixed = new Map<Quantity, Quantity>();
  run.forEach((q, i) => {
    owners.set(q.start, names[names.length - run.length + i]!.competitor);
    if (!q.scaled && last.scaled && shared) {
      const digits = LEADING_NUMBER.exec(sentence.slice(q.start, q.end))?.[0];
      const whole = digits ? findQuantities(`${digits}${shared}`, language)[0] : undefined;
      if (whole) fixed.set(q, { ...whole, start: q.start, end: q.end });
    }
  });
  return { quantities: quantities.map((q) => fixed.get(q) ?? q), owners, last: fixed.get(last) ?? last };
}

/** The longest list of figures that starts right after, or ends right before, the word. */
function listNear(sentence: string, quantities: Quantity[], wordStart: number, wordEnd: number): Quantity[] {
  const after = quantities.findIndex((q) => q.start >= wordEnd && /^[\s\u00A0]*$/u.test(sentence.slice(wordEnd, q.start)));
  let i = after;
  if (i < 0) {
    for (let j = quantities.length - 1; j >= 0; j--) if (quantities[j]!.end <= wordStart && wordStart - quantities[j]!.end <= 40) { i = j; break; }
    if (i < 0) return [];
    while (i > 0 && FIGURE_GAP.test(sentence.slice(quantities[i - 1]!.end, quantities[i]!.start))) i--;
  }
  const run = [quantities[i]!];
  for (let k = i + 1; k < quantities.length && FIGURE_GAP.test(sentence.slice(quantities[k - 1]!.end, quantities[k]!.start)); k++) run.push(quantities[k]!);
  return run;
}

/** The names listed last before a position: "Shein et Temu", "Amazon, Bol en Coolblue". */
function namesBefore(sentence: string, mentions: Mention[], pos: number): Mention[] {
  const before = mentions.filter((m) => m.end <= pos);
  const list: Mention[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    if (list.length > 0 && !LIST_GAP.test(sentence.slice(m.end, list[0]!.start))) break;
    list.unshift(m);
  }
  return list;
}

/** The scale and unit the last figure of a list was written with ("millions d'euros"), if any. */
function sharedTail(sentence: string, last: Quantity): string | null {
  const text = sentence.slice(last.start, last.end);
  const digits = LEADING_NUMBER.exec(text)?.[0];
  return digits && digits.length < text.length ? text.slice(digits.length) : null;
}
