// Opening a warehouse, an office or a depot grows a business where it is, or is about to be: an
// expansion, not the launch of a shop ("opende een distributiecentrum in Polen", "ouvre un entrepôt
// près de Lyon", "opened a fulfilment centre in Ohio", "opent een Benelux-hoofdkantoor").
const BUILDINGS = String.raw`(?:warehouses?|distribution cent(?:re|er)s?|fulfil?l?ment cent(?:re|er)s?|logistics (?:hub|cent(?:re|er)|site)s?|sorting cent(?:re|er)s?|offices?|headquarters|entrepôts?|centres? (?:logistiques?|de distribution|de tri)|plateformes? logistiques?|sites? logistiques?|bureaux?|sièges?|magazijn(?:en)?|distributiecentr(?:um|a)|sorteercentr(?:um|a)|logistiek(?:e)? centr(?:um|a)|kantoor|kantoren|hoofdkantoor)`;

// An aside between commas may stand between the verb and the building: "l'ouverture, d'ici à la fin
// de l'année, d'un nouveau centre de distribution".
const BUILDING_AFTER = new RegExp(String.raw`^[\p{L}'’-]+(?:\s*,[^,.;]{1,50},)?(?:\s+[\p{L}'’-]+){0,6}?[\s-]+${BUILDINGS}(?![\p{L}])`, 'iu');

// The building named just before the verb, perhaps with its town, a relative pronoun, an
// auxiliary and a year: "son entrepôt de Lauwin-Planque, ouvert en", "the warehouse, which
// opened", "het distributiecentrum dat in 2022 werd geopend".
const BUILDING_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])${BUILDINGS}(?:\s+(?:de|d['’]|du|à|in|near|près de|bij|te)\s*\p{Lu}[\p{L}'’-]*)?\s*,?\s+(?:(?:which|that|qui|dat|die)\s+)?(?:(?:was|were|has|had|been|is|a|avait|été|est|werd|wordt|in|en|(?:19|20)\d{2})\s+){0,4}$`,
  'iu',
);

/**
 * Whether a launch cue at [start, end) opens a building, named after it ("opened a new warehouse",
 * "pour ouvrir un nouveau site logistique") or just before it ("l'entrepôt, ouvert en 2022"):
 * that is growth in a market, not an entry into it.
 */
export function opensABuilding(sentence: string, start: number, end: number): boolean {
  return BUILDING_AFTER.test(sentence.slice(start, end + 100)) || BUILDING_BEFORE.test(sentence.slice(Math.max(0, start - 70), start));
}
