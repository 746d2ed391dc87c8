import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * Staff or jobs whose own clause says they are hit, cut or concerned are those a cut touches, not
 * the size of the staff (round 16, metrics): "about 250 employees at the Leeds depot are
 * affected", "environ 300 salariés du siège sont concernés", "zo'n 150 functies op het
 * hoofdkantoor verdwijnen". The predicate follows the counted noun, with a place or a team between.
 */
const HIT_PREDICATE: Record<Language, RegExp> = {
  // A verb of cutting counts only in the passive ("are to be cut"): "employs 2,000 people and plans to cut costs" is active.
  en: /(?<![\p{L}])(?:(?:(?:will|would|could|may|are|were|is|was|to)[\s\u00A0]+(?:be|being)|being)[\s\u00A0]+(?:cut|axed|eliminated|shed|made redundant|laid off)|(?:(?:will|would|could|may|are|were|is|was)[\s\u00A0]+(?:be[\s\u00A0]+)?)?(?:affected|impacted|at risk)|los(?:e|ing) (?:their|his|her) jobs?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:sont|seront|serait|seraient|vont être|devraient être|pourraient être|sont directement|seront directement)[\s\u00A0]+)?(?:concerné|touché|menacé|supprimé|visé|impacté|licencié)e?s?(?![\p{L}])|(?<![\p{L}])perd(?:ent|ront|raient) leur (?:emploi|poste)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:verdwijn(?:t|en)|vervallen|(?:(?:worden|zijn|zullen worden|zullen)[\s\u00A0]+)?(?:getroffen|geraakt|geschrapt|ontslagen)|op de tocht|op het spel|verliezen (?:hun|zijn|haar) (?:baan|banen|job))(?![\p{L}])/iu,
};
// The predicate is the counted noun's own: at most this many words stand between the figure and it.
const MAX_WORDS_BEFORE = 8;

/** Whether the staff or jobs counted at `q` are said to be hit by a cut in their own clause. */
export function staffAffected(q: Quantity, sentence: string, language: Language): boolean {
  const rest = sentence.slice(q.end, q.end + 100);
  const stop = rest.search(/[,.;:!?()«»"“”]/u);
  const clause = stop >= 0 ? rest.slice(0, stop) : rest;
  const hit = HIT_PREDICATE[language].exec(clause);
  if (!hit) return false;
  const words = clause.slice(0, hit.index).trim().split(/[\s\u00A0]+/u).filter(Boolean);
  return words.length >= 1 && words.length <= MAX_WORDS_BEFORE;
}
