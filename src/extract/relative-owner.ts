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
    if (!mentions.some((n) => n.start >= clauseStart && n.start < pos) && withinRelative(sentence.slice(clauseStart, pos), sentence.slice(pos, pos + 4))) found = m;
  }
  return found;
}

// The clause runs on past a comma that opens a figure set beside the one before ("would spend
// $3.4 billion this year, 40% more than in 2024") or a verb coordinated with its own ("and hire
// 6,500 people", "et recruter 500 personnes", "en 500 mensen aannemen") (round 20c, precision).
const RUNS_ON =
  /^\s*(?:(?:about|around|some|nearly|almost|roughly|up|down|or|soit|environ|près de|ou|ofwel|oftewel|ongeveer|zo['’]n|ruim|bijna)\s+)?[\d$€£¥]|^\s*(?:and|et|en)\s+(?!(?:the|a|an|its|their|it|they|he|she|we|this|that|these|those|le|la|les|un|une|des|son|sa|ses|leur|leurs|il|elle|ils|elles|on|ce|cette|ces|de|het|een|zijn|haar|hun|hij|zij|ze|die|dat|dit|deze|er|wij|we|in|à|au|aux|en|dans|at|op|bij|voor|for)\s|[ldnsjc]['’])\p{Ll}/u;

function withinRelative(clause: string, figure: string): boolean {
  const parts = clause.split(CLAUSE_END);
  for (let i = 1; i < parts.length; i++) {
    // Only commas are run past; a semicolon, colon or bracket closes the clause. The last part
    // runs up to the figure, which is read with it.
    if (!RUNS_ON.test(i === parts.length - 1 ? parts[i]! + figure : parts[i]!)) return false;
  }
  return parts.length === 1 || !/[;:)]/u.test(clause);
}
