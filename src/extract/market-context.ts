import type { Language, MetricName } from '../domain/vocabulary.js';
import { isOrigin } from './events.js';
import { findMarkets, type MarketHit } from './markets.js';
import type { Mention } from './companies.js';
import { countryWithinRegions } from './region-members.js';
import { staffOfOneSite } from './site-staff.js';
import { withoutReferencePlaces } from './reference-place.js';
import { isHearsay } from './status.js';
import { namesOurCountry } from './our-country.js';

/**
 * A figure whose own sentence names no market often takes it from what came before: "It
 * reported 15 million users there", "La plateforme y compte 20 millions d'utilisateurs", "Het
 * bedrijf telt daar 3 miljoen klanten" point back to the previous sentence; and counts of an
 * audience (customers, users, sellers, orders, a market share) in an article about one market
 * are counts in that market. Company-wide money (revenue, profit, a valuation) is not inherited
 * without a pointer: a group's turnover is worldwide even in an article about its French arm.
 */
// "Shein's fell 25% over the same period": a figure told for the period of the one before is told
// for its place too (round 15); not "the same period last year", a comparison.
const POINTS_BACK: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:there|locally|the region|regional|the unit|the subsidiary|the local arm|that arm|this arm|that share|this share|that figure|in the country|in that country|in this country|in that market|in this market|on that market|on this market|on the continent|across the continent|(?:over|in|during) the same (?:period|months?|weeks?|quarter)(?![\p{L}])(?!\s+(?:last|a|one|of|in|the previous|a year))|the same two weeks)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?<!il\s)y(?!\s+a(?![\p{L}]))|la filiale|cette filiale|la région|régional|régionale|régionaux|cette part|ce chiffre|sur place|là-bas|localement|dans le pays|dans ce pays|du pays|celui-ci|celle-ci|sur le continent|sur ce marché|sur le marché local|(?:sur|pendant|durant|au cours de) la même période(?![\p{L}])(?!\s+(?:de|d['’]|l['’]|il y a|un an)))(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:daar|aldaar|de dochter|het dochterbedrijf|deze dochter|de regio|regionale|dat aandeel|dit aandeel|dat cijfer|ter plaatse|lokaal|in het land|in dat land|op het continent|op die markt|op deze markt|(?:in|over|tijdens) dezelfde periode(?![\p{L}])(?!\s+(?:van|vorig|een|in)))(?![\p{L}])/iu,
};

