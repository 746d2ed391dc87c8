import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a rule cue is told inside what someone warns of: "the chief executive warned that growth
 * would slow as the company faced tariff threats in the US", "le PDG a mis en garde contre les
 * menaces de droits de douane", "de topman waarschuwde voor strengere regels". A risk named in a
 * warning is no rule imposed; a rule told as done in its own sentence still is.
 */
export function warnedOf(sentence: string, cueStart: number, language: Language): boolean {
  const before = sentence.slice(0, cueStart);
  const m = WARNED[language].exec(before);
  return m !== null && !/[.;:]/u.test(before.slice(m.index)) && !AUTHORITY.test(before.slice(0, m.index));
}

// A warning given by an authority is itself a step of a rule: "the Commission warned Temu that".
const AUTHORITY = /(?<![\p{L}])(?:regulators?|authorit(?:y|ies)|watchdogs?|Commission|ministry|minister|régulateurs?|autorités?|ministère|ministre|toezichthouders?|autoriteit(?:en)?|ministerie|Commissie|ACM|CNIL|DGCCRF)(?![\p{L}])/iu;

const WARNED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:warn(?:s|ed|ing)?|cautioned|cautions)(?![\p{L}])(?:\s+(?:that|of|about|investors|analysts|shareholders))?[^.;:]*$/iu,
  fr: /(?<![\p{L}])(?:a\s+mis\s+en\s+garde|met\s+en\s+garde|avert(?:it|i|issait)|prévient|a\s+prévenu)(?![\p{L}])[^.;:]*$/iu,
  nl: /(?<![\p{L}])(?:waarschuw(?:t|de|den|en)|gewaarschuwd)(?![\p{L}])[^.;:]*$/iu,
};
