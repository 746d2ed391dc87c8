import type { Language } from '../domain/vocabulary.js';
import { COUNT_CUES, MONEY_CUES } from './metric-cues.js';
import { changesNonMetric } from './non-metric-change.js';
import type { Quantity } from './numbers.js';
import { hits } from './words.js';

/**
 * A multiple whose object is no business figure is no growth (round 13, metrics): "more than
 * doubling a local workforce", "triplera la surface de son entrepôt", "verdubbelt het
 * personeelsbestand", "doubling its warehouse capacity". Staff, floor space and capacity are told
 * as counts or not at all; their doubling is not the business growing. Nor is a size or a legal
 * threshold (round 18): "doubling the size of its hub", "more than double the 45 million threshold",
 * nor a price (round 19): "charges that more than doubled the price of some items".
 */
export function multipliesNonMetric(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 50);
  return OBJECT_AFTER[language].test(after) || PRICE_AFTER[language].test(after) || multipliesPrice(q, sentence, language, after) || multipliesComplaints(q, sentence, language) || multipliesPricePronoun(q, sentence, language, after);
}

/**
 * A multiple whose object is a pronoun standing for prices told earlier is no growth either (round
 * 20c, precision): "raised prices on many items, in some cases more than doubling them", "a relevé
 * ses prix, qu'il a parfois doublés", "verhoogde de prijzen en heeft ze soms verdubbeld". The last
 * noun of a price or a business figure before the multiple says what the pronoun stands for.
 */
const PRONOUN_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:them|it)(?![\p{L}])/iu,
  fr: /(?!)/u,
  nl: /(?!)/u,
};
const PRONOUN_BEFORE: Record<Language, RegExp> = {
  en: /(?!)/u,
  fr: /(?<![\p{L}])(?:qu['’](?:il|elle|ils|elles)|les)[\s\u00A0]+(?:(?:a|ont|avait|avaient|sont|ont été)[\s\u00A0]+)?(?:(?:parfois|même|souvent|presque|quasiment|plus que|jusqu['’]à)[\s\u00A0]+){0,2}$/iu,
  nl: /(?<![\p{L}])(?:ze|die)[\s\u00A0]+(?:(?:soms|zelfs|vaak|bijna|ruim|meer dan)[\s\u00A0]+){0,2}$/iu,
};

function multipliesPricePronoun(q: Quantity, sentence: string, language: Language, after: string): boolean {
  const before = sentence.slice(Math.max(0, q.start - 160), q.start);
  if (!PRONOUN_AFTER[language].test(after) && !PRONOUN_BEFORE[language].test(before.slice(-50))) return false;
  const price = hits(PRICE_NOUN[language], before);
  if (price.length === 0) return false;
  // What the prices are of is no figure told after them: "prices on a wide range of items".
  const rest = before.slice(price[price.length - 1]!.end).replace(PRICE_OF, '');
  return hits(MONEY_CUES[language].re, rest).length === 0 && hits(COUNT_CUES[language].re, rest).length === 0;
}

const PRICE_OF = /^[\s\u00A0]+(?:on|of|for|across|sur|de|des|du|d['’]|pour|van|voor|op)(?![\p{L}])[^,;:]*/iu;

const PRICE_NOUN: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:prices?|costs?|fees?|tariffs?)(?![\p{L}])/giu,
  fr: /(?<![\p{L}])(?:prix|coûts?|frais|tarifs?)(?![\p{L}])/giu,
  nl: /(?<![\p{L}])(?:prijs|prijzen|kosten|tarieven|tarief)(?![\p{L}])/giu,
};

/**
 * Complaints or reports multiplied are no growth (round 17, non-metric): "received 900 complaints
 * about the app, twice as many as in 2023", "1 200 signalements, soit deux fois plus qu'en
 * 2023", "het aantal klachten verdubbelde". The complaint noun is the last count noun before the
 * multiple in its sentence.
 */
const COMPLAINTS_BEFORE =
  /(?<![\p{L}])(?:complaints|reports|grievances|claims|signalements|plaintes|réclamations|klachten|meldingen)(?![\p{L}])[^.;]{0,50}$/iu;

