import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import { type MetricReading, readMetric } from './metrics.js';
import { findQuantities, type Quantity } from './numbers.js';

/**
 * A count told against "that number" counts what the number it points back to counted (round 13,
 * metrics): "...where 120 people work. In Mechelen that number should grow to 250 by 2027", "80
 * mensen te werken; eind 2027 moeten dat er 250 zijn", "Shein compte 1 200 vendeurs ; ce nombre
 * doit passer à 10 000". The number pointed to is the last count before the pointer in the
 * sentence, else the last one of the sentence before; its reading (staff, sellers, users) is this
 * figure's. A sum works the same way: "een omzet van 22,7 miljard dollar; dit jaar zou dat ruim 30
 * miljard dollar worden". A multiple ("double that number") is no count and is not read here.
 */
export function pointedCount(q: Quantity, sentence: string, previous: string, language: Language, competitor: string): MetricReading | null {
  if (q.kind !== 'count' && q.kind !== 'money') return null;
  const before = sentence.slice(Math.max(0, q.start - 90), q.start);
  // Cheap gate first: every pointer holds one of these words.
  if (!POINTER_GATE.test(before)) return null;
  const pointer = POINTER[language].exec(before);
  if (!pointer) return null;
  const at = q.start - before.length + pointer.index;
  return lastCount(sentence.slice(0, at), language, competitor, q) ?? (previous === '' ? null : lastCount(previous, language, competitor, q));
}

/** The reading of the last figure of `text` of the kind of `q`, given `q`'s value. */
export function lastCount(text: string, language: Language, competitor: string, q: Quantity): MetricReading | null {
  const same = findQuantities(text, language).filter((c) => c.kind === q.kind);
  const last = same[same.length - 1];
  const reading = last ? readMetric(last, text, language, competitor) : null;
  return reading && reading.unit === q.unit ? { ...reading, value: q.value } : null;
}

const POINTER_GATE = /number|figure|amount|headcount|nombre|chiffre|montant|effectif|aantal|getal|cijfer|bedrag|dat|dit/iu;
// The pointer is followed, within its clause, by the verb that moves the count and then the count.
const POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:that|this|the) (?:number|figure|amount|headcount)(?![\p{L}])(?! of)[^,.;:]{0,60}$/iu,
  fr: /(?<![\p{L}])(?:ce nombre|ce chiffre|ce montant|cet effectif|ces effectifs)(?![\p{L}])[^,.;:]{0,60}$/iu,
  // "dit jaar zou dat ruim 30 miljard dollar worden": a modal with "dat" as its subject.
  nl: /(?<![\p{L}])(?:(?:dat|dit) (?:aantal|getal|cijfer|bedrag)|(?:dat|dit) er|(?:zou|zal|moet|kan|zouden|zullen|moeten) (?:dat|dit))(?![\p{L}])[^,.;:]{0,60}$/iu,
};

for (const l of LANGUAGES) declareGate(`count-pointer: pointer (${l})`, POINTER[l], POINTER_GATE);
