import type { Quantity } from './numbers.js';

/**
 * A figure that defines a class of companies is a threshold, not any one company's figure (round
 * 16, metrics): "every platform with more than 45 million users", "les plateformes de plus de 45
 * millions d'utilisateurs", "alle platforms met meer dan 45 miljoen gebruikers". A class is a
 * plural noun for companies, or a singular one after "every", "any", "chaque", "elk"; also social
 * networks as a class (round 20): "les réseaux sociaux comptant plus de 8 millions d'utilisateurs",
 * "social networks with more than 8 million users", "sociale netwerken met meer dan" (round 20c).
 */
const CLASS_NOUNS = '(?:platforms?|compan(?:y|ies)|services?|apps?|sites?|websites?|marketplaces?|businesses|firms|plateformes?|entreprises?|applications?|sociétés|platformen|bedrijven|diensten|webwinkels)';
const THRESHOLD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:every|any|each|all|toute?s?|chaque|elke?|iedere?|alle)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?${CLASS_NOUNS}|(?:platforms|companies|services|apps|marketplaces|businesses|firms|plateformes|entreprises|applications|platformen|bedrijven|diensten|(?:social[\s\u00A0]+)?networks|social[\s\u00A0]+media[\s\u00A0]+(?:platforms|services|firms|companies)|réseaux(?:[\s\u00A0]+sociaux)?|(?:sociale[\s\u00A0]+)?netwerken|sociale[\s\u00A0]+media))[\s\u00A0]+(?:with|having|that have|of|de|d['’]|avec|comptant|qui comptent|met|die)[\s\u00A0]*(?:(?:more than|over|at least|above|fewer than|less than|plus de|au moins|moins de|meer dan|minstens|minder dan|ten minste)[\s\u00A0]+)?$`,
  'iu',
);

/** Whether the figure at `q` is the bound of a class of companies ("platforms with more than N users"). */
export function classThreshold(q: Quantity, sentence: string): boolean {
  return THRESHOLD_BEFORE.test(sentence.slice(Math.max(0, q.start - 70), q.start));
}
