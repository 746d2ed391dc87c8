import type { Mention } from './companies.js';
import { pointsToCompany } from './other-actor.js';

/**
 * A name we do not track, told in an earlier clause, does not own a figure whose own clause
 * points at "the group" or "the company": "L'opération, menée auprès du fonds General Atlantic,
 * valorise le groupe à 66 milliards de dollars", "The round, led by Sequoia, values the company at
 * $60 billion", "De ronde, geleid door Tiger Global, waardeert het bedrijf op 60 miljard dollar".
 * The investors are told in an aside; the group valued is the one the article is about.
 */
export function namedOnlyInAside(before: Mention, pos: number, sentence: string): boolean {
  if (before.competitor !== null) return false;
  const head = sentence.slice(0, pos);
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '));
  // The clause opens on its verb, the pointer is its object. "chez Vinted, la plateforme
  // lituanienne qui revendique ...": a clause opening on the pointer is the name's apposition.
  const own = head.slice(cut + 1);
  return cut >= before.end && !OPENS_ON_NOUN.test(own) && pointsToCompany(own);
}

const OPENS_ON_NOUN = /^\s*(?:(?:the|a|an|la|le|les|une?|het|de|een)(?![\p{L}])|l['’])/iu;

