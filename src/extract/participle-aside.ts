import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { MarketHit } from './markets.js';

/**
 * An aside between commas that opens on a participle of arrival or founding recalls where a
 * company has been, not where the main clause's figure is told (round 20): "the platform,
 * launched in the US in 2022 and in France last spring, made about $16 billion of sales", "la
 * plateforme, lancée aux Etats-Unis en 2022 puis arrivée en France, aurait réalisé 16 milliards",
 * "het platform, in 2022 in de VS gelanceerd, zette 16 miljard om". A figure told inside the
 * aside keeps its places: only figures outside it lose them.
 */
const ASIDE: Record<Language, RegExp> = {
  en: /,\s*(?:first\s+|originally\s+|only\s+)?(?:launched|introduced|rolled out|founded|started|created|born|arrived|present|active|available)\s[^,;:()]{4,160},/giu,
  fr: /,\s*(?:d['’]abord\s+|déjà\s+)?(?:lancée?s?|introduite?s?|déployée?s?|fondée?s?|créée?s?|née?s?|arrivée?s?|implantée?s?|présente?s?|actif|actifs|active|actives|disponibles?)\s[^,;:()]{4,160},/giu,
  nl: /,\s*[^,;:()]{4,120}\s(?:gelanceerd|geïntroduceerd|opgericht|neergestreken)\s*,/giu,
};
// Every aside holds one of these stems (lower-cased).
const GATE: Record<Language, RegExp> = {
  en: /launched|introduced|rolled out|founded|started|created|born|arrived|present|active|available/iu,
  fr: /lancé|introduit|déployé|fondé|créé|né|arrivé|implanté|présent|actif|active|disponible/iu,
  nl: /gelanceerd|geïntroduceerd|opgericht|neergestreken/iu,
};
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`participle aside (${l})`, ASIDE[l], GATE[l]);

/** [start, end) of each participle aside of `sentence` (the commas included). */
export function participleAsides(sentence: string, language: Language): Array<[number, number]> {
  if (!GATE[language].test(sentence)) return [];
  const out: Array<[number, number]> = [];
  const re = ASIDE[language];
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    out.push([m.index, m.index + m[0].length]);
    // The closing comma may open the next aside.
    re.lastIndex = m.index + m[0].length - 1;
  }
  return out;
}

/** The places a figure at `pos` may take: none from an aside it stands outside of. */
export function outsideAsides(places: MarketHit[], pos: number, asides: ReadonlyArray<[number, number]>): MarketHit[] {
  if (asides.length === 0) return places;
  return places.filter((h) => !asides.some(([s, e]) => h.start >= s && h.end <= e && !(pos >= s && pos < e)));
}
