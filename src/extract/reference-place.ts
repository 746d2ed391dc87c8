import type { MarketHit } from './markets.js';

/**
 * "TikTok Shop a ouvert au Brésil, son deuxième marché après le Mexique. La filiale y revendique
 * 5 000 vendeurs": a place named as the point of comparison of another ("after Mexico", "comme en
 * Espagne", "na Mexico", "than in Germany") is not the place the sentence is about, so a later
 * "y", "there", "daar" or a title's single market does not point to it (round 16). Only asked when
 * a sentence names several places: a single place stays the sentence's, whatever comes before it.
 */
const COMPARED_BEFORE =
  /(?<![\p{L}])(?:after|following|like|unlike|than|as in|après|comme|contrairement à|plutôt qu['’]|qu['’]|que|na|zoals|net als|anders dan|dan)\s*(?:(?:in|the|en|au|aux|le|la|les|het)\s+|l['’]\s*)?$/iu;

// "n'est présent qu'en Espagne", "ne vend que dans l'UE": ne ... que is "only", no comparison (round 18).
const ONLY_BEFORE = /(?<![\p{L}])(?:n['’]|ne\s)[^,.;:]{0,40}?(?<![\p{L}])qu(?:['’]\s*|e\s+)(?:(?:in|en|au|aux|le|la|les|dans|à)\s+|l['’]\s*)*$/iu;

export function isReferencePlace(sentence: string, m: MarketHit): boolean {
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  return COMPARED_BEFORE.test(before) && !ONLY_BEFORE.test(sentence.slice(Math.max(0, m.start - 80), m.start));
}

/** The places of a sentence that are not a point of comparison, when leaving those out leaves some. */
export function withoutReferencePlaces(sentence: string, hits: MarketHit[]): MarketHit[] {
  if (new Set(hits.map((m) => m.code)).size < 2) return hits;
  const kept = hits.filter((m) => !isReferencePlace(sentence, m));
  return kept.length > 0 ? kept : hits;
}
