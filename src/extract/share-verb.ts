import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * A percentage a company holds "of" a whole is its market share, though the whole is a trade not
 * named as a market (round 19): "holds nearly 30% of new-book sales in Quebec", "accaparerait près
 * de 30 % des ventes de livres neufs", "beheerst zo'n 30 procent van de boekenverkoop". A verb of
 * holding right before the figure and "of/des/van de" right after; a stake in shares or capital
 * ("détient 30 % du capital", "holds 20% of the shares") is no share of a market.
 */
export function heldShare(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 40);
  return OF_WHOLE[language].test(after) && !STAKE.test(after) && HOLD_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start));
}

const HOLD_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:holds|held|controls|controlled|commands|commanded|captures|captured|grabs|grabbed|accounts for|accounted for)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under)\s+)?$/iu,
  fr: /(?<![\p{L}])(?:détien\p{L}*|détenait|capte|captent|captait|capterait|accapar\p{L}*|contrôle|contrôlent|contrôlerait)\s+(?:(?:près de|environ|quelque|plus de|presque)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:beheerst|beheersen|beheerste|controleert|controleerde)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan)\s+)?$/iu,
};
const OF_WHOLE: Record<Language, RegExp> = {
  en: /^\s*(?:%|percent|per cent)?\s*of\s+(?:all\s+)?(?!its\s|their\s|his\s|her\s)/iu,
  fr: /^\s*(?:%|pour cent)?\s*(?:des|du|de la|de l['’])\s*/iu,
  nl: /^\s*(?:%|procent)?\s*van\s+(?:de|het|alle)\s/iu,
};
const STAKE = /(?<![\p{L}])(?:shares|stock|capital|equity|stake|parts sociales|actions|capital|droits de vote|aandelen|belang|kapitaal)(?![\p{L}])/iu;
