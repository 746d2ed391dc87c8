const ABOUT = String.raw `(?:(?:about|around|some|nearly|almost|more than|over|up to|ruim|bijna|zo['’]n|meer dan|circa|ongeveer|tot|plus de|près de|quelque|environ|jusqu['’]à)\s+)*`;
// "discounts on some 200,000 products", "kortingen tot 50 procent op ruim 300.000 producten",
// "des remises sur plus de 10 000 articles".
const ON_OFFER_BEFORE = new RegExp(String.raw `(?:discount|deal|offer|promotion|korting|aanbieding|actie|réduction|remise|promo|rabais|soldes)\p{L}*[^.;]{0,40}?(?<![\p{L}])(?:on|op|sur)\s+${ABOUT}$`, 'iu');
// "a catalogue of 12 million items", "een assortiment van 40 miljoen artikelen", "une offre de 500 000 références".
const RANGE_BEFORE = new RegExp(String.raw `(?<![\p{L}])(?:catalog(?:ue)?|assortment|range|selection|assortiment|aanbod|catalogus|gamma|gamme|offre|sélection)\s+(?:of|van|de|d['’])\s*${ABOUT}$`, 'iu');
/**
 * Whether a count of products is how many are on offer (discounted, in the range) rather than
 * how many were ordered: such a count is no orders figure.
 */
export function goodsOnOffer(q, sentence) {
    const before = sentence.slice(Math.max(0, q.start - 80), q.start);
    return ON_OFFER_BEFORE.test(before) || RANGE_BEFORE.test(before);
}
//# sourceMappingURL=goods-on-offer.js.map