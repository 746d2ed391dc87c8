import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * The most a fine could be, told as a sum: "the regulator can impose fines of up to €10 million
 * per infringement", "la CNIL peut infliger des amendes allant jusqu'à 20 millions d'euros", "de
 * toezichthouder kan boetes opleggen tot 900.000 euro", "it faces a maximum fine of £18 million".
 * The sum is a legal ceiling (fine-cap.ts reads the ceiling told as a share of turnover), not a
 * fine anybody was given. A fine imposed ("fined Temu €2 million") has no ceiling word before it.
 */
export function fineCeiling(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'money' || !FINE_GATE.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, q.start - 90), q.start);
  const told = CEILING[language].exec(before);
  if (told === null) return false;
  // The ceiling is only possible: a modal, a risk, a "maximum", or a sum per breach after it.
  return POSSIBLE[language].test(before.slice(0, told.index + told[0].length)) || PER_BREACH.test(sentence.slice(q.end, q.end + 60));
}

// A fine word, then within a few words a ceiling word right before the sum.
const CEILING: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:fines?|penalt(?:y|ies))(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:up to|as much as|as high as|(?:a\s+)?maximum of|capped at)\s+(?:(?:about|around|some)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:amendes?|sanctions?|pénalités?)(?![\p{L}])[^.;]{0,40}?(?:jusqu['’]à|maximale? de|plafonnée?s? à)\s+(?:(?:environ|près de)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:boetes?|sancties?|dwangsommen|dwangsom)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:tot(?:\s+(?:maximaal|wel))?|van maximaal|maximaal)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?$/iu,
};

const POSSIBLE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:can|could|may|might|is allowed to|has the power to|risks?|risking|faces?|facing|maximum)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:peut|peuvent|pourrait|pourraient|pourra|risque|risquent|encourt|encourent|maximale?|pouvant)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:kan|kunnen|kon|mag|mogen|riskeert|riskeren|hangt|hangen|maximaal|maximale)(?![\p{L}])/iu,
};

const PER_BREACH =
  /^[^.;]{0,40}?(?<![\p{L}])(?:per|par|for each|pour chaque|voor elke|voor iedere)\s+(?:infringement|breach|violation|offence|offense|infraction|manquement|overtreding|inbreuk)(?![\p{L}])/iu;

const FINE_GATE = /fine|penalt|amende|sanction|pénalit|boete|sanctie|dwangsom/i;
const GATES: Record<Language, RegExp> = {
  en: /fine|penalt/i,
  fr: /amende|sanction|pénalit/i,
  nl: /boete|sanctie|dwangsom/i,
};
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`fine ceiling (${l})`, CEILING[l], GATES[l]);
}
