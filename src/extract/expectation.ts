import type { Language } from '../domain/vocabulary.js';
import type { Told } from './gapping.js';
import type { MetricReading } from './metrics.js';
import type { Quantity } from './numbers.js';

// What was expected, told before the expected figure: "analysts had expected", "les analystes
// tablaient sur", "analisten rekenden op"; and what they expect now: "analysts expect at most",
// "les analystes tablent sur", "analisten rekenen op hooguit".
const EXPECTED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:expected|expecting|expect|forecast|forecasting|projected|had pencilled in|consensus (?:of|was)|estimates? of|estimated)\s+(?:(?:an?|the|about|around|roughly|some|at most|at least|as much as|no more than)\s+)*$/iu,
  fr: /(?<![\p{L}])(?:tablaient sur|tablait sur|tablent sur|table sur|attendaient|attendait|attendent|prévoyaient|prévoyait|prévoient|anticipaient|anticipait|anticipent|misaient sur|misent sur|pariaient sur|s['’]attendaient à|s['’]attendent à|consensus (?:de|était de)|estimations? de)\s+(?:(?:environ|près de|quelque|au mieux|au plus|tout au plus|au moins)\s+)*$/iu,
  nl: /(?<![\p{L}])(?:rekenden op|rekende op|rekenen op|rekent op|verwachtten|verwachtte|verwachten|voorspelden|voorspelde|voorspellen|schatten|schatte|gingen uit van|ging uit van|gaan uit van|consensus van)\s+(?:(?:een|ongeveer|circa|zo['’]n|hooguit|hoogstens|maximaal|minstens|ten minste)\s+)*$/iu,
};

/**
 * The reading of a bare sum told as what was expected of the figure before it: "le chiffre
 * d'affaires a atteint 9 milliards d'euros, alors que les analystes tablaient sur 9,4 milliards"
 * counts what the first sum counted.
 */
export function expectedReading(q: Quantity, sentence: string, language: Language, before: Told | null): MetricReading | null {
  if (!before || before.kind !== q.kind || q.kind === 'percent') return null;
  if (!EXPECTED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start))) return null;
  return { ...before.reading, value: q.value, unit: q.unit };
}

/** Whether `text` ends on a verb of expecting in `language`: "analysts had expected", "de markt rekende op". */
export const endsOnExpectation = (text: string, language: Language): boolean => EXPECTED_BEFORE[language].test(text.slice(-40));

// Whoever expects a company's figure does not own it: "the market", "Wall Street", "investors",
// "le marché", "de markt", "beleggers" (round 20).
const EXPECTERS = /(?<![\p{L}])(?:the market|markets|Wall Street|investors|analysts|le marché|les marchés|les investisseurs|les analystes|de markt|beleggers|analisten)(?![\p{L}])/iu;
const ANY_EXPECTED = new RegExp(`(?:${EXPECTED_BEFORE.en.source})|(?:${EXPECTED_BEFORE.fr.source})|(?:${EXPECTED_BEFORE.nl.source})`, 'iu');

/** Whether a clause ends with the market or analysts expecting a figure: "terwijl de markt rekende op". */
export function marketExpects(clause: string): boolean {
  return EXPECTERS.test(clause) && ANY_EXPECTED.test(clause.slice(-40));
}

/**
 * Whether the sentence opens on a sum told as what was expected, with no noun of its own:
 * "Analysts on average had expected $158.6 billion", "Les analystes tablaient sur 9,4 milliards".
 * It is an estimate of the figure told before it, not the sector's own figure.
 */
export function opensOnBareExpectation(sentence: string, language: Language): boolean {
  const at = sentence.search(/[$€£¥]?\d/u);
  if (at < 0 || at > 120) return false;
  const opening = sentence.slice(0, at);
  return !/[,;:]/u.test(opening) && EXPECTED_BEFORE[language].test(opening.slice(-40));
}
