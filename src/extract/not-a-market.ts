import type { MarketHit } from './markets.js';
import { openedShop } from './opened-shop.js';

/**
 * Places a sentence names that are no market of what it tells, nor of the sentences after it
 * (round 11, b); read with isOrigin:
 * - the city where shares trade: "PDD shares rose 3.1% in New York", "l'action a gagné 8 % à
 *   Paris", "het aandeel sloot in Amsterdam 2 procent hoger";
 * - goods sent from a depot somewhere, the depot named in a few words: "products ship from a
 *   fulfilment centre in China", "expédiés depuis un grand entrepôt en Chine", "verstuurd vanuit
 *   een distributiecentrum in China";
 * - a nationality that describes companies: "Chinese discount platforms Temu and Shein", "the
 *   Chinese apps", "les plateformes chinoises", "Chinese webwinkels", and a region's adjective
 *   so used: "les enseignes européennes comme Zara" (round 20);
 * - a region named to describe a country told beside it: "Brazil, Latin America's largest
 *   economy", "le Brésil, première économie d'Amérique latine", "Duitsland, de grootste economie
 *   van Europa";
 * - a region that ranks the market entered (round 16): "as its first European market", "comme
 *   premier marché européen", "als eerste Europese markt" — the market is the country told.
 */
export function notAMarket(sentence: string, m: MarketHit): boolean {
  const before = sentence.slice(Math.max(0, m.start - 70), m.start);
  if (m.kind === 'city' && TRADED_IN.test(before) && STOCK.test(sentence)) return true;
  if (SENT_VERB.test(before) && SENT_FROM_DEPOT.test(before)) return true;
  if (m.kind === 'region' && (RANKED_AFTER.test(sentence.slice(m.end, m.end + 40)) || RANKED_BEFORE.test(sentence.slice(Math.max(0, m.start - 50), m.start)))) return true;
  // "opened its first South American data centre in São Paulo", "zijn eerste Europese winkel in Parijs":
  // a region that ranks what is opened is no place of it (round 20c).
  if (m.kind === 'region' && FIRST_OF_REGION.test(before)) return true;
  if ((m.kind === 'region' || m.kind === 'demonym') && FIRST_MARKET_OF.test(sentence.slice(Math.max(0, m.start - 40), m.end + 10))) return true;
  if (m.kind === 'name' && m.code === 'LU' && EU_COURT_BEFORE.test(before)) return true;
  // A region's adjective describes companies as a people's does: "les enseignes européennes comme Zara" (round 20).
  if (m.kind !== 'demonym' && !(m.kind === 'region' && REGION_ADJECTIVE.test(sentence.slice(m.start, m.end)))) return false;
  const after = sentence.slice(m.end, m.end + 40);
  return (COMPANIES_AFTER.test(after) || COMPANIES_BEFORE.test(sentence.slice(Math.max(0, m.start - 30), m.start))) && !openedShop(sentence.slice(Math.max(0, m.start - 40), m.start), after);
}

// The EU's courts sit in Luxembourg: "the EU's General Court in Luxembourg", "le Tribunal de l'UE à
// Luxembourg", "het Gerecht van de Europese Unie in Luxemburg" rule for the Union, not there (round 18).
const EU_COURT_BEFORE =
  /(?<![\p{L}])(?:court|courts|tribunal|cour|gerecht|hof|rechter|rechters|judges|juges)(?![\p{L}])[^.;]{0,40}?(?<![\p{L}])(?:in|à|te)\s+$/iu;

const FIRST_OF_REGION = /(?<![\p{L}])(?:its|their|zijn|haar|hun|son|sa|leur)\s+(?:first|eerste|premier|première)\s+$/iu;

// The region inside "as its first <region> market", "comme premier marché <region>", "als eerste <region> markt".
const FIRST_MARKET_OF =
  /(?<![\p{L}])(?:(?:as|als)\s+(?:its\s+|their\s+|zijn\s+|haar\s+)?(?:first|eerste)\s+\p{L}+\s+(?:market|markt)|(?:comme|en\s+tant\s+que)\s+(?:son\s+|leur\s+)?premier\s+marché\s+\p{L}+)(?![\p{L}])/iu;
const STOCK = /(?<![\p{L}])(?:shares|stock|share price|action|actions|titre|aandeel|aandelen|koers)(?![\p{L}])/iu;
const TRADED_IN = /(?<![\p{L}])(?:in|à|op|on|at)\s+(?:(?:the|het|de)\s+)?$/iu;

const SENT_VERB = /ship|sent|dispatch|expédi|envoy|livr|verstu|verzon|verzend/i;
// "shipped from warehouses in China"; not "shipped from China to shoppers in the US", where the
// place after "to" is where the goods go (round 18).
const SENT_FROM_DEPOT =
  /(?<![\p{L}])(?:ship(?:s|ped|ping)?|sent|dispatched|expédi\p{L}*|envoy\p{L}*|livrée?s?|verstuurd|verzonden|verstuurt|verzendt)\s+(?:(?:directly|directement|rechtstreeks)\s+)?(?:from|depuis|de|vanuit|uit)\s+(?:(?!(?:to|vers|à|naar|aan)\s)[\p{L}'’-]+\s+){1,4}?(?:in|en|au|aux|dans)\s+(?:(?:the|het|la|le)\s+|l['’])?$/iu;

const REGION_ADJECTIVE = /^(?:european|europ[ée]en(?:ne)?s?|europese|asian|asiatiques?|aziatische)$/iu;

const COMPANIES_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}?(?:platforms?|apps?|companies|company|retailers?|rivals?|competitors?|giants?|marketplaces?|sellers? like|webwinkels?|platformen|bedrijven|concurrenten|winkels|chains|ketens|modeketens)(?![\p{L}])/u;
const COMPANIES_BEFORE = /(?<![\p{L}])(?:plateformes?|applications?|enseignes?|géants?|concurrents?|sites?|entreprises?)\s+(?:[\p{L}-]+\s+)?$/iu;

const RANK = `(?:largest|biggest|second-largest|second-biggest|most populous|leading|première|deuxième|plus grande?|plus gros|grootste|op een na grootste|belangrijkste)`;
const COUNTRY_NOUN = `(?:economy|economies|country|nation|économie|pays|economie|land)`;
const RANKED_AFTER = new RegExp(String.raw`^['’]s?\s+${RANK}\s+${COUNTRY_NOUN}(?![\p{L}])`, 'iu');
const RANKED_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RANK}\s+${COUNTRY_NOUN}\s+(?:of|in|d['’]|de|du|van|in)\s*(?:(?:l['’]|la|le|the|het)\s*)?$`, 'iu');
