import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * Sales summed across a region's or a sector's markets are the markets' figure, not a company's
 * (round 19): "Gross merchandise value across the region's six largest markets rose 16%", "les
 * ventes en ligne sur l'ensemble des marchés de la région ont progressé de 16 %", "de omzet in de
 * hele sector steeg met 16 procent"; and so are sales summed over several platforms (round 21):
 * "Sales on the four largest platforms totalled $12 billion", "les ventes des trois premières
 * plateformes", "de omzet op de vier grootste platforms". The sales open the sentence as its subject, and only
 * sentences that name no company are asked (market-statistic.ts): "It handled $16 billion of
 * sales across the region" and "its sales across the region" are the company's.
 */
export function acrossMarkets(sentence: string, language: Language): boolean {
  if (!GATE[language].test(sentence)) return false;
  const found = ACROSS[language].exec(sentence);
  // "sales across its six markets", "ses ventes", "zijn omzet": a company's own markets.
  return found !== null && !OWN.test(found[0]) && !OWN_BEFORE.test(sentence.slice(Math.max(0, found.index - 8), found.index));
}

const OWN = /(?<![\p{L}])(?:its|their|his|her|ses|leurs?|zijn|haar|hun)(?![\p{L}])/iu;
const OWN_BEFORE = /(?<![\p{L}])(?:its|their|ses|leurs|sa|son|zijn|haar|hun)\s+$/iu;

const ACROSS: Record<Language, RegExp> = {
  en: /^\s*(?:[\p{L}-]+\s+){0,3}?(?:gross merchandise value|GMV|sales|spending|revenue|turnover)\s+(?:across|throughout|in)\s+(?:all\s+|the\s+(?:whole|entire)\s+)?(?:(?:the|this)\s+)?(?:region['’]s|country['’]s|sector['’]s|industry['’]s|region|sector|industry|(?:[\p{L}-]+\s+){0,3}?markets)(?![\p{L}])|^\s*(?:[\p{L}-]+\s+){0,3}?(?:gross merchandise value|GMV|sales|spending|revenue|turnover)\s+(?:on|across|of)\s+(?:all\s+)?the\s+(?:[\p{L}\d-]+\s+){0,3}?(?:platforms|marketplaces|apps|sites|retailers)(?![\p{L}])/iu,
  fr: /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:volume d['’]affaires|ventes|dépenses|chiffre d['’]affaires)\s+(?:[\p{L}-]+\s+){0,2}?(?:sur|dans)\s+l['’]ensemble\s+(?:du|de la|des)\s+(?:secteur|région|marchés|pays)(?![\p{L}])|^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:volume d['’]affaires|ventes|dépenses|chiffre d['’]affaires)\s+(?:réalisée?s?\s+)?(?:(?:sur|dans)\s+(?:les|l['’]ensemble\s+des)|des)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:plateformes|places de marché|sites|applications|enseignes)(?![\p{L}])/iu,
  nl: /^\s*(?:[\p{L}-]+\s+){0,3}?(?:omzet|verkopen|bestedingen|handelsvolume)\s+(?:in|over|van)\s+(?:de\s+hele|het\s+hele|alle)\s+(?:sector|branche|regio|markten|landen)(?![\p{L}])|^\s*(?:[\p{L}-]+\s+){0,3}?(?:omzet|verkopen|bestedingen|handelsvolume)\s+(?:op|van|via|bij)\s+(?:alle\s+|de\s+)(?:[\p{L}\d-]+\s+){0,3}?(?:platforms|platformen|webwinkels|marktplaatsen|sites|apps)(?![\p{L}])/iu,
};
const GATE: Record<Language, RegExp> = {
  en: /across|throughout|in|on|of/i,
  fr: /ensemble|plateformes|places|sites|applications|enseignes/i,
  nl: /hele|alle|platform|webwinkels|marktplaatsen|sites|apps/i,
};
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`across markets (${l})`, ACROSS[l], GATE[l]);
