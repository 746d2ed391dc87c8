/**
 * A shop for a people that is opened or started is the company's own store there (round 20c), not
 * a description of another company ("the Belgian webshop Coolblue", "Chinese webwinkels"):
 * "Amazon opens Belgian webshop", "launched a Polish site", "dat met een Belgische webwinkel
 * startte", "lanceert een Belgische webwinkel", "ouvre un site belge". `before` and `after` are the
 * text around the people's adjective.
 */
const OPENED_BEFORE =
  /(?<![\p{L}])(?:opens?|opened|opening|launch(?:es|ed|ing)?|switch(?:es|ed)?\s+on|unveil(?:s|ed)?|opent|opende|lanceert|lanceerde|gelanceerd|ouvre|ouvert|ouvrir|lance|lancé|lancer|inaugure|inauguré)\s+(?:(?:a|an|its|their|new|first|own|een|zijn|haar|hun|eigen|nieuwe|eerste|son|sa|ses|un|une|nouveau|nouvelle|premier|première)\s+)*(?:site|boutique|plateforme|application|magasin|[\p{L}-]+\s+)?$/iu;
const SHOP_AFTER = /^\s+(?:marketplace|platform|app|site|website|store|storefront|shop|web ?shop|webwinkel|winkel|marktplaats)(?![\p{L}])/iu;
const STARTED_AFTER = /^\s+(?:webwinkel|webshop|winkel|site|marktplaats)\s+(?:startte|startten|begon|begonnen|opende|lanceerde)(?![\p{L}])/iu;
const SHOP_BEFORE_FR = /(?:site|boutique|plateforme|application|magasin)\s+$/iu;
export const openedShop = (before: string, after: string): boolean => ((SHOP_AFTER.test(after) || SHOP_BEFORE_FR.test(before)) && OPENED_BEFORE.test(before)) || STARTED_AFTER.test(after);
