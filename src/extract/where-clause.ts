import type { MarketHit } from './markets.js';

/**
 * A figure told in a relative clause about a place is that place's: "Indonesia leads, followed by
 * Thailand, where its share reached 28%", "puis l'Espagne, où elle compte 3 millions de clients",
 * "gevolgd door België, waar het 2 miljoen klanten telt" (round 15). The clause that opens on
 * "where / où / waar" right after a comma takes the place that closes the words before that comma,
 * when its own words name none.
 */
export function whereClausePlace(places: readonly MarketHit[], pos: number, sentence: string): string | null {
  const comma = Math.max(sentence.lastIndexOf(',', pos - 1), sentence.lastIndexOf('(', pos - 1));
  // The pronoun's first letter right after the comma, checked by hand before the pattern.
  const first = sentence.charCodeAt(comma + 1) === 32 ? sentence.charCodeAt(comma + 2) : sentence.charCodeAt(comma + 1);
  if (!OPENERS.has(first)) return null;
  const clause = sentence.slice(comma + 1, pos);
  // Past an article, the clause must still hold its "where": most clauses after a comma hold none.
  if (first !== 119 && first !== 111 && first !== 87 && first !== 79 && !WHERE_WORD.test(clause)) return null;
  if (comma < 0 || !WHERE_OPENING.test(clause)) return null;
  const stop = sentence.slice(pos).search(/[,;:()]|\.\s/u);
  const end = stop < 0 ? sentence.length : pos + stop;
  if (places.some((m) => m.start > comma && m.end <= end)) return null;
  let place: MarketHit | undefined;
  for (const m of places) if (m.end <= comma && sentence.slice(m.end, comma).trim() === '') place = m;
  return place?.code ?? null;
}

// The clause from the comma to the figure: "where", "où", "waar", then no other break.
// The place may be named again as a noun first (round 18): ", a region where", ", une région où",
// ", een markt waar".
const WHERE_OPENING =
  /^\s*(?:(?:a|an|the|une?|la|le|een|de|het)\s+(?:[\p{L}-]+\s+)?(?:region|market|area|country|zone|région|marché|pays|regio|markt|land|gebied)\s+)?(?:where|in which|où|waar(?:in)?)(?![\p{L}])[^,;:()]*$/iu;
const WHERE_WORD = / (?:where|in which|où|waar)/u;
// First letters (either case) of "where", "où", "waar" and of the articles above.
const OPENERS: ReadonlySet<number> = new Set([...'wWoOaAtTuUlLeEdDhHi'].map((c) => c.charCodeAt(0)));
