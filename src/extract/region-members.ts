import type { MarketHit } from './markets.js';

/**
 * Countries given as examples of a region just named are no markets of their own: "Latin
 * America, chiefly Brazil, Mexico and Chile, grew fastest", "l'Asie du Sud-Est, notamment
 * l'Indonésie et la Thaïlande, ...", "In Zuidoost-Azië, waar Indonesië, Thailand en Vietnam de
 * grootste markten zijn, verkocht ...". The figure is the region's; read with the countries it
 * names several places at once and gets none. Only countries of that region, after an
 * apposition word, are dropped ("In Europe, sales in Germany rose 5%" keeps Germany).
 * Returns the places without them (the same array when there are none).
 */
export const MEMBERS: Readonly<Record<string, ReadonlySet<string>>> = {
  SEA: new Set(['ID', 'TH', 'VN', 'MY', 'PH', 'SG']),
  LATAM: new Set(['BR', 'MX', 'CL', 'AR', 'CO', 'PE']),
  EU: new Set(['FR', 'DE', 'NL', 'BE', 'IT', 'ES', 'PL', 'IE', 'AT', 'PT', 'SE', 'DK', 'FI', 'CZ', 'GR', 'RO', 'HU', 'SK', 'BG', 'HR', 'SI', 'LT', 'LV', 'EE', 'LU', 'GB', 'CH', 'NO']),
};
// ", chiefly", ", notamment", ", waar", "(including": what opens the examples after the region.
const EXAMPLES_OPEN =
  /^\s*[,(–—-]\s*(?:chiefly|mainly|mostly|notably|including|especially|led by|in particular|principally|primarily|such as|where|notamment|surtout|principalement|en particulier|dont|comme|où|waar|vooral|met name|voornamelijk|waaronder|zoals|in het bijzonder)(?![\p{L}])/iu;
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|et|en|&|or|ou|of))\s*(?:(?:the|la|le|les|l['’]|het|au|aux|en|in)\s*)?$/iu;

/**
 * The one country among `hits` when every other hit is a region holding it: "In Europa is het
 * alleen actief in het Verenigd Koninkrijk. Daar ...", where a later sentence points (round 18).
 */
export function countryWithinRegions(hits: readonly MarketHit[]): string | null {
  const countries = new Set(hits.filter((m) => m.kind !== 'region').map((m) => m.code));
  if (countries.size !== 1) return null;
  const country = [...countries][0]!;
  return hits.every((m) => m.kind !== 'region' || (MEMBERS[m.code]?.has(country) ?? false)) ? country : null;
}

export function withoutRegionExamples(sentence: string, places: MarketHit[]): MarketHit[] {
  if (places.length < 2) return places;
  let dropped: Set<MarketHit> | null = null;
  for (let i = 0; i < places.length - 1; i++) {
    const region = places[i]!;
    const members = region.kind === 'region' ? MEMBERS[region.code] : undefined;
    if (!members) continue;
    const first = places[i + 1]!;
    if (!members.has(first.code) || !EXAMPLES_OPEN.test(sentence.slice(region.end, first.start))) continue;
    dropped ??= new Set();
    dropped.add(first);
    for (let j = i + 2; j < places.length && members.has(places[j]!.code) && LIST_GAP.test(sentence.slice(places[j - 1]!.end, places[j]!.start)); j++) dropped.add(places[j]!);
  }
  return dropped ? places.filter((m) => !dropped!.has(m)) : places;
}
