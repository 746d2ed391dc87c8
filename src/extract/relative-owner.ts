import type { Mention } from './companies.js';

/**
 * A figure told in a relative clause hung on a name belongs to that name, whatever the name is
 * to the main clause: "...in direct competition with Amazon, which has more than 200 million
 * Prime members", "face à Amazon, qui revendique 300 millions de clients", "tegenover Amazon, dat
 * 3.000 verkopers telt". A rival named as an object owns nothing else in the sentence, but it
 * owns what its own relative clause says. Only a pronoun standing for a thing or a person counts:
 * "where", "où", "waar" hang on a place.
 */
const RELATIVE = /^\s*,\s*(?:which|who|whose|that|qui|dont|lequel|laquelle|die|dat|wiens|welke|waarvan)(?![\p{L}])/iu;
const CLAUSE_END = /[,;:)]/u;

/** The mention whose relative clause holds `pos`, if the figure is told in one. */
export function relativeAntecedent(mentions: readonly Mention[], pos: number, sentence: string): Mention | undefined {
  let found: Mention | undefined;
  for (const m of mentions) {
    if (m.end > pos) break;
    const opening = RELATIVE.exec(sentence.slice(m.end, m.end + 16));
    if (!opening) continue;
    const clauseStart = m.end + opening[0].length;
    // The clause closes on the next comma: the figure must come before it. A name inside the
    // clause ("Shein, whose rival Temu has 30 million users") may own the figure itself.
    if (!CLAUSE_END.test(sentence.slice(clauseStart, pos)) && !mentions.some((n) => n.start >= clauseStart && n.start < pos)) found = m;
  }
  return found;
}
