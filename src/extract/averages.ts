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
const AVERAGE_FIRM: Record<Language, RegExp> = {
  en: /(?<![\p{L}])the[\s\u00A0]+average[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:company|firm|retailer|business|shop|store|brand|seller|merchant|household|shopper|consumer)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:entreprise|enseigne|commerçant|distributeur|marchand|vendeur|ménage|consommateur|acheteur|magasin)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}?moyen(?:ne)?(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:het|de|een)[\s\u00A0]+gemiddelde[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}?\p{L}*(?:bedrijf|winkel|winkelier|retailer|webwinkel|onderneming|verkoper|huishouden|consument|shopper)(?![\p{L}])/iu,
};
const GATE: Record<Language, RegExp> = { en: /average/iu, fr: /moyen/iu, nl: /gemiddeld/iu };
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`averages: of (${l})`, AVERAGE_OF[l], GATE[l]);
  declareGate(`averages: firm (${l})`, AVERAGE_FIRM[l], GATE[l]);
}

/**
 * Whether the figure at `q` is the average firm's, or (with `perHead`, for counts of orders) an
 * average per shopper. A platform's own average stays its figure: "gemiddeld 92 miljoen
 * maandelijkse gebruikers", "en moyenne 12 millions de visiteurs par mois".
 */
export function averageFigure(q: Quantity, sentence: string, language: Language, perHead = false): boolean {
  const before = sentence.slice(0, q.start);
  if (!GATE[language].test(before)) return false;
  return (perHead && AVERAGE_OF[language].test(before.slice(-40))) || AVERAGE_FIRM[language].test(before);
}
