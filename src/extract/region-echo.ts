import type { CandidateFact } from '../domain/vocabulary.js';

/** European countries: an EU-wide entry is made of theirs. */
const EUROPEAN = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT',
  'RO', 'SK', 'SI', 'ES', 'SE', 'GB', 'NO', 'CH', 'IS',
]);

/** The countries of the other regions (round 20c): Latin America's and Southeast Asia's. */
const LATIN_AMERICAN = new Set(['BR', 'MX', 'AR', 'CL', 'CO', 'PE', 'UY', 'EC', 'VE', 'BO', 'PY', 'CR', 'DO', 'GT', 'PA']);
const SOUTHEAST_ASIAN = new Set(['ID', 'TH', 'VN', 'MY', 'PH', 'SG', 'KH', 'MM', 'LA', 'BN']);
const REGION_OF: ReadonlyArray<[string, ReadonlySet<string>]> = [['EU', EUROPEAN], ['LATAM', LATIN_AMERICAN], ['SEA', SOUTHEAST_ASIAN]];

/**
 * Events that happen country by country: a company enters, or plans to enter, one market at a time;
 * and (round 20c) it halts or leaves one at a time: "Vietnam orders Temu to halt operations as
 * Southeast Asia turns on cheap imports".
 */
const BY_COUNTRY = new Set(['launch', 'expansion', 'suspension', 'exit']);

/**
 * A launch or expansion told for Europe in an article that tells the same company's launch or
 * expansion in European countries is those countries' entry told as a whole ("its European debut
 * starts in Spain and Italy"; "the launch across Europe" in a later sentence): the countries are
 * the news, and the Europe-wide copy goes. Alone, an entry into Europe stays. So with Latin America
 * and Southeast Asia (round 20c): "lands in Brazil as ByteDance pushes deeper into Latin America".
 */
export function withoutRegionEcho(facts: CandidateFact[]): CandidateFact[] {
  const inCountries = new Set<string>();
  for (const f of facts) {
    if (f.type !== 'event' || !BY_COUNTRY.has(f.event!) || f.market === null) continue;
    for (const [region, countries] of REGION_OF) if (countries.has(f.market)) inCountries.add(`${f.competitor}|${f.event}|${region}`);
  }
  if (inCountries.size === 0) return facts;
  return facts.filter((f) => !(f.type === 'event' && f.market !== null && inCountries.has(`${f.competitor}|${f.event}|${f.market}`)));
}
