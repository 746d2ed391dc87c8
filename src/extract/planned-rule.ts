import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a rule is only studied or wanted by a government that is the sentence's subject, in a
 * sentence that names no company: "the Treasury is studying a flat tax on all small parcels",
 * "Bercy étudie une taxe forfaitaire sur l'ensemble des petits colis", "Het kabinet wil een heffing
 * invoeren op elk pakket". A general measure still being weighed is no rule against the company
 * the article is about; one passed or imposed ("member states approved a levy") still is.
 */
export function plannedGeneralRule(sentence: string, cueStart: number, language: Language, namesACompany: boolean): boolean {
  if (namesACompany) return false;
  const before = sentence.slice(0, cueStart);
  const m = PLANNER[language].exec(before);
  return m !== null && !/[;:]/u.test(before.slice(m.index));
}

// A government, ministry or cabinet, then a verb of studying, weighing or wanting, before the cue.
const PLANNER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:government|ministry|minister|Treasury|cabinet|lawmakers|parliament)\s+(?:[\p{L}-]+\s+){0,2}?(?:is\s+|are\s+)?(?:stud(?:ies|ying|ied)|consider(?:s|ing|ed)?|weigh(?:s|ing|ed)?|plans?|planning|wants?|explor(?:es|ing|ed)|mulls?|mulling)(?![\p{L}])[^.;:]*$/iu,
  fr: /(?<![\p{L}])(?:gouvernement|Bercy|ministère|ministre|exécutif|Matignon|parlement|députés)\s+(?:[\p{L}-]+\s+){0,2}?(?:étudie|étudient|envisage|envisagent|réfléchit|réfléchissent|planche|planchent|veut|veulent|souhaite|souhaitent|prévoit|prévoient|compte|pourrait)(?![\p{L}])[^.;:]*$/iu,
  // Dutch puts the verb first after an opening word: "Daarnaast wil het kabinet een heffing invoeren".
  nl: /(?<![\p{L}])(?:(?:kabinet|regering|overheid|minister|ministerie|Kamer)\s+(?:[\p{L}-]+\s+){0,2}?(?:wil|willen|overweegt|overwegen|onderzoekt|bestudeert|denkt|plant|plannen|is\s+van\s+plan|studeert)|(?:wil|overweegt|onderzoekt|bestudeert|plant)\s+(?:het|de)\s+(?:kabinet|regering|overheid|minister|ministerie))(?![\p{L}])[^.;:]*$/iu,
};
