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
