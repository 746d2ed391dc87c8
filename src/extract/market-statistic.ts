import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';
import { sectorSalesSentence } from './sector-sales.js';
import { acrossMarkets } from './across-markets.js';

/**
 * Figures that measure a whole market or a whole people, not a company (round 11, b):
 * - the size of a market: "the whole German online market was worth about €89 billion", "expects
 *   the US social commerce market to be worth $100 billion", "le marché français de l'e-commerce
 *   pèse 160 milliards d'euros", "de Nederlandse onlinemarkt is zo'n 35 miljard euro waard";
 * - what a people or a country's shoppers spent or received, or parcels counted by an authority,
 *   in a sentence that names no company: "Brazilians received about 190 million cross-border
 *   parcels last year", "les Français ont dépensé 175 milliards d'euros en ligne, en hausse de
 *   9,6 %", "volgens de Commissie kwamen 4,6 miljard kleine zendingen de EU binnen". Such figures
 *   do not fall to the company the article is about.
 */
export function marketSizeFigure(q: Quantity, sentence: string, language: Language): boolean {
  const window = sentence.slice(Math.max(0, q.start - 120), q.start);
  // Every rule below names a market: most figures are passed over by one substring search.
  if (!MARKET_WORD.test(window)) return false;
  const clause = window.slice(Math.max(window.lastIndexOf(','), window.lastIndexOf(';'), window.lastIndexOf(':')) + 1);
  if (MARKET_WORTH_BEFORE[language].test(clause)) return true;
  return language === 'nl' && MARKET_SUBJECT_NL.test(clause) && WORTH_AFTER_NL.test(sentence.slice(q.end, q.end + 40));
}

/** Whether a sentence that names no company tells what a people spent or received, or counts parcels for an authority. */
export function peopleOrParcelsSentence(sentence: string, language: Language, mentions: Mention[]): boolean {
  if (mentions.some((m) => m.competitor !== null)) return parcelsEnteringBeforeNames(sentence, language, mentions);
  if (ON_THE_PLATFORM.test(sentence)) return false;
  const told = PEOPLE_SPEND[language].test(sentence) || sectorSalesSentence(sentence, language) || acrossMarkets(sentence, language) || (PARCELS[language].test(sentence) && (AUTHORITY_SOURCE[language].test(sentence) || ENTERED[language].test(sentence)));
  return told && !COMPANY_OWNS.test(sentence);
}

/**
 * "Around 400,000 packages from China arrive every day, most of them ordered on Temu and Shein":
 * parcels told entering a territory before any company is named are the border's count, even when
 * the shops they were bought from are named after it (round 14).
 */
function parcelsEnteringBeforeNames(sentence: string, language: Language, mentions: Mention[]): boolean {
  if (!PARCEL_STEMS[language].some((w) => sentence.includes(w))) return false;
  const parcels = PARCELS[language].exec(sentence);
  if (!parcels) return false;
  const entered = ENTERED[language].exec(sentence);
  if (!entered || entered.index < parcels.index) {
    // Dutch puts the verb first: "Vorig jaar kwamen 4,6 miljard pakketjes de EU binnen".
    if (!entered || language !== 'nl') return false;
  }
  const firstName = mentions.find((m) => m.competitor !== null)!.start;
  return parcels.index < firstName && entered.index + entered[0].length <= firstName;
}

const MARKET_WORD = /mark|marché/i;

const ABOUT = String.raw`(?:(?:about|around|roughly|some|nearly|almost|more than|over|an estimated|environ|près de|quelque|plus de|zo['’]n|ongeveer|circa|ruim|bijna|meer dan)\s+)?`;

