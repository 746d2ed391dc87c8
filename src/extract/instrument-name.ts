import type { Mention } from './companies.js';

/**
 * A company named after a figure as the means or the partner it goes through is not the figure's
 * owner (round 19): "payouts to the 56,000 sales partners will run via Adyen", "les 12 000 colis
 * quotidiens passent par Colissimo", "de 56.000 verkooppartners worden via Adyen uitbetaald",
 * "shipped with DHL". "of", "de", "van", "bij" still name an owner ("the sellers of Zalando").
 */
export function namedAsMeans(mention: Mention, sentence: string): boolean {
  return MEANS_BEFORE.test(sentence.slice(Math.max(0, mention.start - 24), mention.start));
}

const MEANS_BEFORE =
  /(?<![\p{L}])(?:via|through|thanks to|using|passent par|passe par|grâce à|par l['’]intermédiaire d['’e]|dankzij|middels|by means of)\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?$/iu;
