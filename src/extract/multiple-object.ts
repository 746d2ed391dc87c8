import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * A multiple whose object is no business figure is no growth (round 13, metrics): "more than
 * doubling a local workforce", "triplera la surface de son entrepôt", "verdubbelt het
 * personeelsbestand", "doubling its warehouse capacity". Staff, floor space and capacity are told
 * as counts or not at all; their doubling is not the business growing.
 */
export function multipliesNonMetric(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 50);
  return OBJECT_AFTER[language].test(after);
}

const OBJECT_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:(?:a|an|the|its|their)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:workforce|headcount|staff|team|teams|office|offices|floor space|warehouse space|capacity|footprint)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:(?:la|le|les|l['’]|son|sa|ses|leur|leurs|ces|cet|cette)[\s\u00A0]*)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:effectifs?|équipes?|surface|superficie|capacités?|bureaux)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:(?:het|de|zijn|haar|hun)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:personeelsbestand|personeel|team|teams|kantoor|vloeroppervlak|oppervlakte|capaciteit)(?![\p{L}])/iu,
};
