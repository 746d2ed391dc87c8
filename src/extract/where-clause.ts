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
  if (first !== 119 && first !== 111 && first !== 87 && first !== 79 && !APPOSED_FIRST.has(first)) return null;
  if (comma < 0 || !WHERE_OPENING.test(sentence.slice(comma + 1, pos))) return null;
  const stop = sentence.slice(pos).search(/[,;:()]|\.\s/u);
  const end = stop < 0 ? sentence.length : pos + stop;
  if (places.some((m) => m.start > comma && m.end <= end)) return null;
  let place: MarketHit | undefined;
  for (const m of places) if (m.end <= comma && sentence.slice(m.end, comma).trim() === '') place = m;
  return place?.code ?? null;
}

// The clause from the comma to the figure: "where", "où", "waar", then no other break.
// "Southeast Asia, a region where", "l'Asie du Sud-Est, une région où", "Zuidoost-Azië, een regio
// waar": the place named again by a noun before the pronoun (round 18).
const WHERE_OPENING =
  /^\s*(?:(?:a|an|un|une|een)\s+(?:region|country|market|continent|région|pays|marché|regio|land|markt|werelddeel)\s+)?(?:where|où|waar)(?![\p{L}])[^,;:()]*$/iu;
// The first letters of those nouns' articles: a, u, e (and capitals).
const APPOSED_FIRST: ReadonlySet<number> = new Set([97, 117, 101, 65, 85, 69]);
