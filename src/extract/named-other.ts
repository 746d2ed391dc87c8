import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';
import { pointsAtCompany } from './points-at-company.js';
import { toldByName } from './source-mention.js';

/**
 * A company we do not track, named as the subject before a figure, owns the figure, even when
 * the article is about a tracked one: "La SGM, qui a réalisé 300 millions d'euros de chiffre
 * d'affaires", "The Fnac group, which employs 25,000 people", "batterijmaker CATL, goed voor 4,6
 * miljard dollar", "battery maker CATL raised $4.6 billion". The name is told by a word for a
 * company before it (a maker, a group) or by an article and a relative clause after it. Another
 * app is such a name too, and a word of origin or rivalry may stand between (round 16): "the
 * Chinese app Lemon8, which drew 2 million new users", "l’application chinoise X, qui ...".
 */
const ROLE_NAME =
  /(?<![\p{L}])(?:\p{L}*makers?|\p{L}*maker|groupe?|chain|retailer|operator|app|application|appli|applicatie|fabricant|société|enseigne|distributeur|chaîne|\p{L}*fabrikant|\p{L}*bedrijf|\p{L}*keten|concern|retailer)\s+(?:(?:chinoise?|américaine?|chinese|american|rival|concurrente?|concurrerende)\s+)?(?:[\p{Lu}][\p{L}\p{N}&'’-]*)(?:\s+[\p{Lu}][\p{L}\p{N}&'’-]*)?(?=[\s,])/u;
const ROLE_GATE = /maker|group|chain|retailer|operator|app|fabri|société|enseigne|distribut|chaîne|bedrijf|keten|concern/iu;
declareGate('named other: role', ROLE_NAME, ROLE_GATE);
const ARTICLE_NAME_RELATIVE = /^[\s'"‘“«]*(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Dd]e|[Hh]et)\s*[\p{Lu}][\p{L}\p{N}&'’-]*(?:\s+[\p{Lu}][\p{L}\p{N}&'’-]*)?\s*,\s*(?:which|who|qui|die|dat)\s/u;


const PARENT_OF =
  /(?<![\p{L}])(?:filiale|propriété|détenue? par|appartenant à|subsidiary of|(?:a |an )?(?:unit|arm|division|part) of|owned by|onderdeel van|dochter(?:bedrijf|onderneming)? van|eigendom van|in handen van)\s+(?:(?:du|de la|de l['’]|des|de|d['’]|of|the|van|het|de)\s*)?$/iu;
const POINTER_ASIDE =
  /^[\s'"‘“«]*(?:the|this|l['’]|le|la|ce|cette|het|de|dit|deze)\s*(?:[\p{L}-]+\s+)?(?:company|group|firm|platform|retailer|marketplace|web ?shop|entreprise|société|groupe|plateforme|enseigne|distributeur|bedrijf|concern|webwinkel|winkel|platform)\s*,[^,;:]*$/iu;

/** Whether the figure at `q`, in a sentence naming no company before it, belongs to an untracked company named before it. */
export function untrackedNamedOwner(mentions: readonly Mention[], q: Quantity, sentence: string, language: Language): boolean {
  if (mentions.some((m) => m.competitor !== null && m.start < q.start)) return false;
  const before = sentence.slice(0, q.start);
  if (ARTICLE_NAME_RELATIVE.test(before)) return true;
  if (!ROLE_GATE.test(before)) return false;
  const named = ROLE_NAME.exec(before);
  // "Research group X estimates its sales at...": a word pointing back at the company the article
  // is about makes the name a source.
  if (named === null || pointsAtCompany(before.slice(named.index + named[0].length), language)) return false;
  // "L'entreprise, filiale du groupe Ahold Delhaize, compte...", "The company, a unit of the X
  // group, has...", "Het bedrijf, onderdeel van de groep X, telt...": the parent told in an aside
  // is what the subject belongs to, not the subject (round 20c).
  if (PARENT_OF.test(before.slice(Math.max(0, named.index - 40), named.index))) return false;
  // "L'entreprise, filiale du groupe Ahold Delhaize, compte 13 millions de clients", "The company,
  // part of the Ahold Delhaize group, counts...": a parent named in an aside on the subject the
  // sentence opens on describes that subject, which owns the figure (round 20).
  if (POINTER_ASIDE.test(before.slice(0, named.index)) && /^\s*,/u.test(before.slice(named.index + named[0].length))) return false;
  // "...maakte moederbedrijf Ahold Delhaize bekend": a name telling the figures is their source.
  const nameStart = named.index + named[0].search(/\s[\p{Lu}]/u) + 1;
  return !toldByName(sentence, nameStart, named.index + named[0].length);
}
