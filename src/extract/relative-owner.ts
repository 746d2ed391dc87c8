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

// A relative clause told after an apposition hangs on the name before the apposition (round
// 20c): "bol, the Dutch platform owned by Ahold Delhaize, which counts 3 million customers",
// "Allegro, la place de marché détenue par Cinven, qui revendique...", "bol, het platform van Ahold
// Delhaize, dat 13 miljoen klanten telt". The articles are the relative's language's: French "a"
// is a verb ("Shein, a de son côté..."), French "de" a preposition ("Shein, de son côté, ...").
const APPOSED_RELATIVE = [
  /^\s*,\s*(?:the|a|an)(?![\p{L}])[^,;:()]{1,90}?,\s*(?:which|who|whose|that)(?![\p{L}])/iu,
  /^\s*,\s*(?:la|le|les|l['’]|un|une)(?![\p{L}])[^,;:()]{1,90}?,\s*(?:qui|dont|lequel|laquelle)(?![\p{L}])/iu,
  /^\s*,\s*(?:de|het|een)(?![\p{L}])[^,;:()]{1,90}?,\s*(?:die|dat|wiens|welke|waarvan)(?![\p{L}])/iu,
];

function apposedRelative(sentence: string, at: number): RegExpExecArray | null {
  const rest = sentence.slice(at, at + 130);
  if (!/^\s*,/u.test(rest)) return null;
  for (const re of APPOSED_RELATIVE) {
    const found = re.exec(rest);
    if (found) return found;
  }
  return null;
}

/** The mention whose relative clause holds `pos`, if the figure is told in one. */
export function relativeAntecedent(mentions: readonly Mention[], pos: number, sentence: string): Mention | undefined {
  let found: Mention | undefined;
  // The end of an apposition already read: names inside it ("owned by Ahold Delhaize") are no antecedent.
  let apposedUntil = -1;
  for (const m of mentions) {
    if (m.end > pos) break;
    if (m.start < apposedUntil) continue;
    const opening = RELATIVE.exec(sentence.slice(m.end, m.end + 16)) ?? apposedRelative(sentence, m.end);
    if (!opening) continue;
    const clauseStart = m.end + opening[0].length;
    apposedUntil = clauseStart;
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
