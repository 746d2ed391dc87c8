import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * A company we do not track, named as the subject of the figure's clause with an apposition
 * between the name and its verb, owns the figure (round 20c, precision): "à Liège, où Cainiao, la
 * filiale logistique d'Alibaba, emploie quelque 900 personnes", "where Cainiao, Alibaba's
 * logistics arm, employs about 900 people", "waar Cainiao, de logistieke tak van Alibaba, zo'n 900
 * mensen in dienst heeft". The apposition hides the name from the clause that holds the figure; the
 * figure is not the one of the company the article is about.
 */
// A verb joined by "and" after the apposition is the sentence subject's, told of the name's
// company as its object: "takes a stake in Tokopedia, GoTo's online shop, and puts $1.5 billion
// into it" (round 21).
// An apposition may also open on a rank or on the rival it is ranked after (round 21): "Kuaishou,
// na Douyin het tweede videoplatform van China, heeft ... verkocht", "Kuaishou, deuxième
// plateforme vidéo chinoise après Douyin, a vendu ...".
const APPOSITION_THEN_VERB =
  /^\s*,\s*(?:the|a|an|its|la|le|les|l['’]|une?|sa|son|ses|de|het|een|zijn|haar|\p{Lu}[\p{L}&-]*['’]s|after|behind|après|derrière|na|achter|second|third|deuxième|troisième|numéro|tweede|derde|nummer)(?![\p{L}])[^,;:()]{2,70},\s*(?!(?:and|et|en|but|mais|maar)\s+(?!(?:its|their|his|her|the|a|an|son|sa|ses|leurs?|le|la|les|l['’]|une?|des|zijn|haar|hun|de|het|een)\s))(?:\p{Ll}[\p{L}'’-]*\s+){1,4}$/u;

/** Whether the figure at `q` is told of an untracked name whose apposition stands before its verb. */
export function apposedUntrackedSubject(mentions: readonly Mention[], q: Quantity, sentence: string): boolean {
  // The subject is the last name before the figure that no apposition of another holds.
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end > q.start) continue;
    if (sentence.charAt(m.end) !== ',' && !/^\s,/u.test(sentence.slice(m.end, m.end + 2))) continue;
    if (!APPOSITION_THEN_VERB.test(sentence.slice(m.end, q.start))) continue;
    return m.competitor === null;
  }
  return false;
}
