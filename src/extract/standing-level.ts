import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { nearestPeriod, type PeriodHit } from './periods.js';

/**
 * The level an aim starts from (round 21): "wants 12 million customers by 2028, up from 9 million
 * now", "vise 5 000 vendeurs fin 2026, contre 2 000 aujourd'hui", "wil in 2027 op 8 miljoen
 * klanten uitkomen, tegen 6 miljoen nu". The aim's verb stands before both figures, but the
 * second is where the company stands: reported, not aimed at, and not of the aim's year. A level
 * that is itself called an aim ("against an earlier goal of 8,000") stays one.
 */
const FROM_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:up|down|rising|climbing|growing) from|from|against|compared with|versus)[\s\u00A0]+(?:(?:about|around|roughly|nearly|almost|just|more than|over|under|some)[\s\u00A0]+)?[$€£¥]?[\s\u00A0]*$/iu,
  fr: /(?<![\p{L}])(?:contre|par rapport à|comparé à)[\s\u00A0]+(?:(?:environ|près de|plus de|quelque|quelques|un peu plus de|moins de)[\s\u00A0]+)?$/iu,
  nl: /(?<![\p{L}])(?:tegen|tegenover|vergeleken met)[\s\u00A0]+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|krap|nog)[\s\u00A0]+)?(?:€[\s\u00A0]*)?$/iu,
};

// An aim named right around the level: "against an earlier goal of 8,000", "contre un objectif de".
const AIM_WORD = /(?<![\p{L}])(?:goal|target|aim|objecti\p{L}*|cible|doel\p{L}*|streefcijfer|ambiti\p{L}*)(?![\p{L}])/iu;

/** Whether the figure `q`, in a sentence telling an aim, is the level the aim starts from. */
export function isStandingLevel(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 40), q.start);
  if (!FROM_BEFORE[language].test(before) && !(BARE_FROM[language].test(before) && NOW_TO[language].test(sentence.slice(q.end, q.end + 30)))) return false;
  return !AIM_WORD.test(before);
}

// "de 50 000 aujourd'hui à 80 000", "van 50.000 nu naar 80.000", "from 50,000 today to 80,000":
// a bare "from" opens the level when a word for now and the aim's "to" follow it (round 21).
const BARE_FROM: Record<Language, RegExp> = {
  en: /(?<![\p{L}])from[\s\u00A0]+$/iu,
  fr: /(?<![\p{L}])de[\s\u00A0]+$/iu,
  nl: /(?<![\p{L}])van[\s\u00A0]+$/iu,
};
const NOW_TO: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:today|now|currently|at present)[\s\u00A0]+to(?![\p{L}])/iu,
  fr: /^[\s\u00A0]*(?:aujourd['’]hui|actuellement|à présent)[\s\u00A0]+à(?![\p{L}])/iu,
  nl: /^[\s\u00A0]*(?:nu|vandaag|momenteel|thans)[\s\u00A0]+(?:naar|tot|op)(?![\p{L}])/iu,
};

/** The period of a standing level: one told after it in its own clause ("contre 2 000 en 2023"), else none. */
export function standingPeriod(periods: PeriodHit[], q: Quantity, sentence: string): string | null {
  const own = periods.filter((p) => p.start >= q.end && !/[,;:\d]/u.test(sentence.slice(q.end, p.start)));
  return own.length > 0 ? nearestPeriod(own, q.start, q.end) : null;
}
