import type { Quantity } from './numbers.js';
import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * A sum told as a loss is a negative profit (round 15): "against a loss of €28 million a year
 * earlier", "contre une perte de 28 millions d'euros", "tegen een verlies van 28 miljoen euro".
 * Only the noun with its "of" right before the sum is read: "lost customers worth..." is not.
 */
export function lossBefore(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 50), q.start);
  return LOSS_GATE[language].test(before) && LOSS[language].test(before);
}

const ABOUT = String.raw`(?:(?:about|around|roughly|nearly|almost|more than|over|some|environ|près de|plus de|quelque|ruim|bijna|ongeveer|circa|zo['’]n|meer dan)\s+)?`;
const LOSS: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:net |operating |pre-tax |adjusted )?loss(?:es)?\s+of\s+${ABOUT}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])pertes?(?:\s+(?:nette|opérationnelle|d['’]exploitation)s?)?\s+(?:de\s+|d['’])${ABOUT}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:netto|operationeel\s+|bedrijfs)?verlies\s+van\s+${ABOUT}$`, 'iu'),
};
const LOSS_GATE: Record<Language, RegExp> = { en: /loss/iu, fr: /perte/iu, nl: /verlies/iu };
for (const l of LANGUAGES) declareGate(`loss: loss before a sum (${l})`, LOSS[l], LOSS_GATE[l]);
