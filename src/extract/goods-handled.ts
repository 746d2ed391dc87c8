import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * Goods counted where someone receives or inspects them are no orders the company took:
 * - parcels received at a shop, a pick-up point or a home ("on some days we receive 300 parcels",
 *   "on reçoit 300 colis", "we krijgen dagelijks 300 pakketjes binnen") are the receiver's load;
 * - items checked, tested or seized ("of 200,000 items inspected last year", "sur 200 000 articles
 *   contrôlés", "van de 200.000 gecontroleerde artikelen") are an inspector's sample.
 * "Temu received 4 million orders" keeps its orders: only parcels are received here.
 */
export function goodsHandled(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 60);
  if (INSPECTED[language].test(after)) return true;
  return PARCEL_AFTER[language].test(after) && RECEIVED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 50), q.start));
}

const PARCEL_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:parcels|packages|boxes|deliveries)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:colis|paquets|cartons)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:pakketten|pakketjes|pakjes|pakken|dozen|zendingen)(?![\p{L}])/iu,
};
// A receiving verb, then at most a few words (a time, a hedge) before the count.
const RECEIVED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:receive|receives|received|receiving|get|gets|got|take in|takes in|took in)(?:[\s\u00A0]+[\p{L}'’-]+){0,3}?[\s\u00A0]+$/iu,
  fr: /(?<![\p{L}])(?:reçoit|reçoivent|recevons|recevait|recevaient|reçu|reçus|réceptionne|réceptionnent|réceptionné|voit passer|voient passer)(?:[\s\u00A0]+[\p{L}'’-]+){0,3}?[\s\u00A0]+$/iu,
  nl: /(?<![\p{L}])(?:ontvangt|ontvangen|ontving|ontvingen|ontvang|krijgt|krijgen|krijg|kreeg|kregen)(?:[\s\u00A0]+[\p{L}'’-]+){0,3}?[\s\u00A0]+$/iu,
};
// Goods then a word of inspection after them, or (Dutch, English) before them.
const INSPECTED: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:(?:inspected|checked|tested|seized|controlled)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:parcels|packages|items|articles|products|goods)|(?:[\p{L}-]+[\s\u00A0]+)?(?:parcels|packages|items|articles|products|goods)[\s\u00A0]+(?:(?:were|was|that were|it)[\s\u00A0]+)?(?:inspected|checked|tested|seized|controlled))(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:de[\s\u00A0]+|d['’])?(?:colis|paquets|articles|produits|envois)[\s\u00A0]+(?:(?:ont été|avaient été|ayant été)[\s\u00A0]+)?(?:contrôlés|inspectés|testés|saisis|vérifiés|analysés|examinés)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:(?:gecontroleerde|geteste|onderzochte|gekeurde|onderschepte|inbeslaggenomen)[\s\u00A0]+(?:pakketten|pakketjes|pakjes|artikelen|producten|zendingen)|(?:pakketten|pakketjes|pakjes|artikelen|producten|zendingen)[\s\u00A0]+(?:die[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?)?(?:gecontroleerd|getest|onderzocht|gekeurd|onderschept|in beslag genomen))(?![\p{L}])/iu,
};
