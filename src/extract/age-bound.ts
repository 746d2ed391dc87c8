import type { Quantity } from './numbers.js';

// An age told as a bound belongs to the people described, not to any count of them (round 17,
// non-metric): "half of its shoppers are older than 50", "plus de la moitié des clients ont
// moins de 25 ans", "de helft van de klanten is ouder dan 50", "users aged 18 to 24".
const AGE_BEFORE =
  /(?<![\p{L}])(?:older than|younger than|over the age of|under the age of|aged|aged (?:over|under|between)|ouder dan|jonger dan|âgée?s? de(?: plus de| moins de)?|ayant (?:plus|moins) de)[\s\u00A0]+$/iu;
const AGE_AFTER = /^[\s\u00A0]*(?:-?years?[\s\u00A0-]old|-?year-olds|ans(?![\p{L}])|jaar(?![\p{L}])|-?jarigen|-?plussers|and (?:over|older)|en ouder|ou plus)/iu;

/** Whether the small whole number at `q` is an age bound. */
export function ageBound(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'count' || q.scaled || !Number.isInteger(q.value) || q.value < 10 || q.value > 110) return false;
  return AGE_AFTER.test(sentence.slice(q.end, q.end + 14)) || AGE_BEFORE.test(sentence.slice(Math.max(0, q.start - 26), q.start));
}
