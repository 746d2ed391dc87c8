import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Told } from './gapping.js';
import type { Quantity } from './numbers.js';

// What was expected, told before the expected figure: "analysts had expected", "les analystes
// tablaient sur", "analisten rekenden op"; and what they expect now: "analysts expect at most",
// "les analystes tablent sur", "analisten rekenen op hooguit".
const EXPECTED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:expected|expecting|expect|forecast|forecasting|projected|had pencilled in|consensus (?:of|was)|estimates? of|estimated)\s+(?:(?:an?|the|about|around|roughly|some|at most|at least|as much as|no more than)\s+)*$/iu,
  fr: /(?<![\p{L}])(?:tablaient sur|tablait sur|tablent sur|table sur|attendaient|attendait|attendent|prévoyaient|prévoyait|prévoient|anticipaient|anticipait|anticipent|misaient sur|misent sur|pariaient sur|s['’]attendaient à|s['’]attendent à|consensus (?:de|était de)|estimations? de)\s+(?:(?:environ|près de|quelque|au mieux|au plus|tout au plus|au moins)\s+)*$/iu,
  nl: /(?<![\p{L}])(?:rekenden op|rekende op|rekenen op|rekent op|verwachtten|verwachtte|verwachten|voorspelden|voorspelde|voorspellen|schatten|schatte|gingen uit van|ging uit van|gaan uit van|consensus van|(?:door analisten |gemiddeld )?verwachte)\s+(?:(?:een|ongeveer|circa|zo['’]n|ruim|bijna|hooguit|hoogstens|maximaal|minstens|ten minste)\s+)*$/iu,
};

// What was expected, told after the expected figure: "the $79 billion analysts had expected",
// "des 79 milliards attendus par les analystes", "terwijl de markt op 101,7 miljard had gerekend".
const EXPECTED_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:(?:that |which )?(?:analysts|the market|investors|economists|wall street)(?: had| were| was)? (?:expected|expecting|forecast|projected|pencilled in|anticipated|predicted)|(?:expected|forecast|projected|anticipated|predicted) by (?:analysts|the market|investors|economists|wall street))(?![\p{L}])/iu,
  fr: /^\s*(?:(?:attendu|prévu|escompté|anticipé)e?s?(?: en moyenne)? par (?:les |le )?(?:analystes|marché|consensus|investisseurs|économistes)|qu['’]attendai(?:en)?t (?:les analystes|le marché|le consensus))(?![\p{L}])/iu,
  nl: /^\s*(?:(?:had|hadden) (?:gerekend|verwacht)|(?:rekende|rekenden|verwachtte|verwachtten))(?![\p{L}])/iu,
};
// The Dutch verb told after the figure needs the preposition or subject before it: "op 101,7 miljard
// had gerekend", "analisten hadden 25 miljard verwacht".
const NL_BEFORE_FIGURE = /(?<![\p{L}])(?:op|analisten|beleggers|de markt)\s+(?:(?:een|ongeveer|circa|zo['’]n|ruim|bijna|gemiddeld)\s+)*$/iu;

/** Whether a figure is told as what analysts or the market expected, by a verb before or after it. */
export function expectedFigure(q: Quantity, sentence: string, language: Language): boolean {
  if (EXPECTED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start))) return true;
  const after = sentence.slice(q.end, q.end + 50);
  if (!EXPECTED_AFTER[language].test(after)) return false;
  return language !== 'nl' || NL_BEFORE_FIGURE.test(sentence.slice(Math.max(0, q.start - 30), q.start));
}

/**
 * What was expected of a figure told just before it, in the sentence or, for a sum, at the end of the
 * sentence before ("De omzet steeg tot 95,7 miljard yuan. Analisten rekenden op 101,7 miljard."):
 * the figure it is set against, when the expected one is of the same kind and currency.
 */
export function expectedOf(q: Quantity, sentence: string, language: Language, before: Told | undefined): Told | null {
  if (!before || before.kind !== q.kind || q.kind === 'percent' || before.reading.unit !== q.unit) return null;
  return expectedFigure(q, sentence, language) ? before : null;
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

// Analysts or the market expecting a figure already told, after it: "more than the $162 billion
// analysts had expected", "plus que les 162 milliards attendus par les analystes", "meer dan de 162
// miljard waar analisten op rekenden", "beating analysts' estimates" (round 21).
const EXPECTATION_AFTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:analysts|the market|investors|economists|Wall Street)(?:\s+on average)?(?:\s+(?:had|have|were|was))?\s+(?:expected|expecting|forecast|projected|pencilled in|anticipated|predicted|estimated)|(?:expected|forecast|projected|anticipated|predicted|estimated)\s+by\s+(?:analysts|the market|investors|economists|Wall Street)|analysts['’]?\s+(?:expectations|estimates|forecasts|consensus))(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:(?:attendu|prévu|escompté|anticipé|estimé)e?s?(?:\s+en moyenne)?\s+par\s+(?:les\s+|le\s+)?(?:analystes|marché|consensus|investisseurs|économistes)|(?:les analystes|le marché|le consensus|les investisseurs)\s+(?:tablaient|tablait|tablent|attendaient|attendait|prévoyaient|anticipaient|misaient|s['’]attendaient)|(?:attentes|prévisions|estimations)\s+des\s+analystes)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:(?:analisten|de markt|beleggers)(?:\s+gemiddeld)?\s+(?:(?:op|hadden|had|al)\s+){0,2}(?:rekenden|rekende|gerekend|verwachtten|verwachtte|verwacht)|verwachtingen\s+van\s+(?:de\s+)?analisten|door\s+analisten\s+verwacht\p{L}*)(?![\p{L}])/giu,
};
const EXPECTATION_GATE = /consensus|expect|forecast|project|pencil|anticip|predict|estim|attend|attent|prévu|prévo|prévi|escompt|tabl|misaient|rekend|verwacht/iu;
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`expectation: after a figure (${l})`, EXPECTATION_AFTER[l], EXPECTATION_GATE);

/**
 * The sentence with what analysts or the market expected of a figure told before it taken out:
 * those analysts judge the company's figure, they are no outside source of it (round 21).
 */
export function withoutLaterExpectation(sentence: string, language: Language): string {
  if (!EXPECTATION_GATE.test(sentence)) return sentence;
  const first = sentence.search(/\d/u);
  if (first < 0) return sentence;
  const re = EXPECTATION_AFTER[language];
  re.lastIndex = 0;
  return sentence.replace(re, (m, ...rest) => ((rest[rest.length - 2] as number) > first ? ' ' : m));
}
