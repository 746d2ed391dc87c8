import type { Quantity } from './numbers.js';

// "one parcel in 2,000", "1 op de 2.000 pakjes", "un colis sur 2 000": the number after "one in"
// is the size of a proportion, not a count of what a company handled (round 17, non-metric).
const ONE_IN_BEFORE =
  /(?<![\p{L}\d.,])(?:1|one|een|één|un|une)[\s\u00A0]+(?:[\p{L}'’-]+[\s\u00A0]+)?(?:in|out of|op|sur)[\s\u00A0]+(?:(?:every|each|de|les|des|the)[\s\u00A0]+)?$/iu;

/** Whether the count at `q` is the "M" of a "one in M" proportion. */
export function oneInMany(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'count') return false;
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  return /(?:1|one|een|één|un)/iu.test(before) && ONE_IN_BEFORE.test(before);
}
