import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * Sellers a platform removed, or sellers who signed or protested, are a group acted on or acting,
 * not the platform's sellers (round 18): "it has suspended more than 2,000 sellers this year",
 * "3 000 vendeurs ont été exclus", "een petitie die door 3.000 ondernemers werd ondertekend".
 */
const ACTED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:suspended|removed|banned|blocked|kicked\s+off|expelled|delisted|deactivated|barred|petition|protested|sued)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:suspendu[se]*|exclu[se]*|banni[se]*|radié[se]*|bloqué[se]*|désactivé[se]*|signataires|pétition|manifesté|protesté)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:geschorst|verwijderd|geweerd|geblokkeerd|verbannen|afgesloten|ondertekend|getekend|petitie|protesteerden|protesteren)(?![\p{L}])/iu,
};

/** Whether the sellers counted at `q` are acted on or acting, told in the figure's clause. */
export function sellersActedOn(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1;
  const rest = sentence.slice(q.end, q.end + 80);
  const stop = rest.search(/[,.;:!?]/u);
  return ACTED[language].test(before.slice(start) + (stop >= 0 ? rest.slice(0, stop) : rest));
}
