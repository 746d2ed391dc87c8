import type { Mention } from './companies.js';
import { declareGate } from './gates.js';

/**
 * A company named after a figure as the one it is ranked behind or ahead of is what the figure is
 * set against, not its owner (round 20): "With 17 million visitors, its audience slipped and the
 * brand fell to eighth place, behind Cdiscount", "l'enseigne glisse à la huitième place, derrière
 * Cdiscount", "de winkel zakt naar de achtste plaats, achter Coolblue", "ahead of Zalando".
 */
export function rankedAgainst(mention: Mention, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 24), mention.start);
  return RANK_GATE.test(before) && RANKED_BEFORE.test(before);
}

// Every match holds one of these (tried first: most names after a figure follow none).
const RANK_GATE = /behind|ahead|derri|devant|achter|vóór|trailing/iu;
const RANKED_BEFORE =
  /(?<![\p{L}])(?:(?:just |far |well |juste |loin |ver |net )?(?:behind|ahead of|trailing|derrière|devant|achter|vóór))\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;
declareGate('ranked against: before', RANKED_BEFORE, RANK_GATE);

/**
 * A company named after a figure as the other party of a comparison is what the figure is set
 * against, not its owner (round 21): "it holds about 24% of the market, against 52% for Shopee",
 * "une part de 6 %, contre 21 % pour Zalando", "een aandeel van 6 procent, tegen 21 procent voor
 * Coolblue". The second figure is the other party's (comparison.ts); the first is not.
 */
export function comparedParty(mention: Mention, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, mention.start - 90), mention.start);
  return COMPARED_GATE.test(before) && COMPARED_PARTY.test(before);
}

const COMPARED_GATE = /against|versus|vs|compar|contre|rapport|tegen|vergeleken/iu;
const COMPARED_PARTY =
  /(?<![\p{L}])(?:against|versus|vs\.?|compared (?:with|to)|contre|comparé à|par rapport à|tegen|tegenover|vergeleken met)\s+[^,.;:\d]{0,25}?\d(?:[^,;:]|,(?=\d)){0,40}?(?<![\p{L}])(?:for|at|pour|chez|voor|bij)\s+(?:(?:the|le|la|les|de|het)\s+|l['’])?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
declareGate('ranked against: compared party', COMPARED_PARTY, COMPARED_GATE);
