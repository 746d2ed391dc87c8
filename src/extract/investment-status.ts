import type { Language, Status } from '../domain/vocabulary.js';

// A company's own announced investment is reported as made (the dev annotation: "TikTok will
// invest $1.5 billion" is actual), also when told with a modal of expectation: "is expected to
// invest", "devrait investir", "zou ... investeren".
const EXPECTED_TO_INVEST: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:is|are) expected to invest(?![\p{L}])|(?<![\p{L}])should invest(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:devrait|devraient) (?:[^.;,]{0,40}? )?investir(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zou|zouden) (?:[^.;,]{0,40}? )?investeren(?![\p{L}])/iu,
};
// Someone else telling it makes it hearsay, an estimate as before.
const HEARSAY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:analysts?|reportedly|sources?|people familiar|according to|estimates?|estimated)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:selon|analystes?|sources?|d['’]après|estime\p{L}*|proches? du dossier)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:volgens|ingewijden?|bronnen|analist\p{L}*|naar schatting|schat\p{L}*)(?![\p{L}])/iu,
};

// A sum to be spent over years to come, or told as a plan, is what the company aims to spend:
// "over the next five years", "d'ici à 2028", "in de komende drie jaar", "un plan d'investissement".
const SPREAD_OVER_YEARS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:over|in|during|across) the (?:next|coming) (?:\p{L}+ |\d+ )?years?(?![\p{L}])|(?<![\p{L}])(?:investment|spending) plan(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:d['’]ici (?:à |a )?(?:20\d\d|\p{L}+ ans)|(?:dans|sur|au cours) (?:les|des) (?:\p{L}+ |\d+ )?(?:prochaines|années à venir)|plan d['’]investissements?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:(?:in|over|tijdens) )?de komende (?:\p{L}+ |\d+ )?(?:jaar|jaren)|investeringsplan(?:nen)?)(?![\p{L}])/iu,
};

/**
 * 'target' for a sum planned over the years to come, 'actual' for an investment the company
 * itself is expected to make; null to leave the status to the usual reading.
 */
export function investmentStatus(sentence: string, language: Language): Status | null {
  if (HEARSAY[language].test(sentence)) return null;
  if (SPREAD_OVER_YEARS[language].test(sentence)) return 'target';
  return EXPECTED_TO_INVEST[language].test(sentence) ? 'actual' : null;
}