function multipliesComplaints(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 70), q.start);
  const lower = before.toLowerCase();
  if (!/complaint|report|grievance|claims|signalement|plainte|réclamation|klacht|melding/u.test(lower)) return false;
  const found = COMPLAINTS_BEFORE.exec(before);
  // A business figure told after the complaints is what was multiplied.
  const rest = found?.[0].replace(/^\p{L}+/u, '') ?? '';
  return found !== null && hits(MONEY_CUES[language].re, rest).length === 0 && hits(COUNT_CUES[language].re, rest).length === 0;
}

/**
 * A price multiplied is no growth either (round 16, metrics): "some items more than tripled in
 * price", "les prix ont doublé", "de prijzen zijn verdubbeld". The price is told after the verb
 * ("in price") or is the last noun of the clause before it, with no business figure as object.
 */
const PRICE_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+in[\s\u00A0]+(?:price|prices|cost)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:de|en)[\s\u00A0]+prix(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:in[\s\u00A0]+)?(?:prijs|kosten)(?![\p{L}])/iu,
};

function multipliesPrice(q: Quantity, sentence: string, language: Language, after: string): boolean {
  if (!changesNonMetric(q, sentence, language)) return false;
  const object = after.split(/[,.;:]/u)[0] ?? '';
  return hits(MONEY_CUES[language].re, object).length === 0 && hits(COUNT_CUES[language].re, object).length === 0;
}

const OBJECT_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:(?:a|an|the|its|their)[\s\u00A0]+)?(?:[\p{L}\d.,-]+[\s\u00A0]+){0,3}?(?:workforce|headcount|staff|team|teams|office|offices|floor space|warehouse space|capacity|footprint|size|threshold|limit|price|prices|cost|costs|length|duration)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:(?:la|le|les|l['’]|son|sa|ses|leur|leurs|ces|cet|cette)[\s\u00A0]*)?(?:[\p{L}\d.,-]+[\s\u00A0]+){0,3}?(?:effectifs?|équipes?|surface|superficie|capacités?|bureaux|taille|seuil|plafond|prix|coûts?|durée)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:(?:het|de|zijn|haar|hun)[\s\u00A0]+)?(?:[\p{L}\d.,-]+[\s\u00A0]+){0,3}?(?:personeelsbestand|personeel|team|teams|kantoor|vloeroppervlak|oppervlakte|capaciteit|omvang|grootte|drempel|grens|prijs|prijzen|kosten|duur|looptijd|lengte)(?![\p{L}])/iu,
};

/**
 * A number of people aimed to be multiplied is told by the level aimed at, not as growth (round
 * 21, precision): "has 500,000 sellers and wants to double that number", "veut doubler le nombre
 * de ses vendeurs", "wil het aantal verkooppartners verdubbelen naar 100.000". The count the aim
 * starts from or reaches is the fact; a multiple of sales or of a business aimed at stays growth
 * ("wants to double its sales in Poland"), and so does a count already multiplied.
 */
export function aimedCountMultiple(q: Quantity, sentence: string, language: Language): boolean {
  return COUNT_AFTER[language].test(sentence.slice(q.end, q.end + 40)) || COUNT_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 80), q.start));
}

// "double that number", "doubler le nombre de vendeurs", "verdubbelen van het aantal".
const COUNT_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+(?:(?:that|this|the|its)[\s\u00A0]+)(?:number|count|headcount)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:(?:ce|le|son)[\s\u00A0]+)nombre(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+(?:van[\s\u00A0]+)?(?:(?:dat|dit|het|zijn|haar)[\s\u00A0]+)aantal(?![\p{L}])/iu,
};
// Dutch puts the object before the verb at a clause's end: "het aantal verkooppartners verdubbelen".
const COUNT_BEFORE: Record<Language, RegExp> = {
  en: /(?!)/u,
  fr: /(?!)/u,
  nl: /(?<![\p{L}])(?:dat|dit|het|zijn|haar|hun)[\s\u00A0]+(?:\p{L}+)?aantal(?:[\s\u00A0]+[\p{L}-]+){0,3}[\s\u00A0]+(?:(?:meer dan|ruim)[\s\u00A0]+)?$/iu,
};
