import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a sentence (or the stretch of one given) points back at a company it does not name:
 * - a possessive: "its", "their", "son", "leurs", "zijn", "hun";
 * - a subject pronoun: "it", "il", "elle", "hij", Dutch "zou die" after a source ("Volgens X zou
 *   die 2 miljard euro hebben bedragen"); not "lui" ("Le Canada prépare lui aussi une taxe");
 * - the company told by a class noun, an adjective or "this" allowed before it: "the company",
 *   "the Chinese platform", "cette enseigne", "le géant", "de Chinese webwinkel", "dit bedrijf",
 *   a company's part: "the unit's", "la division", "het onderdeel" (round 20),
 *   and a Dutch compound on bedrijf or concern: "het Chinese modebedrijf", "het techconcern" (round 18);
 * - the two companies at once: "both platforms", "les deux plateformes", "beide platforms" (round 18);
 * - an opening on the figure told before: "That sum...", "Ce montant...", "Dat bedrag...";
 * - a company a relative clause then describes: "for a group that made $38 billion", "pour un
 *   groupe qui a réalisé", "voor een bedrijf dat 6 miljard omzette".
 * One list serves the outside-source warning (warning-signs.ts), the rule told without a name
 * (rule-owner.ts) and the untracked company named before a figure (named-other.ts) (round 17).
 * Its callers only ask about a candidate fact already caught by their own gates: no gate here.
 */
export function pointsAtCompany(sentence: string, language: Language): boolean {
  return POINTS_AT_COMPANY[language].test(sentence);
}

const POINTS_AT_COMPANY: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:its|it|their|(?:the|this)\s+(?:[\p{L}-]+\s+)?(?:company|group|firm|retailer|marketplace|platform|app|e-tailer|e-commerce\s+giant|online\s+retailer|shopping\s+app|unit|division|arm|subsidiary)(?:['’]s)?)(?![\p{L}])|(?<![\p{L}])both\s+(?:platforms|companies|apps|retailers|groups)(?![\p{L}])|^\s*(?:that|this|the)\s+(?:figure|sum|amount|number)(?![\p{L}])|(?<![\p{L}])an?\s+(?:[\p{L}-]+\s+)?(?:company|group|firm|retailer|marketplace|platform)\s+(?:that|which|whose)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:son|sa|ses|leurs?|il|elle|(?:l['’]|cette\s+)(?:entreprise|application|appli|enseigne)|(?:le|la|du|au|ce|cette)\s+(?:[\p{L}-]+\s+)?(?:groupe|société|plateforme|filiale|géant|site|firme|distributeur|marchand|division|branche))(?![\p{L}])|^\s*(?:ce|cet|cette)\s+(?:chiffre|montant|somme|nombre)(?![\p{L}])|(?<![\p{L}])(?:celui|celle)-ci(?![\p{L}])|(?<![\p{L}])les\s+deux\s+(?:plateformes|applications|entreprises|groupes|enseignes|sites)(?![\p{L}])|(?<![\p{L}])une?\s+(?:[\p{L}-]+\s+)?(?:groupe|entreprise|société|plateforme|enseigne)\s+(?:qui|dont)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:zijn|haar|hun|hij|(?:zou|zal)\s+(?:die|deze)|(?:het|de|dit|deze)\s+(?:[\p{L}-]+\s+)?(?:\p{L}*bedrijf|\p{L}*concern|platform|onderneming|webwinkel|app|winkel|webshop|retailer|marktplaats|winkelapp|divisie|dochter|onderdeel))(?![\p{L}])|(?<![\p{L}])beide\s+(?:platforms|bedrijven|webwinkels|apps|winkelapps|concerns)(?![\p{L}])|^\s*(?:dat|dit|die|deze)\s+(?:bedrag|cijfer|getal|aantal)(?![\p{L}])|(?<![\p{L}])een\s+(?:[\p{L}-]+\s+)?(?:\p{L}*bedrijf|\p{L}*concern|platform|onderneming|webwinkel)\s+(?:dat|die|waarvan)(?![\p{L}])/iu,
};
