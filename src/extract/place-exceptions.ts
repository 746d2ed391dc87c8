import { clauseAround, type MarketHit } from './markets.js';
import { AUTHORITY_ACRONYMS, AUTHORITY_NAMES } from './market-names.js';
import { declareGate } from './gates.js';
import { mayEndOn } from './tail-words.js';
import { norm } from './words.js';

/**
 * Places a sentence names that are not where its fact happens, and the place that is where a rule
 * or a fine is (its authority, or the country that is the subject of its clause):
 * - a country a figure leaves out: "TikTok Shop's sales outside China", "le volume d'affaires hors
 *   de Chine", "de omzet buiten China" is the rest of the world, so it reads as GLOBAL, ranked as a
 *   country is (it outranks a region named in passing, "grâce à de nouveaux pays européens");
 * - an authority or parliament named with another country's name or people: "Brazil's Congress",
 *   "the Mexican Congress", "le Sénat brésilien" is that country's own, not the United States' or
 *   France's, which the bare word usually stands for: the authority goes, its country stays;
 * - a currency ("Australian dollars") and a country's acronym that describes the company ("the US group").
 */
const EXCLUDING_BEFORE = /(?<![\p{L}])(?:outside(?:\s+of)?|beyond|excluding|except|hors(?:\s+de(?:\s+la)?|\s+du)?|en\s+dehors\s+(?:de(?:\s+la)?|du)|buiten|exclusief)\s+(?:(?:the|la|le|l['’]|het)\s*)?$/iu;
const EXCLUDING_LAST_WORDS = ['of', 'outside', 'beyond', 'excluding', 'except', 'hors', 'de', 'la', 'du', 'buiten', 'exclusief', 'the', 'le', "l'", 'l’', 'het'];
declareGate('place exceptions: excluding before', EXCLUDING_BEFORE, (text) => mayEndOn(text, EXCLUDING_LAST_WORDS, 9));

/** Whether the country named after `before` is left out of the figure ("outside China"). */
export function excludedCountry(before: string): boolean {
  return mayEndOn(before, EXCLUDING_LAST_WORDS, 9) && EXCLUDING_BEFORE.test(before);
}

// A currency is no market: "20 billion Australian dollars", "US dollars", "13 milliards de dollars
// américains", "dollars de Singapour".
const CURRENCY_AFTER = /^\s+dollars?(?![\p{L}])/iu;
const CURRENCY_BEFORE = /(?<![\p{L}])(?:dollars?|yuans?|pesos|reais|roupies|couronnes?|kronen?)\s+(?:de\s+)?$/iu;
const CURRENCY_LAST_WORDS = ['dollar', 'dollars', 'yuan', 'yuans', 'pesos', 'reais', 'roupies', 'couronne', 'couronnes', 'krone', 'kronen', 'de'];
declareGate('place exceptions: currency before', CURRENCY_BEFORE, (text) => mayEndOn(text, CURRENCY_LAST_WORDS, 9));

/** Whether the place between `before` and `after` names a currency. */
export function namesCurrency(before: string, after: string): boolean {
  return CURRENCY_AFTER.test(after) || (mayEndOn(before, CURRENCY_LAST_WORDS, 9) && CURRENCY_BEFORE.test(before));
}

// "The US group employs 19,000 people in Italy": a country's acronym describing the company, as a
// demonym does ("the American group", markets.ts), is where it comes from, not where the fact is.
const THE_BEFORE = /(?<![\p{L}])the\s+$/iu;
const COMPANY_AFTER = /^[\s-]+(?:(?:e-commerce|online|tech|retail|internet)\s+)?(?:group|company|giant|retailer|firm|conglomerate|multinational)(?![\p{L}])/iu;

/** Whether a country's acronym after `before` ("the ") and before `after` (" group") describes the company. */
export function namesTheCompany(before: string, after: string): boolean {
  return THE_BEFORE.test(before) && COMPANY_AFTER.test(after);
}

const AUTHORITY_KEYS: ReadonlySet<string> = new Set(AUTHORITY_NAMES.map(norm));
const OWNED_GAP = /^(?:['’]s)?\s+(?:(?:the|le|la|de|het)\s+)?$/iu;

/** Whether `hit` names a national authority or parliament: "the CNIL", "la Commission nationale de l'informatique", "Bundeskartellamt". */
export function isAuthority(hit: MarketHit, text: string): boolean {
  if (hit.kind !== 'city') return false;
  const name = text.slice(hit.start, hit.end);
  return AUTHORITY_ACRONYMS.has(name) || AUTHORITY_KEYS.has(norm(name));
}

/**
 * The countries of the authorities named in [from, to): the makers of a rule or a fine told after
 * them ("la CNIL a infligé à la filiale irlandaise de Shein une amende"; "Italy's AGCM fined
 * Shein's European operator €1 million"). A fine or a rule is the market of the authority that
 * imposed it, not of the place where the fined entity sits.
 */
export function authorityMarkets(hits: readonly MarketHit[], from: number, to: number, text: string): MarketHit[] {
  return hits.filter((h) => h.start >= from && h.end <= to && isAuthority(h, text));
}

// "Mexico will charge a 19% tariff on parcels ... from China", "La France veut taxer", "Indonesië
// heeft ... verboden": a country that is the subject of a rule's clause makes the rule.
const SUBJECT_VERB =
  /^\s+(?:will|would|has|had|is|was|plans?|wants?|intends?|could|may|must|already|also|now|va|veut|a|avait|compte|prévoit|envisage|entend|impose|wil|gaat|heeft|zal|moet|overweegt|voert)(?![\p{L}])/iu;
const CLAUSE_OPENING = /^[\s,]*(?:(?:the|la|le|l['’]|het)\s*)?$/iu;

/** The country that is the subject of the clause [from, to), told as "Mexico will ...", if one is. */
export function subjectCountry(hits: readonly MarketHit[], from: number, to: number, text: string): MarketHit | null {
  const first = hits.find((h) => h.start >= from && h.end <= to);
  if (first?.kind !== 'name' || first.code === 'GLOBAL') return null;
  return CLAUSE_OPENING.test(text.slice(from, first.start)) && SUBJECT_VERB.test(text.slice(first.end, first.end + 14)) ? first : null;
}

/** The country of the last authority named in the clause before a fine at `pos`, if one is. */
export function finingAuthority(hits: readonly MarketHit[], pos: number, text: string): string | null {
  const makers = authorityMarkets(hits, clauseAround(text, pos)[0], pos, text);
  return makers.length > 0 ? makers[makers.length - 1]!.code : null;
}

/** `hits` (in order) without the authorities another country's name or people stands next to. */
export function withoutForeignAuthorities(hits: MarketHit[], text: string): MarketHit[] {
  if (hits.length < 2) return hits;
  return hits.filter((h, i) => {
    if (!isAuthority(h, text)) return true;
    const prior = hits[i - 1];
    const next = hits[i + 1];
    const owner = (o: MarketHit | undefined, gap: string | null): boolean =>
      o !== undefined && o.code !== h.code && (o.kind === 'name' || o.kind === 'demonym') && gap !== null && OWNED_GAP.test(gap);
    if (owner(prior, prior && prior.end <= h.start ? text.slice(prior.end, h.start) : null)) return false;
    // "le Sénat brésilien": the people after the authority.
    return !(next && next.kind === 'demonym' && owner(next, next.start >= h.end && /^\s+$/u.test(text.slice(h.end, next.start)) ? ' ' : null));
  });
}
