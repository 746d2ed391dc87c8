import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * A percentage of a company's own figure is a portion of its business, not its share of a market
 * (round 13, metrics): "third-party sellers now account for close to 30% of GMV", "TikTok now
 * accounts for 40% of her sales", "the US share of Temu's GMV should fall to 30%", "la
 * marketplace pèse 25 % de son volume d'affaires", "goed voor 40 procent van zijn omzet". Such a
 * percentage is neither a market share nor a growth: no fact. A share of a market ("5% of UK
 * online sales", "22 % du marché") is told by the share cues and is checked before this one.
 */
export function portionOfOwnFigure(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 70);
  // Cheap gate: the figure word must be near, after the percentage or before it.
  const before = sentence.slice(Math.max(0, q.start - 70), q.start);
  if (!FIGURE_WORD.test(after) && !FIGURE_WORD.test(before)) return false;
  // "une hausse de 40 % de son chiffre d'affaires", "a rise of 40% of sales": a change named before the figure makes it one.
  if (CHANGE_NOUN_BEFORE.test(before)) return false;
  const portion = OF_OWN_AFTER[language].exec(after);
  if (portion && !MARKET_AFTER.test(after.slice(portion[0].length, portion[0].length + 30))) return true;
  const clause = before.split(/[,;:.]/u).pop() ?? '';
  return SHARE_OF_OWN_BEFORE[language].test(clause);
}

const CHANGE_NOUN_BEFORE =
  /(?<![\p{L}])(?:hausse|augmentation|progression|croissance|baisse|recul|chute|bond|increase|rise|growth|decline|drop|fall|jump|stijging|groei|daling|toename|afname)[\s\u00A0]+(?:de|d['’]|of|van)[\s\u00A0]*(?:(?:près de|plus de|environ|about|around|more than|ruim|bijna|ongeveer)[\s\u00A0]+)?$/iu;

// Every figure word below holds one of these (lower or upper case): most percentages pass here.
const FIGURE_WORD = /gmv|merchandise|sales|revenue|turnover|orders|units|items|volume|chiffre|ventes|commandes|revenus|articles|produits|unités|omzet|verkopen|bestellingen|verkochte/iu;

const OWNER_EN = String.raw`(?:its |their |her |his |the (?:company|group|platform|app|retailer|marketplace)['’]s |[\p{Lu}][\p{L}.-]*['’]s? )?`;
// "60% of units sold in its store": the goods it sold are its own figure too.
const FIGURE_EN = `(?:GMV|gross merchandise (?:value|volume)|sales|revenues?|turnover|orders|(?:units|items) sold)`;
const OWNER_FR = `(?:de (?:son|sa|ses|leur|leurs) |du |des )`;
const FIGURE_FR = `(?:GMV|volume d['’]affaires|chiffre d['’]affaires|ventes|commandes|revenus)`;
const OWNER_NL = `(?:van (?:zijn|haar|hun|de|het) )`;
const FIGURE_NL = `(?:GMV|omzet|handelsvolume|verkoopvolume|verkopen|bestellingen|verkochte (?:artikelen|producten))`;

// "30% of GMV", "40% of her sales", "25 % de son volume d'affaires", "40 procent van de omzet".
// French "des ventes" alone is the market's ("5 % des ventes en ligne"): only "du"/possessives, or
// "des commandes".
const OF_OWN_AFTER: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^[\s\u00A0]*of ${OWNER_EN}${FIGURE_EN}(?![\p{L}])`, 'u'),
  fr: new RegExp(String.raw`^[\s\u00A0]*(?:de (?:son|sa|ses|leur|leurs) ${FIGURE_FR}|du (?:GMV|volume d['’]affaires|chiffre d['’]affaires)|des commandes|des (?:articles|produits|unités) vendu(?:e?s))(?![\p{L}])`, 'u'),
  nl: new RegExp(String.raw`^[\s\u00A0]*${OWNER_NL}${FIGURE_NL}(?![\p{L}])`, 'u'),
};
// "...of sales in the French e-commerce market": the sales are the market's after all.
const MARKET_AFTER = /^[^,.;]{0,20}(?<![\p{L}])(?:market|e-commerce|ecommerce|online|marché|en ligne|markt|online)(?![\p{L}])/iu;

// "the US share of Temu's GMV should fall to 30%", "la part de son chiffre d'affaires réalisée aux
// États-Unis", "het aandeel van de VS in de omzet van Temu".
const SHARE_OF_OWN_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?:share|proportion|portion|part) of ${OWNER_EN}${FIGURE_EN}(?![\p{L}])`, 'u'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:part|proportion) ${OWNER_FR}${FIGURE_FR}(?![\p{L}])(?![^,;]{0,20}(?:en ligne|du marché|du secteur))`, 'u'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:aandeel|deel) (?:[\p{L}]+ ){0,3}?in ${OWNER_NL}?${FIGURE_NL}(?![\p{L}])|(?<![\p{L}])(?:aandeel|deel) ${OWNER_NL}${FIGURE_NL}(?![\p{L}])`, 'u'),
};

for (const l of LANGUAGES) {
  declareGate(`portion-of-own: of own figure after (${l})`, OF_OWN_AFTER[l], FIGURE_WORD);
  declareGate(`portion-of-own: share of own figure before (${l})`, SHARE_OF_OWN_BEFORE[l], FIGURE_WORD);
}