// A sentence that opens on the figure before it tells a change of that figure, in its place
// (round 15b): "That is 12% more than a year earlier", "C'est 12 % de plus qu'il y a un an",
// "Dat is 12 procent meer dan een jaar eerder".
const THAT_IS: Record<Language, RegExp> = {
  en: /^\s{0,3}(?:that|this)(?:['’]s|\s+(?:is|was|represents|marks|amounts to))(?![\p{L}])/iu,
  fr: /^\s{0,3}(?:c['’]est|cela (?:représente|fait|correspond à)|ce chiffre (?:est|représente|marque))(?![\p{L}])/iu,
  nl: /^\s{0,3}(?:dat|dit)\s+(?:is|was|betekent|komt neer op)(?![\p{L}])/iu,
};

// A fine is imposed by one country's authority, usually named just before; an investment is
// made somewhere (a warehouse, an office), usually where the article is.
const AUDIENCE: ReadonlySet<MetricName> = new Set(['customers', 'users', 'sellers', 'orders', 'market_share', 'fine', 'investment']);

/**
 * The one market (not "worldwide", not where goods come from) a sentence names, or null when it
 * names none or several. `known` holds the markets already found in the article's sentences.
 */
export function singleMarket(text: string, language: Language, known?: Map<string, MarketHit[]>): string | null {
  let hits = known?.get(text);
  if (!hits) {
    hits = findMarkets(text, language);
    known?.set(text, hits);
  }
  const places = withoutReferencePlaces(text, hits.filter((m) => m.kind !== 'global' && !isOrigin(text, m)));
  const codes = new Set(places.map((m) => m.code));
  return codes.size === 1 ? [...codes][0]! : codes.size > 1 ? countryWithinRegions(places) : null;
}

/**
 * The market a figure of `metric` inherits when its sentence names none: the previous sentence's
 * when the sentence points back to it, else (for audience counts) the previous sentence's, the
 * title's or the lead's single market. `previous` is computed only when needed.
 */
export function inheritedMarket(
  metric: MetricName,
  sentence: string,
  language: Language,
  previous: () => string | null,
  titleMarket: string | null,
  leadMarket: string | null = titleMarket,
  groupWide = false,
): string | null {
  // "the region", "regional GMV": the region the article is about, not the last country named.
  // The title's market is checked first: most titles name no region, and the pattern is not tried.
  if (titleMarket !== null && REGIONS.has(titleMarket) && REGION_POINTER[language].test(sentence)) return titleMarket;
  if (namesOurCountry(sentence, language)) return leadMarket ?? titleMarket ?? previous();
  if (pointsBack(sentence, language)) return previous() ?? titleMarket;
  // Jobs created are created where the article is: "créer 2 000 emplois", "to hire 500 staff";
  // so are the staff of one site ("het distributiecentrum telt 2.500 medewerkers", site-staff.ts).
  // A group's spending of tens of billions is not the article's country's (group-spending.ts).
  if (groupWide) return null;
  // Sales told right after a sentence in the title's country, with no place of their own, are sales
  // there: "U.S. shoppers spent $100 million on Black Friday. Sales over the four days topped $500
  // million" (round 18). A group's revenue is not: it is worldwide; nor is an analyst's estimate of
  // a platform's sales, which is of all its sales.
  if (metric === 'gmv') return titleMarket !== null && !isHearsay(sentence, language) && previous() === titleMarket ? titleMarket : null;
  if (!AUDIENCE.has(metric) && !(metric === 'employees' && (CREATES[language].test(sentence) || staffOfOneSite(sentence, language)))) return null;
  return previous() ?? leadMarket;
}

/**
 * A figure whose clause points back ("there", "y", "daar", Dutch "hier") while another clause of
 * the same sentence, before it, names one market is that market's (round 20): "Amazon charges 15%
 * on its Dutch site, but has only 1.5 million customers here", "Temu est arrivé en Pologne en mars
 * et y compte déjà 2 millions d'utilisateurs", "Amazon rekent op zijn Nederlandse site 15 procent,
 * maar heeft hier 1,5 miljoen klanten". `earlier` holds the places before the figure, outside its
 * clause or in an aside: "Temu, launched in Germany last year, has 5 million users there".
 */
export function pointedInSentence(earlier: readonly MarketHit[], sentence: string, language: Language): string | null {
  if (earlier.length === 0) return null;
  if (!pointsBack(sentence, language) && !(language === 'nl' && sentence.toLowerCase().includes('hier') && HERE_NL.test(sentence))) return null;
  const before = earlier.filter((m) => m.kind !== 'global' && !isOrigin(sentence, m));
  const codes = new Set(before.map((m) => m.code));
  return codes.size === 1 ? [...codes][0]! : null;
}
// "hier" as a place ("heeft hier 1,5 miljoen klanten"), not "hier en daar", "hier gaat het om".
const HERE_NL = /(?<![\p{L}])hier(?![\p{L}])(?!\s+(?:en daar|gaat|komt|is|zijn|wordt|worden|bij|om|voor|mee|over|door|van|op|aan|uit|in)(?![\p{L}]))/iu;

const REGIONS: ReadonlySet<string> = new Set(['EU', 'SEA', 'LATAM']);

// Asked for every figure of a sentence that names no market: the last answer is kept.
let lastPointer: { sentence: string; language: Language; answer: boolean } | null = null;
function pointsBack(sentence: string, language: Language): boolean {
  if (lastPointer === null || lastPointer.sentence !== sentence || lastPointer.language !== language) {
    lastPointer = { sentence, language, answer: POINTS_BACK[language].test(sentence) || THAT_IS[language].test(sentence) };
  }
  return lastPointer.answer;
}

// "the country" points back to a country, never to a region told in between (round 17): "...
// 2 million sellers in Southeast Asia. A new law threatens a ban in the country" is the country
// named before.
const COUNTRY_POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:in|across|throughout) (?:the|that|this) country(?![\p{L}])|(?<![\p{L}])the country['’]s(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:dans|à travers) (?:le|ce) pays(?![\p{L}])|(?<![\p{L}])du pays(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:in|door) (?:het|dat|dit) land(?![\p{L}])|(?<![\p{L}])van het land(?![\p{L}])/iu,
};
/** Whether `sentence` points back to a country ("in the country", "dans le pays", "in het land"). */
export const pointsToCountry = (sentence: string, language: Language): boolean => COUNTRY_POINTER[language].test(sentence);
const REGION_POINTER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:the region|regional|region['’]s)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:la région|régional|régionale|régionaux|régionales)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:de regio|regionale|regionaal)(?![\p{L}])/iu,
};
// Seasonal staff are taken on where the article is too (round 20): "signer 9 000 contrats saisonniers".
// So are staff already taken on, and temporary ones (round 21): "a recruté 9 000 intérimaires",
// "recruited 4,000 temporary workers", "heeft 800 uitzendkrachten aangenomen".
const CREATES: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:create|creating|created|creates|hire|hiring|hired|recruit|recruiting|recruited|add|adding|seasonal|temporary workers|temps)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:créer|crée|créé|créés|créées|créera|création|embaucher|embauche|embauché|embauchés|embauchées|recruter|recrute|recruté|recrutés|recrutées|recrutement|saisonniers|intérimaires)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:creëren|creëert|gecreëerd|aannemen|neemt aan|nam aan|namen aan|aangenomen|werven|werft|geworven|nieuwe banen|extra banen|(?:werk|banen) (?:(?:bieden|geven) )?aan|werkgelegenheid|seizoenskrachten|uitzendkrachten)(?![\p{L}])/iu,
};

