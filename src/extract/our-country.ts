import type { Language } from '../domain/vocabulary.js';

/**
 * "Our country" is the writer's: "450 miljoen euro omzet in ons land", "son chiffre d'affaires dans
 * notre pays", "sales in our country". A local outlet writes so of the country its article is
 * about, not of the last place it named: the figure takes the article's market.
 */
const OUR_COUNTRY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])in our country(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:dans|de|en) notre pays(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:in|van) ons land(?![\p{L}])/iu,
};
const WORD: Record<Language, string> = { en: 'our country', fr: 'notre pays', nl: 'ons land' };

export function namesOurCountry(sentence: string, language: Language): boolean {
  return sentence.toLowerCase().includes(WORD[language]) && OUR_COUNTRY[language].test(sentence);
}
