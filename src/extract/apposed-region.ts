import type { MarketHit } from './markets.js';

/**
 * A region named in an apposition that describes the country just before it is no place of the
 * sentence's events: "In Indonesia, its biggest market in Southeast Asia, the government said it
 * would ban ...", "En Allemagne, son premier marché européen, Temu ...", "In Indonesië, zijn
 * grootste markt in Zuidoost-Azië, ...". The rule or the opening is the country's. Returns the
 * places without such regions (the same array when there are none).
 */
export function withoutApposedRegions(sentence: string, places: MarketHit[]): MarketHit[] {
  if (places.length < 2 || !places.some((m) => m.kind === 'region')) return places;
  return places.filter((m, i) => {
    if (m.kind !== 'region' || i === 0) return true;
    const country = places[i - 1]!;
    if (country.kind !== 'name' || country.code === m.code) return true;
    return !(APPOSITION.test(sentence.slice(country.end, m.start)) && CLOSED.test(sentence.slice(m.end, m.end + 40)));
  });
}

const APPOSITION = /^\s*,\s+(?:its|their|his|her|son|sa|ses|leur|zijn|haar|hun)\s[^,;:()]{0,50}$/iu;
const CLOSED = /^[^,;:()]{0,30},/u;
