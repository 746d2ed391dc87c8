import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';

// An average is no company's figure (round 14, metrics):
// - orders per shopper: "placed an average of 11 orders a year", "en moyenne 9 commandes", "gemiddeld 7
//   bestellingen";
// - the average firm of a trade: "the average fashion retailer saw sales fall 2%", "het gemiddelde
//   Nederlandse modebedrijf zag de omzet dalen", "l'enseigne moyenne a vu ses ventes reculer".
const AVERAGE_OF: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:an|the|on)[\s\u00A0]+average(?:[\s\u00A0]+of)?[\s\u00A0]+(?:(?:about|around|some|nearly|almost|roughly|just over|more than)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:en moyenne|une moyenne de|moyenne de)[\s\u00A0]+(?:(?:environ|près de|plus de)[\s\u00A0]+)?$/iu,
  nl: /(?<![\p{L}])(?:gemiddeld|gemiddelde van|een gemiddelde van)[\s\u00A0]+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)[\s\u00A0]+)?$/iu,
};
// One list for the figure (here) and for the subject of a clause (attribution.ts) (round 17).
const AVERAGE_FIRM =
  /(?<![\p{L}])(?:average[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:retailer|company|firm|business|brand|shop|store|chain|seller|merchant|shopper|consumer|household)|gemiddelde[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}?\p{L}*(?:bedrijf|winkel|winkelier|retailer|webwinkel|onderneming|merk|keten|zaak|verkoper|consument|huishouden|shopper)|(?:entreprise|enseigne|commerçant|détaillant|distributeur|marchand|marque|boutique|magasin|vendeur|e-commerçant|ménage|consommateur|acheteur)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}?moyen(?:ne)?)(?![\p{L}])/iu;
const FIRM_GATE = /average|gemiddelde|moyen/iu;
declareGate('averages: firm', AVERAGE_FIRM, FIRM_GATE);
/** Whether the text tells the average member of a trade or a people: "the average fashion retailer", "het gemiddelde modebedrijf", "l'enseigne moyenne". */
export const averageMember = (text: string): boolean => FIRM_GATE.test(text) && AVERAGE_FIRM.test(text);
const GATE: Record<Language, RegExp> = { en: /average/iu, fr: /moyen/iu, nl: /gemiddeld/iu };
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`averages: of (${l})`, AVERAGE_OF[l], GATE[l]);
}

/**
 * Whether the figure at `q` is the average firm's, or (with `perHead`, for counts of orders) an
 * average per shopper. A platform's own average stays its figure: "gemiddeld 92 miljoen
 * maandelijkse gebruikers", "en moyenne 12 millions de visiteurs par mois".
 */
export function averageFigure(q: Quantity, sentence: string, language: Language, perHead = false): boolean {
  const before = sentence.slice(0, q.start);
  if (!GATE[language].test(before)) return false;
  return (perHead && AVERAGE_OF[language].test(before.slice(-40))) || AVERAGE_FIRM.test(before);
}
