import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * A sum a company is valued at, told with no valuation noun (round 18): "investors value Shein at
 * $45 billion", "the deal values Temu's parent at $90 billion", "PDD Holdings pèse 200 milliards de
 * dollars en Bourse", "Amazon vaut 2 000 milliards de dollars en Bourse". Read only when no money
 * word of the clause says what the sum is. French "peser" alone is any size ("le marché pèse 20
 * milliards"), so it needs the stock exchange after the sum.
 */
const VALUE_AT_EN =
  /(?<![\p{L}])(?:value|values|valued|valuing)\s+(?:[\p{L}.&'’-]+\s+){1,3}?at\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|up to)\s+)?$/iu;
const WEIGHS_FR = /(?<![\p{L}])(?:pèse|pèsent|pesait|pesaient|vaut|valent|valait|valaient)\s+(?:(?:environ|près de|plus de|quelque|désormais|aujourd['’]hui)\s+)*$/iu;
const ON_EXCHANGE_FR = /^[^.;,]{0,30}?(?<![\p{L}])en Bourse(?![\p{L}])/iu;

const GATE_EN = /valu/iu;
const GATE_FR = /pès|pes|vau|val/iu;
declareGate('valued-at: value X at (en)', VALUE_AT_EN, GATE_EN);
declareGate('valued-at: weighs (fr)', WEIGHS_FR, GATE_FR);

export function valuedAt(sentence: string, start: number, end: number, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (language === 'en') return GATE_EN.test(before) && VALUE_AT_EN.test(before);
  if (language === 'fr') return GATE_FR.test(before) && WEIGHS_FR.test(before) && ON_EXCHANGE_FR.test(sentence.slice(end, end + 40));
  return false;
}
