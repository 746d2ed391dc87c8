import type { Quantity } from './numbers.js';

/**
 * A sum told again in another currency is the sum before it, not a second figure: "15 miljard
 * yuan, omgerekend bijna 2 miljard euro", "95 milliards de yuans, soit environ 12 milliards
 * d'euros", "10 billion yuan, or about $1.4 billion". Only the first, the one the company told,
 * is kept. The two sums must stand side by side, in different currencies, with a word of
 * conversion and no other figure between them ("€2bn, against $1bn for Shein" is no conversion).
 */
export function convertedSum(q: Quantity, quantities: readonly Quantity[], sentence: string): boolean {
  if (q.kind !== 'money') return false;
  let previous: Quantity | undefined;
  for (const p of quantities) if (p.end <= q.start) previous = p;
  if (previous === undefined || previous.kind !== 'money' || previous.unit === q.unit || q.start - previous.end > 45) return false;
  return CONVERTED.test(sentence.slice(previous.end, q.start));
}

// What may stand between a sum and its conversion: a currency word left over, a comma or a
// bracket, the conversion word, a hedge.
const CONVERTED =
  /^[^\d;]*?(?<![\p{L}])(?:converted|equivalent\s+(?:of|to)|or\s+(?:about|around|roughly|some|nearly|almost|just\s+over|more\s+than)|i\.e\.|soit|l['’]équivalent\s+de|équivalant\s+à|omgerekend|ofwel|oftewel)(?![\p{L}])[^\d;]*$/iu;
