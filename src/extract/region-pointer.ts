import type { Language } from '../domain/vocabulary.js';
import { clauseAround, findMarkets, type MarketHit } from './markets.js';
import { MAX_SENTENCE } from './article-context.js';
import { declareGate } from './gates.js';
import { lowerCase } from './lower-case.js';

/**
 * "TikTok Shop has grown fast in Southeast Asia. ... It handled $16bn across the region", "wil het
 * handelsvolume in de regio verdubbelen", "ses ventes dans la région": a figure told for "the
 * region" is the region's the article named last (Southeast Asia, Latin America, Europe), even when
 * an aside of its clause names one country of it ("including the business it bought in Indonesia").
 */
// A figure noun told as the region's points there too (round 20): "lifted its regional market share
// to 24%", "sa part de marché régionale", "het regionale marktaandeel".
const POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:in|across|throughout|for)\s+the\s+(?:whole\s+|entire\s+)?region(?![\p{L}'’-])|regional\s+(?:market\s+share|share|sales|revenue|GMV|gross\s+merchandise\s+(?:value|volume)|(?:sales\s+)?volume)(?![\p{L}]))/iu,
  fr: /(?<![\p{L}])(?:(?:dans|sur)\s+(?:(?:toute|l['’]ensemble\s+de)\s+)?la\s+région(?![\p{L}'’-])|(?:part\s+de\s+marché|ventes|chiffre\s+d['’]affaires|volume\s+d['’]affaires)\s+régionale?s?(?![\p{L}]))/iu,
  nl: /(?<![\p{L}])(?:in\s+(?:de\s+(?:hele\s+)?|heel\s+de\s+)regio(?![\p{L}'’-])|regionale\s+(?:marktaandeel|omzet|verkopen|handelsvolume)(?![\p{L}]))/iu,
};
// Checked first: the word itself.
const GATE: Record<Language, string> = { en: 'region', fr: 'région', nl: 'regio' };
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`region pointer (${l})`, POINTER[l], (text) => text.toLowerCase().includes(GATE[l]));

const RANKED_IN =
  /(?<![\p{L}])(?:largest|biggest|second|third|leading|top|first|grootste|eerste|tweede|derde|belangrijkste|plus grand|plus grande|plus gros|premier|première|deuxième|second|seconde)(?![\p{L}])[^,;]*$/iu;
const REGION_CODES: ReadonlySet<string> = new Set(['SEA', 'LATAM', 'EU']);
const LOOK_BACK = 6;

/** The region a figure at `pos` points to with "the region", if its clause does and an earlier sentence named one. */
export function pointedRegion(sentence: string, pos: number, language: Language, sentences: readonly string[], i: number, cache: Map<string, MarketHit[]>): string | null {
  // The sentence's lower-cased copy is kept (lower-case.ts): this is asked for each of its figures.
  if (!lowerCase(sentence).includes(GATE[language])) return null;
  const pointer = POINTER[language].exec(sentence);
  if (!pointer) return null;
  const [from, to] = clauseAround(sentence, pos);
  if (pointer.index < from || pointer.index >= to) return null;
  // "75 million users in Mexico, the second-largest number in the region": a rank told within the
  // region is an aside on the country named, not a figure for the region (round 18).
  if (RANKED_IN.test(sentence.slice(Math.max(0, pointer.index - 50), pointer.index))) return null;
  for (let j = i - 1; j >= 0 && j >= i - LOOK_BACK; j--) {
    const region = lastRegion(sentences[j]!, language, cache);
    if (region) return region;
  }
  // Far down a long article, "the region" is still the one its title or lead is about (round 21).
  for (let j = Math.min(1, i - LOOK_BACK - 1); j >= 0; j--) {
    const region = lastRegion(sentences[j]!, language, cache);
    if (region) return region;
  }
  return null;
}

function lastRegion(sentence: string, language: Language, cache: Map<string, MarketHit[]>): string | null {
  const s = sentence.slice(0, MAX_SENTENCE);
  let all = cache.get(s);
  if (!all) {
    all = findMarkets(s, language);
    cache.set(s, all);
  }
  const regions = all.filter((m) => REGION_CODES.has(m.code));
  return regions.length > 0 ? regions[regions.length - 1]!.code : null;
}
