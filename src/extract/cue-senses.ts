import type { EventName } from '../domain/vocabulary.js';

// Exit words in another sense: a place to collect parcels ("un point de retrait", "retrait en
// magasin", "le retrait des colis"), taking goods off sale ("withdrew 2,000 listings", "le retrait
// de produits dangereux", "haalt producten terug"), an idiom ("pulled out all the stops"), or goods
// and buildings left ("les colis quittent l'entrepôt", "parcels leave the warehouse").
const PICKUP_BEFORE = /(?<![\p{L}])(?:points?|lieux?|casiers?|espaces?|comptoirs?|bornes?|relais)\s+(?:de\s+)?$/iu;
const PICKUP_AFTER = /^\s*(?:en\s+(?:magasin|boutique|point|consigne|relais|drive|agence)|gratuit|sur place|des\s+(?:colis|commandes|achats|paquets)|de\s+(?:colis|commandes|vos|ses|leurs)|d['’](?:un|une)\s+(?:colis|commande))/iu;
const GOODS_OFF_SALE =
  /^\s*(?:(?:de|d['’]|du|des|of|its|their|some|le|la|les|ses|leurs|zijn|haar|hun|the|about|more than|nearly|some|plus de|près de|environ|ruim|bijna|\d[\d.,\s\u00A0]*)\s*)*(?:[\p{L}-]+\s+){0,2}?(?:products?|items?|listings?|goods|toys|articles?|produits?|jouets|annonces|références|producten|artikelen|speelgoed|advertenties)(?![\p{L}])/iu;
const IDIOM_AFTER = /^\s*all the stops/iu;
const LEFT_BUILDING =
  /^\s*(?:the|its|their|l['’]|la|le|les|leur|son|sa|het|de|hun|zijn)?\s*(?:warehouses?|depots?|factor(?:y|ies)|port|ports|plant|entrepôts?|usines?|dépôts?|magazijn(?:en)?|fabriek(?:en)?|depot|haven)(?![\p{L}])/iu;
const GOODS_BEFORE = /(?<![\p{L}])(?:parcels|packages|shipments|goods|orders|colis|paquets|commandes|marchandises|pakketten|pakjes|pakketjes|zendingen|bestellingen)\s+(?:\p{L}+\s+)?$/iu;

// A rule that a company gains from is someone else's: "Temu profited from the American tariffs",
// "Shein a profité des droits de douane imposés à", "Temu profiteerde van de Amerikaanse heffingen".
const GAINS_FROM =
  /(?<![\p{L}])(?:(?:benefit(?:s|ed|ted|ing)?|profit(?:s|ed|ing)|gain(?:ed|ing)|profited)\s+(?:[\p{L}’'-]+\s+){0,4}?from|cash(?:es|ed|ing)?\s+in\s+on|(?:took|takes|taking|take)\s+advantage\s+of|(?:profit(?:é|e|ent|er|ait|aient)|bénéfici(?:é|e|ent|er|ait|aient)|tir(?:é|e|er|ent)\s+(?:parti|profit|avantage))\s+(?:[\p{L}’'-]+\s+){0,4}?(?:de|du|des|d['’])|(?:profiteer(?:t|de|den)?|geprofiteerd|voordeel\s+(?:\p{L}+\s+)?(?:gehad|hebben|heeft|had|haalt|haalde))\s+(?:[\p{L}’'-]+\s+){0,4}?(?:van|bij))(?:(?<=['’])|(?![\p{L}]))[^,.;:]*$/iu;

const GOODS_PUT_ONLINE =
  /(?<![\p{L}])(?:modèles|produits|articles|références|vêtements|annonces|nouveautés|producten|artikelen|modellen|kledingstukken|items|products|listings|styles)(?![\p{L}])/iu;

// The relative clause may be set off by a comma, and a sale is launched like a campaign: "its
// Black Friday campaign, which kicked off on 13 November", "l'opération, qui a démarré lundi",
// "de actie, die vrijdag van start ging" (round 20).
const PROBE_BEFORE =
  /(?<![\p{L}])(?:investigations?|probes?|inquiry|inquiries|campaigns?|enquêtes?|procédures?|campagnes?|poursuites|onderzoek(?:en)?|campagnes?|procedures?|sale|opération|actie|kortingsactie|uitverkoop)\s*(?:,\s*(?=(?:that|which|qui|die|dat)\s))?(?:(?:that|which|qui|die|dat)\s+(?:[\p{L}\d]+\s+){0,2}?)?(?:(?:was|were|is|are|been|has been|have been|has|have|had|a été|ont été|été|a|ont|avait|werd|werden|is|zijn)\s+)?$/iu;

// "raise", "lever", "ophalen" tell a fundraise only with money as their object: "raised $2 billion",
// "lève 50 millions d'euros", "haalt geld op bij investeerders". Else the word has another sense:
// "will raise the commission it charges", "lève le voile sur", "haalt pakketten op".
const RAISE_VERB = /^(?:rais|lève|levé|haalt)/iu;
const MONEY_RAISED =
  /[$€£]\s?\d|\d[\d.,]*\s?(?:bn|m|mn|mln|mrd|md|mds|million|billion|millions|milliards?|miljoen|miljard)(?![\p{L}])|(?<![\p{L}])(?:funds?|funding|capital|money|cash|financ\p{L}*|round|investors?|valuation|debt|fonds|capitaux|investisseurs|valorisation|euros?|dollars?|geld|kapitaal|investeerders|durfkapitaal)(?![\p{L}])/iu;

// Who or what arrives after an arrival noun, when it is no company: people on a site, or goods.
const ARRIVAL_OF_OTHERS =
  /^\s*(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of|van)\s*(?:(?:the|a|an|de|het|een|nouveaux|nouvelles|nieuwe|new|premiers|first)\s+)?(?:[\p{L}-]+\s+)?(?:visiteurs?|internautes?|clients?|clientes?|utilisateurs?|utilisatrices?|consommateurs?|acheteurs?|visitors?|customers?|users?|shoppers?|buyers?|bezoekers?|klanten|klant|gebruikers?|consumenten|kopers?|colis|paquets|marchandises|commandes|parcels|packages|goods|orders|pakketjes|pakketten|pakjes|goederen|bestellingen)(?![\p{L}])/iu;

const CARRIED = /^(?:bring|brought|tak|took|apport|amèn|emmèn|export|breng|bracht)/iu;
const PLACE_NEXT = /^\s+(?:the\s+|het\s+)?\p{Lu}/u;

/** Whether an event cue at `start` means something else than the event it names. */
export function otherSense(sentence: string, start: number, cue: string, event: EventName): boolean {
  // "bringing Haul to the UK": the place must follow, capitalised (the cue's own test ignores case).
  if (event === 'launch' && CARRIED.test(cue)) return !PLACE_NEXT.test(sentence.slice(start + cue.length, start + cue.length + 12));
  // Putting goods on the site is no launch: "met en ligne en moyenne 7 200 nouveaux modèles par
  // jour", "zet elke dag 7.000 nieuwe producten online", "puts 5,000 new items online".
  if (event === 'launch' && /^(?:mis|mise|met|zet|put)/iu.test(cue) && GOODS_PUT_ONLINE.test(`${cue} ${sentence.slice(start + cue.length, start + cue.length + 50)}`)) return true;
  // Goods entering a place are imports, not a company entering a market: "packages entered the
  // bloc", "les colis arrivés en France", "pakketjes die in Nederland arriveren".
  // Nor is the arrival of a visitor or of goods (round 20): "dès l'arrivée du visiteur sur le site",
  // "on the arrival of customers", "bij de komst van de bezoeker", "l'arrivée des colis".
  if (event === 'launch' && /^(?:arriv|komst)/iu.test(cue) && ARRIVAL_OF_OTHERS.test(sentence.slice(start + cue.length, start + cue.length + 50))) return true;
  if (event === 'launch' && /^(?:enter|entr|arriv)/iu.test(cue)) return GOODS_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
  // "investigations launched against Temu", "les enquêtes lancées contre", "het onderzoek dat werd
  // gestart": the thing launched is a probe or a campaign, told before its participle.
  if (event === 'launch' && PROBE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return true;
  if (event === 'funding' && RAISE_VERB.test(cue)) return !MONEY_RAISED.test(`${cue}${(sentence.slice(start + cue.length, start + cue.length + 60).split(/[,;:]/u)[0] ?? '')}`);
  if (event === 'regulation') return GAINS_FROM.test(sentence.slice(Math.max(0, start - 80), start));
  if (event !== 'exit') return false;
  const end = start + cue.length;
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 60);
  if (/^retrait$/iu.test(cue) && (PICKUP_BEFORE.test(before) || PICKUP_AFTER.test(after))) return true;
  if (/^(?:withdr|retir|retrait|pull)/iu.test(cue) && GOODS_OFF_SALE.test(after)) return true;
  if (/^pull/iu.test(cue) && IDIOM_AFTER.test(after)) return true;
  return LEFT_BUILDING.test(after) || GOODS_BEFORE.test(before);
}
