import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

// Analysts named only as those whose expectation a figure is set against: "less than analysts
// had expected", "alors que les analystes tablaient sur", "minder dan analisten hadden verwacht",
// "short of analysts' forecasts". They are no source of the figure: the reported one is the
// company's (round 21). Only past expectations and comparisons: "analysts expect" or "les
// analystes tablent sur" may tell a figure of their own.
const EXPECTING: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:than|what)\s+(?:most\s+)?analysts\s+(?:had\s+)?(?:expected|forecast|predicted|anticipated|projected)|analysts(?:\s+[\p{L}.&-]+){0,4}?\s+(?:had\s+(?:been\s+)?|were\s+)(?:expected|expecting|forecast|forecasting|predicted|predicting|anticipated|anticipating|projected|projecting|pencilled\s+in|looking\s+for)|(?:expected|forecast|predicted|anticipated|projected)\s+by\s+analysts|analysts['’]\s+(?:average\s+|consensus\s+|own\s+)?(?:forecasts?|estimates?|expectations|projections|consensus))(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:les|des|d['’])\s*analystes(?:\s+[\p{L}.&-]+){0,4}?\s+(?:tablaient|attendaient|prévoyaient|anticipaient|misaient|espéraient|pariaient|s['’]attendaient|avaient\s+(?:prévu|anticipé|misé|tablé))|(?:attendue?s?|prévue?s?|escomptée?s?|anticipée?s?)(?:\s+en\s+moyenne)?\s+par\s+les\s+analystes|qu['’]attendaient\s+les\s+analystes|(?:attentes|prévisions|estimations|consensus)\s+des\s+analystes)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:dan\s+(?:de\s+)?analisten\s+(?:hadden\s+)?(?:verwacht|gerekend|voorspeld|gehoopt)|(?:de\s+)?analisten(?:\s+[\p{L}.&-]+){0,4}?\s+(?:hadden|rekenden|verwachtten|voorspelden|gingen\s+uit\s+van)|(?:door|van)\s+(?:de\s+)?analisten\s+(?:verwacht|voorspeld|geraamd)e?|(?:verwachtingen|ramingen|prognoses?|consensus)\s+van\s+(?:de\s+)?analisten)(?![\p{L}])/iu,
};
const GATE = /analy|anali/i;

const EVERY: Record<Language, RegExp> = {
  en: new RegExp(EXPECTING.en.source, 'giu'),
  fr: new RegExp(EXPECTING.fr.source, 'giu'),
  nl: new RegExp(EXPECTING.nl.source, 'giu'),
};

for (const l of ['en', 'fr', 'nl'] as const) declareGate(`expecting analysts (${l})`, EXPECTING[l], GATE);

/** The sentence with the analysts who only expected a figure left out, for looking for a source. */
export function withoutExpectingAnalysts(sentence: string, language: Language): string {
  return GATE.test(sentence) ? sentence.replace(EVERY[language], ' ') : sentence;
}
