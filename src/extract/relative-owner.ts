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
    if (!CLAUSE_END.test(sentence.slice(clauseStart, pos)) && !mentions.some((n) => n.start >= clauseStart && n.start < pos)) found = m;
  }
  return found;
}
