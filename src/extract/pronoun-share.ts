import type { Language } from '../domain/vocabulary.js';
import { SHARE_AFTER_RE } from './metric-cues.js';
import type { Quantity } from './numbers.js';

/**
 * A share of a trade's sales held by "it" is the company's share, though the sentence names no
 * company and the trade's spending is named (round 20): "By the pollster's count it accounts for
 * about 15% of online spending in Spain", "selon le cabinet, il pèse près de 12 % des ventes en
 * ligne", "volgens het onderzoeksbureau is het goed voor zo'n 20 procent van de online bestedingen".
 * Such a sentence is otherwise read as a figure of the whole trade (market-statistic.ts).
 * "Online shopping accounts for 15% of retail spending" has no pronoun subject and stays the trade's.
 */
const PRONOUN_HOLDS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:it|she|he)\s+(?:now\s+|still\s+|alone\s+)?(?:accounts for|accounted for|represents|represented|holds|held|captures|captured|makes up|made up|commands|commanded|takes|took)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|an estimated|just over|just under)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:il|elle)\s+(?:pèse|pesait|représente|représentait|détient|détenait|capte|captait|accapare|accaparait|concentre|concentrait)\s+(?:(?:désormais|aujourd['’]hui|à lui seul|à elle seule|déjà)\s+)?(?:(?:environ|près de|quelque|plus de|un peu plus de|presque|autour de)\s+)?$/iu,
  // Dutch puts the verb before the pronoun after an opening phrase: "Volgens X is het goed voor ...".
  nl: /(?<![\p{L}])(?:(?:het|hij|zij|ze)\s+(?:(?:is|was)\s+(?:nu\s+|inmiddels\s+|al\s+)?goed\s+voor|heeft|had|vertegenwoordigt|vertegenwoordigde)|(?:is|was)\s+(?:het|hij|zij|ze)\s+(?:(?:nu|inmiddels|al)\s+)?goed\s+voor|(?:heeft|had|vertegenwoordigt|vertegenwoordigde)\s+(?:het|hij|zij|ze))\s+(?:(?:nu|inmiddels|al)\s+)?(?:(?:ongeveer|zo['’]n|ruim|bijna|circa|naar schatting|rond de)\s+)?$/iu,
};

/** Whether the percentage at `q` is a share of a trade held by a pronoun subject. */
export function pronounShare(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'percent') return false;
  if (!SHARE_AFTER_RE[language].test(sentence.slice(q.end, q.end + 60))) return false;
  return PRONOUN_HOLDS[language].test(sentence.slice(Math.max(0, q.start - 50), q.start));
}
