import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * A change of "that amount" is the change of the sum told before it, whatever that sum is: "Bol
 * stayed the biggest advertiser with €45 million, though that amount fell 6%", "ce montant a
 * reculé de 6 %", "al daalde dat bedrag met 6 procent". When that sum was no company figure (an
 * advertising budget, a price), its change is none either: the caller asks only when the sentence
 * told a sum before the change and read no figure from it.
 */
export function changeOfThatAmount(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'percent') return false;
  const clause = sentence.slice(Math.max(0, q.start - 70), q.start).split(/[;,:]/u).pop() ?? '';
  return POINTER[language].test(clause);
}

const POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:that|this|the)\s+(?:amount|sum|figure|budget|spending)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:ce|cet|le)\s+(?:montant|budget|chiffre)(?![\p{L}'’])|cette\s+somme/iu,
  nl: /(?<![\p{L}])(?:dat|dit|het)\s+(?:bedrag|budget)(?![\p{L}])|(?:die|deze)\s+som(?![\p{L}])/iu,
};
