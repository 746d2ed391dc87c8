import type { Language } from '../domain/vocabulary.js';

/**
 * A place told as weighing a sum "of sales" is that place's part of the company's sales, not a
 * sector figure, though an outside source tells it and the company goes unnamed (round 19):
 * "According to X, Europe accounted for about $7 billion of sales in 2022", "D'après X, l'Europe
 * aurait pesé 7 milliards de dollars de ventes", "Volgens X was Europa goed voor 7 miljard dollar
 * aan verkopen". Bare "sales": "of online sales", "de ventes en ligne" are a market's.
 */
export function placeShareOfSales(sentence: string, language: Language): boolean {
  return GATE[language].test(sentence) && PATTERN[language].test(sentence);
}

const PLACE = '(?:Europe|Europa|Asia|Latin America|the US|the United States|Britain|the UK|Germany|France|l[\'’]Europe|l[\'’]Asie|l[\'’]Amérique latine|les États-Unis|le Royaume-Uni|l[\'’]Allemagne|la France|Azië|Latijns-Amerika|de Verenigde Staten|het Verenigd Koninkrijk|Duitsland|Frankrijk)';
const PATTERN: Record<Language, RegExp> = {
  en: new RegExp(`(?:^|,\\s*)${PLACE}\\s+(?:alone\\s+)?(?:accounted|accounts|would have accounted)\\s+for\\s+[^,;]{0,40}?\\s+of\\s+(?:its\\s+)?sales(?![\\p{L}]|\\s+(?:online|in\\s+the\\s+sector))`, 'u'),
  fr: new RegExp(`(?:^|,\\s*)${PLACE}\\s+(?:a|aurait|avait)\\s+pesé\\s+[^,;]{0,50}?\\s+de\\s+ventes(?![\\p{L}]|\\s+en\\s+ligne)`, 'iu'),
  nl: new RegExp(`(?<![\\p{L}])(?:was|is|zou)\\s+${PLACE}\\s+(?:[^,;]{0,20}?\\s+)?goed\\s+(?:zijn\\s+)?voor\\s+[^,;]{0,40}?\\s+aan\\s+verkopen(?![\\p{L}])`, 'u'),
};
const GATE: Record<Language, RegExp> = { en: /accounted|accounts/u, fr: /pesé/u, nl: /goed/u };
