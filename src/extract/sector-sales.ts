import type { Language } from '../domain/vocabulary.js';

/**
 * What a whole trade sold, told on a statistician's word in a sentence that names no company, is
 * the market's figure, not the company the article is about (round 15):
 * - en: "According to the ONS, online sales made up 27% of all UK retail spending in May."
 * - fr: "Selon la Fevad, les ventes en ligne ont atteint 160 milliards d'euros en France."
 * - nl: "Volgens Thuiswinkel.org stegen de online bestedingen vorig jaar tot 35 miljard euro."
 * A possessive keeps the figure the company's: "its online sales", "ses ventes en ligne",
 * "zijn online verkopen" are not matched (the determiner must be an article).
 */
export function sectorSalesSentence(sentence: string, language: Language): boolean {
  if (TOTAL_SALES[language].test(sentence)) return true;
  if (!SOURCE[language].test(sentence)) return false;
  const sales = SECTOR_SALES[language].exec(sentence);
  // A share of the trade's sales is a company's share: "elle a capté 24 % des ventes en ligne
  // vietnamiennes", "it took 24% of online sales", "goed voor 39 procent van de onlineverkopen" (round 20).
  return sales !== null && !SHARE_OF.test(sentence.slice(Math.max(0, sales.index - 16), sales.index));
}

const SHARE_OF = /(?:%|percent|per cent|procent)\s*(?:of\s+(?:all\s+)?(?:the\s+)?|van\s+(?:alle\s+)?)?$/iu;

// Told as the total of a whole trade, the sales need no source (round 16, metrics): "put total US
// online spending at $12 billion, up 9%", "le total des achats en ligne a atteint...", "de totale
// Nederlandse online bestedingen stegen...".
const TOTAL_SALES: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:total|overall)\s+(?:[\p{L}-]+\s+){0,2}?(?:online|internet|e-commerce|ecommerce)\s+(?:retail\s+)?(?:sales|spending|purchases)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:total|ensemble)\s+des\s+(?:ventes|achats|dépenses)\s+(?:en ligne|sur internet)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])totale\s+(?:[\p{L}-]+\s+)?(?:online[\s-]?(?:verkopen|bestedingen|uitgaven|aankopen)|webwinkelverkopen|webwinkelbestedingen)(?![\p{L}])/iu,
};

const SECTOR_SALES: Record<Language, RegExp> = {
  en: /(?<![\p{L}'’])(?<!(?:its|their|his|her|our|s['’])\s+)(?:online|internet|e-commerce|ecommerce)\s+(?:retail\s+)?(?:sales|spending|purchases)(?![\p{L}])/iu,
  // A company's epithet names a trade, not its sales (round 20): "le géant américain du commerce en
  // ligne", "le numéro un de l'e-commerce"; so does a trade body's name: "la Fédération du e-commerce
  // et de la vente à distance (Fevad)" (round 20b).
  fr: /(?<![\p{L}])(?<!(?:géant|leader|numéro un|spécialiste|champion|pionnier|poids lourd|mastodonte|roi|ténor|acteurs?|fédération|association|syndicat|observatoire|professionnels)(?:\s+\p{L}+)?\s+(?:de\s+)?)(?:(?:les|des)\s+(?:ventes|achats|dépenses)\s+(?:en ligne|sur internet|sur le web)|(?:le|du)\s+(?:e-commerce|commerce en ligne|commerce électronique)|l['’]e-commerce)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:de|alle)\s+(?:[\p{L}-]+\s+)?(?:online[\s-]?(?:verkopen|bestedingen|uitgaven|aankopen)|webwinkelverkopen|internetverkopen|webwinkelbestedingen)(?![\p{L}])/iu,
};

// Who measured it: a statistician or a trade body named as the figure's source.
const SOURCE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:according to|figures from|data from|estimates from)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:selon|d['’]après)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:volgens|aldus|blijkt uit)(?![\p{L}])/iu,
};
