import { declareGate } from './gates.js';

/**
 * A relative clause hung on "the company" speaks of the company being told about, whatever the
 * quote before it was about: "« We share the Commission's aim of protecting consumers », said the
 * company, which employs more than 16,000 people", "a réagi l'entreprise, qui dit employer 16 000
 * personnes", "reageerde het bedrijf, dat 16.000 mensen in dienst heeft" (round 18).
 * `before` is the sentence up to the figure.
 */
export function relativeOnCompany(before: string): boolean {
  return GATE.test(before) && RELATIVE_ON_COMPANY.test(before);
}

const RELATIVE_ON_COMPANY =
  /(?<![\p{L}])(?:the\s+(?:[\p{L}-]+\s+)?(?:company|group|firm|retailer|platform|app)|l['’](?:entreprise|enseigne|application)|(?:le|la)\s+(?:[\p{L}-]+\s+)?(?:groupe|société|plateforme|géant)|(?:het|de)\s+(?:[\p{L}-]+\s+)?(?:\p{L}*bedrijf|platform|concern|webwinkel))\s*,\s*(?:which|who|that|qui|die|dat)\s[^,;:]*$/iu;

// Every match holds a comma then a relative pronoun.
const GATE = /,\s*(?:which|who|that|qui|die|dat)\s/iu;
declareGate('relative clause on the company', RELATIVE_ON_COMPANY, GATE);