const MARKET_WORTH_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])(?<!share of (?:the )?)market(?![\p{L}])(?! share)[^.;]{0,40}?(?:worth|valued at|sized at|size of)\s+${ABOUT}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?<!parts? de )marché(?![\p{L}])[^.;]{0,60}?(?:pèse|pesait|pèsera|pesant|vaut|valait|est estimé à|était estimé à|représente|représentait)\s+${ABOUT}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:de|het)\s+(?:[\p{L}-]+\s+){0,3}\p{L}*markt(?![\p{L}])[^.;]{0,40}?(?:omvang van|geschat op|bedraagt|bedroeg)\s+${ABOUT}$`, 'iu'),
};
// "de Nederlandse onlinemarkt is zo'n 35 miljard euro waard", "terwijl de onlinemarkt 35 miljard euro waard is".
const MARKET_SUBJECT_NL = /(?<![\p{L}])(?:de|het)\s+(?:[\p{L}-]+\s+){0,3}\p{L}*markt(?![\p{L}])/iu;
const WORTH_AFTER_NL = /^[^,.;]{0,25}?(?<![\p{L}])waard(?![\p{L}])/iu;

// A people or its shoppers as the subject of spending or receiving: "Brazilians received", "US
// consumers spent", "les Français ont dépensé", "les Belges devraient dépenser", "Nederlanders
// besteedden".
const PEOPLE_SPEND: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:\p{Lu}\p{Ll}+(?:ans|ese|ons)|\p{Lu}[\p{L}.]*\s+(?:consumers|shoppers|households))\s+(?:(?:have|had|will|would|are expected to|could)\s+)?(?:spent|spend|spending|received|receive|bought|ordered)(?![\p{L}])/u,
  fr: /(?<![\p{L}])(?:les|des)\s+(?:\p{Lu}\p{Ll}+s|consommateurs|ménages|acheteurs\s+\p{L}+)\s+(?:(?:ont|avaient|auront|devraient|pourraient|vont)\s+)?(?:dépensé|dépenser|dépensent|reçu|recevoir|reçoivent|acheté|commandé)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:Nederlanders|Belgen|Vlamingen|Duitsers|Fransen|consumenten|huishoudens)\s+(?:(?:hebben|hadden|zullen|zouden)\s+)?(?:besteedden|besteden|besteedt|gaven|geven|ontvingen|kochten|bestelden)(?![\p{L}])/u,
};
const PARCELS: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:parcels|packages|shipments|consignments)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:colis|envois)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:pakketjes|pakketten|pakjes|zendingen)(?![\p{L}])/iu,
};
// Parcels told as entering a territory are counted at its border, for all senders together:
// "4.6 billion low-value parcels entered the EU last year", "4,6 milliards de colis sont entrés
// dans l'UE", "vorig jaar kwamen 4,6 miljard pakketjes de EU binnen" (round 14).
const ENTERED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:entered|enter|enters|entering|arrived|arrive|arrives|arriving|came into|come into|flowed into|poured into|imported into|landed in)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:entrés|entrées|entré|entrent|entreront|entrant|arrivés|arrivent|arrivant|importés|débarqués)\s+(?:dans|en|au|aux|sur)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:(?:kwamen|komen|kwam|komt)(?![\p{L}])(?:[^,.;]|[,.](?=\d)){0,100}?(?<![\p{L}])binnen|binnengekomen|binnenkwamen|binnenkomen|ingevoerd)(?![\p{L}])/iu,
};
// Literal stems of PARCELS, tried with includes() first: most sentences with a company speak of no parcels.
const PARCEL_STEMS: Record<Language, string[]> = {
  en: ['arcel', 'ackage', 'hipment', 'onsignment'],
  fr: ['colis', 'envois'],
  nl: ['pakket', 'pakje', 'zending'],
};
const AUTHORITY_SOURCE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:according to|said|says|figures from|data from)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:service|commission|customs|authorit(?:y|ies)|government|ministry|office|agency|regulator|post(?:al)?\s+\p{L}+)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:selon|d['’]après)\s+(?:la\s+|le\s+|les\s+|l['’])?(?:[\p{L}-]+\s+){0,2}?(?:Commission|douanes?|autorités|gouvernement|ministère|administration|Bercy)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:volgens|aldus|blijkt uit cijfers van)\s+(?:de\s+|het\s+)?(?:[\p{L}-]+\s+){0,2}?(?:Commissie|douane|overheid|regering|ministerie|autoriteiten|CBS|PostNL)(?![\p{L}])/iu,
};
// "the app's shopping arm counts 250,000 sellers, and British shoppers bought 2.6 million items
// during its sale": a company pointed at by a possessive owns the sentence's figures (round 13).
// A sentence opening on a singular possessive goes on about the company told before: "Its UK
// sales rose to £1.5bn last year, according to accounts filed at Companies House" (round 18).
const COMPANY_OWNS =
  /^\s*(?:its|son|sa|ses|zijn)\s|(?<![\p{L}])(?:the (?:app|platform|company|group|retailer|marketplace|shop)['’]s|(?:during|in) its (?:[\p{L}-]+ ){0,3}(?:sale|sales event|promotion)|(?:de la plateforme|de l['’]application|de l['’]enseigne) (?:a|compte|revendique)|(?:het platform|de app|het bedrijf) (?:telt|heeft))(?![\p{L}])/iu;
// "spent $100 million on the platform": the figure is the company's after all.
const ON_THE_PLATFORM = /(?<![\p{L}])(?:on|via|through|sur|via|op|bij)\s+(?:the|its|their|la|sa|leur|cette|het|de|zijn|haar)\s+(?:[\p{L}-]+\s+)?(?:platform|app|site|website|marketplace|plateforme|application|appli|webwinkel)(?![\p{L}])/iu;
