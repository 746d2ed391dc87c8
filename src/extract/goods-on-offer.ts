import type { Quantity } from './numbers.js';

const ABOUT = String.raw`(?:(?:about|around|some|nearly|almost|more than|over|up to|ruim|bijna|zo['’]n|meer dan|circa|ongeveer|tot|plus de|près de|quelque|environ|jusqu['’]à)\s+)*`;

// "discounts on some 200,000 products", "kortingen tot 50 procent op ruim 300.000 producten",
// "des remises sur plus de 10 000 articles".
const ON_OFFER_BEFORE = new RegExp(
  String.raw`(?:discount|deal|offer|promotion|korting|aanbieding|actie|réduction|remise|promo|rabais|soldes)\p{L}*[^.;]{0,40}?(?<![\p{L}])(?:on|op|sur)\s+${ABOUT}$`,
  'iu',
);
// "a catalogue of 12 million items", "een assortiment van 40 miljoen artikelen", "une offre de 500 000 références".
const RANGE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:catalog(?:ue)?|assortment|range|selection|assortiment|aanbod|catalogus|gamma|gamme|offre|sélection)\s+(?:of|van|de|d['’])\s*${ABOUT}$`,
  'iu',
);

// "the app offers some 12,000 items", "le site propose 500 000 références", "biedt de app
// ongeveer 12.000 artikelen aan": what a shop offers or lists is its range, not what was ordered.
const OFFER_VERB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:offers?|offering|lists|listing|listed|stocks|carries|propose|proposent|proposait|proposera|référence|biedt|bieden|bood|boden)\s+(?:[\p{L}'’-]+\s+){0,5}?${ABOUT}$`,
  'iu',
);

// "will hold about 2.8 million items", "pourra stocker 3 millions d'articles", "biedt ruimte voor
// 1 miljoen producten": what a warehouse holds is its room, not what was ordered.
const HOLD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:hold|holds|holding|store|stores|storing|house|houses|stocker|stockera|stocke|contenir|contiendra|contient|abriter|abritera|opslaan|bevat|bevatten|ruimte voor|plaats voor|plaats bieden aan)\s+${ABOUT}$`,
  'iu',
);
// The range as the subject: "Son catalogue compte plus de 40 millions d'articles", "its catalogue
// includes 12 million products", "het assortiment telt 40 miljoen artikelen".
const RANGE_SUBJECT = new RegExp(
  String.raw`(?<![\p{L}])(?:catalog(?:ue)?|assortment|range|assortiment|aanbod|catalogus|gamma|gamme|offre)(?![\p{L}])[^.;]{0,30}?(?<![\p{L}])(?:compte|comptait|comprend|contient|includes|included|contains|counts|spans|comprises|has|had|telt|omvat|bevat|beslaat)\s+(?:(?:now|already|inmiddels|nu|al|déjà|désormais|aujourd['’]hui)\s+)?${ABOUT}$`,
  'iu',
);

// Goods said to be available are the range (round 16, metrics): "8 million items are available in
// French", "12 millions d'articles seront disponibles", "ruim 5 miljoen producten zijn beschikbaar".
const AVAILABLE_AFTER =
  /^[\s\u00A0]*(?:(?:de|d['’])[\s\u00A0]*)?(?:[\p{L}-]+[\s\u00A0]+)?(?:items|products|articles|références|produits|artikelen|producten)[\s\u00A0]+(?:(?:are|will be|would be|were|is|now|sont|seront|seraient|étaient|zijn|worden|waren|zullen|direct|meteen|déjà|already)[\s\u00A0]+){0,2}(?:available|on offer|on sale|listed|disponibles?|proposés|en vente|beschikbaar|te koop|verkrijgbaar)(?![\p{L}])/iu;

// Goods added to the range are the range growing (round 17, non-metric): "adds some 5,000 new
// items to its catalogue each day", "ajoute 5 000 nouveaux articles à son catalogue", "voegt
// dagelijks 5.000 nieuwe artikelen toe aan het assortiment".
const INTO_RANGE_AFTER =
  /^[\s\u00A0]*(?:(?:de|d['’])[\s\u00A0]*)?(?:[\p{L}-]+[\s\u00A0]+)?(?:items|products|articles|références|produits|artikelen|producten|listings)(?![\p{L}])[^,.;]{0,40}?(?<![\p{L}])(?:to|into|aan|à|dans|in)[\s\u00A0]+(?:(?:its|their|the|son|sa|ses|leur|la|le|zijn|haar|hun|het|de)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+)?(?:range|catalog(?:ue)?|assortment|line-up|assortiment|catalogus|aanbod|gamma|gamme|offre)(?![\p{L}])/iu;

const GOODS_AFTER = /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+)?(?:items|products|articles|références|produits|artikelen|producten)(?![\p{L}])/iu;

/**
 * Whether a count of products is how many are on offer (discounted, in the range) rather than
 * how many were ordered: such a count is no orders figure.
 */
export function goodsOnOffer(q: Quantity, sentence: string): boolean {
  const before = sentence.slice(Math.max(0, q.start - 80), q.start);
  if (ON_OFFER_BEFORE.test(before) || RANGE_BEFORE.test(before) || RANGE_SUBJECT.test(before)) return true;
  const after = sentence.slice(q.end, q.end + 100);
  if (AVAILABLE_AFTER.test(after) || INTO_RANGE_AFTER.test(after)) return true;
  if (HOLD_BEFORE.test(before.slice(-40)) && GOODS_AFTER.test(sentence.slice(q.end, q.end + 30))) return true;
  const verb = OFFER_VERB_BEFORE.exec(before);
  // Only goods: "offers 12,000 items", not "biedt 5.000 mensen werk" (jobs).
  return verb !== null && GOODS_AFTER.test(sentence.slice(q.end, q.end + 30));
}
