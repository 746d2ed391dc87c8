import type { Language } from '../domain/vocabulary.js';
import { type MetricReading, readMetric } from './metrics.js';
import { findQuantities, type Quantity } from './numbers.js';

/**
 * A count told against "that number" counts what the number it points back to counted (round 13,
 * metrics): "...where 120 people work. In Mechelen that number should grow to 250 by 2027", "80
 * mensen te werken; eind 2027 moeten dat er 250 zijn", "Shein compte 1 200 vendeurs ; ce nombre
 * doit passer à 10 000". The number pointed to is the last count before the pointer in the
 * sentence, else the last one of the sentence before; its reading (staff, sellers, users) is this
 * figure's. A multiple ("double that number") is no count and is not read here.
 */
export function pointedCount(q: Quantity, sentence: string, previous: string, language: Language, competitor: string): MetricReading | null {
  if (q.kind !== 'count') return null;
  const before = sentence.slice(Math.max(0, q.start - 90), q.start);
  // Cheap gate first: every pointer holds one of these words.
  if (!POINTER_GATE.test(before)) return null;
  const pointer = POINTER[language].exec(before);
  if (!pointer) return null;
  const at = q.start - before.length + pointer.index;
  return lastCount(sentence.slice(0, at), language, competitor, q) ?? (previous === '' ? null : lastCount(previous, language, competitor, q));
}

function lastCount(text: string, language: Language, competitor: string, q: Quantity): MetricReading | null {
  const counts = findQuantities(text, language).filter((c) => c.kind === 'count');
  const last = counts[counts.length - 1];
  const reading = last ? readMetric(last, text, language, competitor) : null;
  return reading && reading.unit === 'count' ? { ...reading, value: q.value } : null;
}

const POINTER_GATE = /number|figure|headcount|nombre|chiffre|effectif|aantal|dat er|dit er/iu;
// The pointer is followed, within its clause, by the verb that moves the count and then the count.
const POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:that|this|the) (?:number|figure|headcount)(?![\p{L}])(?! of)[^,.;:]{0,60}$/iu,
  fr: /(?<![\p{L}])(?:ce nombre|ce chiffre|cet effectif|ces effectifs)(?![\p{L}])[^,.;:]{0,60}$/iu,
  nl: /(?<![\p{L}])(?:(?:dat|dit) (?:aantal|getal|cijfer)|(?:dat|dit) er)(?![\p{L}])[^,.;:]{0,60}$/iu,
};
