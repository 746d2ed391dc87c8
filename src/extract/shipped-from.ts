import type { MarketHit } from './markets.js';
import { declareGate } from './gates.js';
import { mayEndOn } from './tail-words.js';

// Goods sent from a place come from there; the place is no market of the sentence's figures or
// events: "parcels sent from China", "colis envoyés depuis la Chine", "livrés directement de
// Chine", "pakketjes die vanuit China worden verstuurd", "pakketjes uit China". How long the trip
// takes may come between (round 17): "delivered within a week from China", "livrés en huit à dix
// jours depuis la Chine".
const SENT_FROM =
  /(?<![\p{L}])(?:ship(?:s|ped|ping)?|sen[dt]|sends|sending|dispatch(?:ed|es)?|mailed|posted|flown|imported|sourced|envoy\p{L}*|expédi\p{L}*|livrée?s?|import\p{L}*|achemin\p{L}*|verstuurd|verstuurt|versturen|verzonden|verzendt|verzenden|verscheept|verschepen|geïmporteerd|afkomstig)\s+(?:(?:directly|straight|directement|rechtstreeks|direct)\s+|(?:in|within|en|sous|binnen)\s+(?:[\p{L}\d-]+\s+){1,4}?(?:days?|weeks?|jours?|semaines?|dagen|weken)\s+)?(?:from|depuis|de|d['’]|du|des|uit|vanuit|van)\s*(?:(?:the|la|het)\s+|l['’])?$/iu;
const GOODS_FROM =
  /(?<![\p{L}])(?:parcels?|packages?|shipments?|goods|imports?|orders|colis|paquets|envois|marchandises|commandes|pakketten|pakjes|pakketjes|zendingen|bestellingen)\s+(?:[\p{L}]+\s+)?(?:from|depuis|en provenance d(?:e|u|es|['’])|venant d(?:e|u|es|['’])|uit|vanuit)\s*(?:(?:the|la|het)\s+|l['’])?$/iu;
// Dutch puts the verb last: "pakketjes die vanuit China worden verstuurd".
const FROM_THEN_SENT = /^\s*(?:worden|werden|wordt|werd|zijn|is)?\s*(?:verstuurd|verzonden|verscheept|geïmporteerd|geleverd)(?![\p{L}])/iu;
const FROM_BEFORE = /(?<![\p{L}])(?:vanuit|uit)\s+(?:het\s+)?$/iu;

// Served from a warehouse somewhere, goods come from there too: "serves its German customers from
// a warehouse in Poland", "depuis un entrepôt situé en Pologne", "vanuit een magazijn in Polen".
const FROM_SITE =
  /(?<![\p{L}])(?:from|depuis|vanuit)\s+(?:an?|one|its|their|the|un|une|son|sa|ses|leur|leurs|le|la|l['’]|les|een|zijn|haar|hun|het|de)\s*(?:[\p{L}-]+\s+)?(?:warehouses?|hubs?|depots?|(?:fulfil?ment|distribution|logistics) cent(?:re|er)s?|entrepôts?|centres? (?:logistiques?|de distribution)|magazijn(?:en)?|distributiecentr(?:um|a))\s+(?:(?:situé|située|situés|situées|based|located|gelegen|implanté|implantée)\s+)?(?:in|en|au|aux|à|near|près de|bij)\s+(?:(?:the|la|het)\s+|l['’])?$/iu;
const FROM_SITE_GATE = /from|depuis|vanuit/i;
const SITE_LAST_WORDS = ['in', 'en', 'au', 'aux', 'à', 'near', 'de', 'bij', 'the', 'la', 'het', "l'", 'l’'];
declareGate('shipped from: served from a site', FROM_SITE, (text) => FROM_SITE_GATE.test(text) && mayEndOn(text, SITE_LAST_WORDS, 6));

// Each of the three patterns before a place ends on one of these (then only spaces): "from",
// "depuis la", "d’", "en provenance des", "vanuit het". A place after none of them skips the three
// searches, each tried from every position of the text before the place.
const LAST_WORDS = ['from', 'depuis', 'de', "d'", 'd’', 'du', 'des', 'uit', 'vanuit', 'van', 'the', 'la', 'het', "l'", 'l’'];

/** Whether the market `m` is where goods are sent from in `sentence`. */
export function shippedFrom(sentence: string, m: MarketHit): boolean {
  const before = sentence.slice(Math.max(0, m.start - 50), m.start);
  if (mayEndOn(before, SITE_LAST_WORDS, 6)) {
    const wide = sentence.slice(Math.max(0, m.start - 90), m.start);
    // GATE for FROM_SITE: its first words.
    if (FROM_SITE_GATE.test(wide) && FROM_SITE.test(wide)) return true;
  }
  if (!mayEndOn(before, LAST_WORDS, 6)) return false;
  if (SENT_FROM.test(before) || GOODS_FROM.test(before)) return true;
  return FROM_BEFORE.test(before) && FROM_THEN_SENT.test(sentence.slice(m.end, m.end + 30));
}
