import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a contrast or comparison stands between `from` and `to`: what comes after it is
 * another figure's clause. "reported revenue of 96 billion yuan, up 84%, but short of analysts'
 * forecast of 99 billion": the analysts' word makes their figure an estimate, not the reported one.
 */
export function contrastBetween(sentence: string, from: number, to: number, language: Language): boolean {
  return to > from && CONTRAST[language].test(sentence.slice(from, to));
}

const CONTRAST: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:but|while|whereas|compared with|compared to|against|versus|vs|beating|beat|missing|missed|short of|shy of|ahead of|below|above|than|topping|exceeding)(?![\p{L}])|;|,\s+and\s/iu,
  fr: /(?<![\p{L}])(?:mais|alors que|tandis que|quand|lorsque|contre|face à|par rapport à|au-dessus d(?:e|es|u)|en deçà d(?:e|es|u)|en dessous d(?:e|es|u)|inférieure? à|inférieure? aux|supérieure? à|supérieure? aux|que prévu|que ne)(?![\p{L}])|;|,\s+et\s/iu,
  nl: /(?<![\p{L}])(?:maar|terwijl|tegen|tegenover|vergeleken met|dan|onder de|boven de|onder het|boven het)(?![\p{L}])|;|,\s+en\s/iu,
};
