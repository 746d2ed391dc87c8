import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * Figures that are only a piece of something told whole, not the company's figure (round 19):
 * - one item picked out of many: "ran 30,000 livestreams, one of which sold $1.2 million of
 *   products", "plusieurs directs, dont l'un a généré 1 million d'euros", "30.000 livestreams,
 *   waarvan er één voor 1,2 miljoen dollar verkocht" — the one item's, not the company's sales;
 * - the items a total is broken into: "the penalty comprises €485 million for unlawful transfers
 *   and €45 million for ...", "l'amende se compose de 300 millions pour ... et de ...", "de boete
 *   bestaat uit 485 miljoen voor ... en 45 miljoen voor ..." — the total is told elsewhere.
 */
export function partTold(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'money' && q.kind !== 'count') return false;
  const before = sentence.slice(Math.max(0, q.start - 90), q.start);
  const clause = before.slice(before.lastIndexOf(';') + 1);
  if (ONE_GATE.test(clause) && ONE_OF[language].test(clause)) return true;
  return q.kind === 'money' && BROKEN_GATE.test(clause) && BROKEN_INTO[language].test(clause) && FOR_AFTER[language].test(sentence.slice(q.end, q.end + 40));
}

const ONE_OF: Record<Language, RegExp> = {
  en: /(?<![\p{L}])one of (?:which|them|those|these)(?![\p{L}])[^;]*$/iu,
  fr: /(?<![\p{L}])(?:dont l['’](?:un|une)|l['’](?:un|une) d['’](?:entre )?(?:eux|elles))(?![\p{L}])[^;]*$/iu,
  nl: /(?<![\p{L}])(?:waarvan (?:er )?(?:één|een)|(?:één|een) daarvan|(?:één|een) ervan)(?![\p{L}])[^;]*$/iu,
};
const BROKEN_INTO: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:comprises|comprised|consists of|consisted of|is made up of|was made up of|breaks down into|is split into)(?![\p{L}])[^;]*$/iu,
  fr: /(?<![\p{L}])(?:se compose de|se décompose en|comprend|est constituée? de|se répartit en)(?![\p{L}])[^;]*$/iu,
  nl: /(?<![\p{L}])(?:bestaat uit|bestond uit|is opgebouwd uit|valt uiteen in)(?![\p{L}])[^;]*$/iu,
};
// Words every match of ONE_OF and BROKEN_INTO holds (the same flags): tried first.
const ONE_GATE = /one of|l['’]une?|één|een/i;
const BROKEN_GATE = /compris|consist|made up|breaks down|split into|compos|comprend|constitu|répartit|bestaat|bestond|opgebouwd|uiteen/i;
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`part told: one of (${l})`, ONE_OF[l], ONE_GATE);
  declareGate(`part told: broken into (${l})`, BROKEN_INTO[l], BROKEN_GATE);
}

// The part's purpose right after its sum: "€485 million for unlawful transfers".
const FOR_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:\p{L}+[\s\u00A0]+)?(?:for|over)[\s\u00A0]/iu,
  fr: /^[\s\u00A0]*(?:(?:d['’]euros|de dollars|\p{L}+)[\s\u00A0]+)?(?:pour|au titre)[\s\u00A0]/iu,
  nl: /^[\s\u00A0]*(?:\p{L}+[\s\u00A0]+)?(?:voor|wegens|vanwege)[\s\u00A0]/iu,
};
