import type { Language } from '../domain/vocabulary.js';

/**
 * A sentence opening on "for comparison" names a company only as a yardstick: "Ter vergelijking:
 * PDD Holdings is zo'n 150 miljard dollar waard", "By comparison, Amazon employs 1.5 million
 * people", "À titre de comparaison, Shein compte...". Its name is not who the sentences after it
 * are about (round 14); the figures it tells stay that company's.
 */
const FOR_COMPARISON: Record<Language, RegExp> = {
  en: /^[\s'"‘“]*(?:by comparison|for comparison|in comparison|as a comparison|for reference)(?![\p{L}])/iu,
  fr: /^[\s'"‘“«]*(?:en comparaison|par comparaison|à titre de comparaison|à titre de référence|pour comparaison)(?![\p{L}])/iu,
  nl: /^[\s'"‘“]*(?:ter vergelijking|in vergelijking|als vergelijking|ter referentie)(?![\p{L}])/iu,
};

export const opensOnComparison = (sentence: string, language: Language): boolean => FOR_COMPARISON[language].test(sentence);
