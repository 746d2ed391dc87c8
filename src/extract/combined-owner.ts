import type { Language } from '../domain/vocabulary.js';

/**
 * "Combined" after one owner's possessive sums that owner's parts, not several companies (round 15):
 * - en: "TikTok Shop's combined GMV in the region rose to $20 billion", "its combined sales";
 * - fr: "son volume d'affaires cumulé en Europe a atteint 8 milliards d'euros";
 * - nl: "zijn gezamenlijke omzet in de Benelux steeg tot 2 miljard euro".
 * "Temu and Shein's combined sales", "leurs ventes cumulées", "hun gezamenlijke omzet" stay sums.
 */
export function oneOwnerCombined(before: string, language: Language): boolean {
  return ONE_OWNER[language].test(before);
}

const ONE_OWNER: Record<Language, RegExp> = {
  en: /(?:(?<![\p{L}])its|(?<!(?:and|&)\s+[\p{L}.]{1,20}(?:\s+[\p{L}.]{1,20})?)(?<=\p{L})['’]s)\s+combined(?![\p{L}])[^.;]{0,60}$/iu,
  fr: /(?<![\p{L}])(?:son|sa|ses)\s+(?:[\p{L}'’-]+\s+){0,3}cumul\p{L}*(?![\p{L}])[^.;]{0,60}$/iu,
  nl: /(?<![\p{L}])(?:zijn|haar)\s+gezamenlijk\p{L}*(?![\p{L}])[^.;]{0,60}$/iu,
};