/**
 * The market of an event whose sentence names none: the previous sentence's single market, the
 * nearer context ("Ook in Nederland ligt het bedrijf onder vuur. De ACM is een onderzoek
 * gestart"; "which arrived in the country in June"), else the title's.
 */
export function eventMarket(previous: () => string | null, titleMarket: string | null): string | null {
  return previous() ?? titleMarket;
}

/**
 * An audience count in a sentence whose only places are the article's own market, none of them
 * next to the figure ("Plus de 5 000 vendeurs sont inscrits », a dit le directeur de TikTok Shop
 * France à Paris"): the count is in that market.
 */
export function onlyArticleMarket(hits: readonly MarketHit[], metric: MetricName, articleMarket: string | null): string | null {
  if (articleMarket === null || !AUDIENCE.has(metric)) return null;
  return hits.every((m) => m.code === articleMarket) ? articleMarket : null;
}

/**
 * The country of a company's national arm the sentence names as such: a tracked name right before
 * a country, with at most one word of the arm's name between ("Shein Distribution UK", "Amazon
 * France", "TikTok Shop UK", "Amazon Nederland"). The next sentence, when it names no company and
 * no place, goes on about that arm: "Pre-tax profit rose to £24.5 million", "Le bénéfice a reculé
 * de 5 %", "De winst steeg naar 3 miljoen euro" are the arm's figures, in its country (round 20).
 */
export function nationalArm(text: string, mentions: readonly Mention[], hits: readonly MarketHit[]): string | null {
  let code: string | null = null;
  for (const m of mentions) {
    if (m.competitor === null) continue;
    const h = hits.find((x) => x.kind === 'name' && x.start >= m.end && x.start - m.end <= 20);
    if (!h || !ARM_GAP.test(text.slice(m.end, h.start))) continue;
    if (code !== null && code !== h.code) return null;
    code = h.code;
  }
  return code;
}
const ARM_GAP = /^\s+(?:\p{Lu}\p{L}+\s+)?$/u;
