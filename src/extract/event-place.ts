import type { Language } from '../domain/vocabulary.js';
import type { MarketHit } from './markets.js';

/**
 * Where an event whose clause names no country happened, when the clause still says so:
 * - the world, in the cue's clause or in a sentence naming no country: "cuts 10,000 jobs worldwide", "supprime 2 000 postes dans le monde", "schrapt
 *   wereldwijd 500 banen" (a worldwide event is GLOBAL, not the place the article was last in);
 * - "there / y / daar" pointing back at the place named before it in the sentence: "Indonesia was
 *   its biggest market until Jakarta forced it to suspend its shop there", "l'Inde, où elle a dû y
 *   fermer", "in Spanje, waar het daar stopte".
 * Events not told this way keep finding their place as before (empty result).
 */
const THERE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])there(?![\p{L}])(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|appears?)(?![\p{L}]))/iu,
  fr: /(?:(?<![\p{L}])|(?<=['’]))y\s+$/iu,
  nl: /(?<![\p{L}])daar(?![\p{L}])/iu,
};
const THERE_IS_FR = /(?<![\p{L}])il\s+y\s+$/iu;
// "in the country", "dans le pays", "in het land" point back just as "there" does (round 20c):
// "nadat Indonesië ... had verboden, waardoor TikTok Shop zijn winkel in het land tijdelijk moest sluiten".
const IN_THE_COUNTRY = /(?<![\p{L}])(?:in the country|dans le pays|au pays|in het land)(?![\p{L}])/iu;
const POINTER_WORDS: Record<Language, string> = { en: 'country', fr: 'pays', nl: 'land' };

/** Whether "in the country" points back in the cue's clause, after the cue or (Dutch word order) just before it. */
function inTheCountry(sentence: string, start: number, after: string, language: Language): boolean {
  const word = POINTER_WORDS[language];
  if (after.includes(word) && IN_THE_COUNTRY.test(after)) return true;
  if (language !== 'nl') return false;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const own = before.slice(before.lastIndexOf(',') + 1);
  return own.includes(word) && IN_THE_COUNTRY.test(own);
}

export function worldOrThere(sentence: string, start: number, end: number, next: number, all: MarketHit[], places: MarketHit[], language: Language): MarketHit[] {
  // In the cue's clause, or anywhere in a sentence that names no other place ("cuts 10,000 jobs
  // worldwide, the largest round of layoffs in its history").
  const world = all.find((m) => m.kind === 'global' && ((m.start >= start && m.start < next) || places.length === 0));
  if (world) return [world];
  const after = sentence.slice(end, next);
  const before = sentence.slice(Math.max(0, start - 12), start);
  // Cheap gates on the pointer word before any regex.
  const there =
    language === 'fr'
      ? before.includes('y ') && THERE.fr.test(before) && !THERE_IS_FR.test(before) && !/^a(?:vait|ura)?(?![\p{L}])/iu.test(sentence.slice(start, end))
      : language === 'en'
        ? after.includes('there') && THERE.en.test(after)
        : (after.includes('daar') || before.includes('daar')) && (THERE.nl.test(after) || THERE.nl.test(before));
  if (!there && !inTheCountry(sentence, start, after, language)) return [];
  const earlier = places.filter((m) => m.end <= start && m.kind !== 'global');
  return earlier.length > 0 ? [earlier[earlier.length - 1]!] : [];
}
