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


/**
 * The company opening the sentence, when the figure's clause is a verb joined to it by "and"
 * after an aside that names someone else (round 21): "ByteDance takes a stake in Tokopedia, GoTo's
 * online shop, and puts $1.5 billion into it", "ByteDance prend 75 % de Tokopedia, filiale de GoTo,
 * et y injecte 1,5 milliard de dollars", "ByteDance neemt een belang in Tokopedia, de webwinkel van
 * GoTo, en steekt daarvoor 1,5 miljard dollar in het bedrijf". Undefined when that is not so.
 */
export function coordinatedOpener(all: readonly Mention[], before: Mention, pos: number, sentence: string): string | undefined {
  const opener = all[0];
  if (before.competitor !== null || !opener || opener.competitor === null || opener === before || !OPENS_AT.test(sentence.slice(0, opener.start))) return undefined;
  const head = sentence.slice(0, pos);
  const cut = head.lastIndexOf(', ');
  return cut >= before.end && AND_VERB.test(head.slice(cut + 1)) ? opener.competitor : undefined;
}

const OPENS_AT = /^[\s"“«]*$/u;
// "and puts", "et y injecte", "en steekt daarvoor": "and" then a verb (a lower-case word), no subject of its own.
const AND_VERB = /^\s*(?:and|et|en)\s+(?:(?:y|en|er|daarvoor|daarmee|also|aussi|ook)\s+)?\p{Ll}[\p{L}'’-]*(?<!(?:the|its|their|le|la|les|ses|leurs|de|het|zijn|haar|hun))\s/u;
