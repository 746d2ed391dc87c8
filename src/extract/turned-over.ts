import type { Quantity } from './numbers.js';

// Dutch "omzetten" (to turn over) splits around its object: "zette circa 6,6 miljard euro om",
// "zet jaarlijks 2 miljard euro om". The sum between the verb and its particle is what was sold
// for: a shop's revenue, a marketplace's sales volume (round 16: "Wereldwijd zette TikTok Shop 33
// miljard dollar om" is the goods sold on it, as "verkopen" is).
const SPLIT_VERB = /(?<![\p{L}])(?:zet|zette|zetten)(?![\p{L}])[^,.;:]{0,60}$/iu;
const PARTICLE_AFTER = /^[\s\u00A0]*om(?![\p{L}])/iu;

/** Whether a Dutch sum stands between "zet/zette" and its particle "om". */
export function turnedOver(q: Quantity, sentence: string): boolean {
  return PARTICLE_AFTER.test(sentence.slice(q.end, q.end + 6)) && SPLIT_VERB.test(sentence.slice(Math.max(0, q.start - 60), q.start));
}
