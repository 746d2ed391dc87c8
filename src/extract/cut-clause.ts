import type { Language } from '../domain/vocabulary.js';

/**
 * A number of jobs is jobs cut, not the size of the staff, when a verb of cutting stands earlier in
 * its clause, even with the subject or a time between them: "Earlier this year the company cut,
 * at its head office, 200 jobs", "l'entreprise a supprimé l'an dernier 200 postes", "Eerder dit
 * jaar schrapte het bedrijf ongeveer 200 banen" (a Dutch verb comes before its subject after a
 * time phrase, so it rarely stands right before the figure).
 */
const JOB_NOUN_AFTER = /^\s+(?:jobs|roles|positions|posts|postes|emplois|banen|arbeidsplaatsen|functies|\p{L}*banen)(?![\p{L}])/iu;
const CUT_VERB: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:cut|cuts|cutting|axe[sd]?|axing|shed|sheds|shedding|slash(?:es|ed|ing)?|eliminat(?:e|es|ed|ing)|laid off|lay(?:s|ing)? off)(?![\p{L}])[^.;:!?]{0,60}$/iu,
  fr: /(?<![\p{L}])(?:supprim\p{L}*|suppression|licenci\p{L}*)(?![\p{L}])[^.;:!?]{0,60}$/iu,
  nl: /(?<![\p{L}])(?:schrap(?:t|te|ten|pen)|ontsla(?:at|an)|ontsloeg(?:en)?)(?![\p{L}])[^.;:!?]{0,60}$/iu,
};

export function cutEarlierInClause(start: number, end: number, sentence: string, language: Language): boolean {
  return JOB_NOUN_AFTER.test(sentence.slice(end, end + 30)) && CUT_VERB[language].test(sentence.slice(Math.max(0, start - 80), start));
}
