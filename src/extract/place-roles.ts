import type { MarketKind } from './market-names.js';
import { declareGate } from './gates.js';
import { mayEndOn } from './tail-words.js';

/**
 * Places that name no market though they stand next to a fact:
 * - the seat of a source: "analysts at a Hong Kong brokerage estimate...", "a London consultancy",
 *   "een Amerikaanse zakenbank", "the British bank": where the analyst sits, not where the figure is;
 *   so is the nationality of those who put money in (round 18): "American investors valued Shein
 *   at...", "des investisseurs américains", "Amerikaanse aandeelhouders";
 * - a region or people naming a company's office, not a place: "its European headquarters in
 *   Dublin", "het Europese hoofdkantoor in Amsterdam": the city after it is the place.
 * And a people counted is no adjective describing a company: "3,1 miljoen Nederlanders
 * gebruiken de Shein-app" (not "de Nederlandse Shein-app").
 */
const SOURCE_AFTER =
  /^[\s-]*(?:based\s+)?(?:brokerage|brokerages|broker|brokers|investment bank|bank|banks|consultancy|consultancies|consulting firm|research (?:firm|house|group|company|agency)|think tank|newspaper|daily|hedge fund|asset manager|law firm|zakenbank|makelaar|adviesbureau|onderzoeksbureau|denktank|krant|dagblad|investors?|shareholders?|backers?|venture capitalists?|pension funds?|funds|lenders?|investeerders?|aandeelhouders?|beleggers?|geldschieters?|fondsen|pensioenfondsen)(?![\p{L}])/iu;
const HEADQUARTERS_AFTER = /^\s+(?:headquarters|head office|HQ|hoofdkantoor|hoofdkwartier|zetel)(?![\p{L}])/iu;
const PEOPLE_NOUN =
  /^(?:Nederlanders|Belgen|Fransen|Duitsers|Britten|Amerikanen|Spanjaarden|Italianen|Chinezen|Canadezen|Americans|Britons|Germans|Belgians|Frenchmen|Italians|Indonesians|Canadians)$/iu;

/** Whether the place [original] followed by `after` is a source's seat or names an office. */
export function placeOfSourceOrOffice(kind: MarketKind, after: string): boolean {
  if (kind === 'global') return false;
  if ((kind === 'demonym' || kind === 'region') && HEADQUARTERS_AFTER.test(after)) return true;
  return SOURCE_AFTER.test(after);
}

// The same in French, where the people follows the noun: "une banque d'affaires américaine",
// "le cabinet singapourien", "un courtier hongkongais".
const SOURCE_BEFORE =
  /(?<![\p{L}])(?:banques?(?:\s+d['’](?:affaires|investissement))?|cabinets?(?:\s+(?:d['’](?:études|analyse|conseil)|de\s+conseil))?|courtiers?|bureau\s+d['’]études|quotidien|journal|presse|agence\s+de\s+presse|investisseurs?|actionnaires?|fonds|créanciers)\s+$/iu;
const SOURCE_LAST_WORDS = ['banque', 'banques', 'affaires', 'investissement', 'cabinet', 'cabinets', 'études', 'analyse', 'conseil', 'courtier', 'courtiers', 'quotidien', 'journal', 'presse', 'investisseur', 'investisseurs', 'actionnaire', 'actionnaires', 'fonds', 'créanciers'];
declareGate('place roles: source before', SOURCE_BEFORE, (text) => mayEndOn(text, SOURCE_LAST_WORDS, 14));

/** Whether the people named after `before` is a French source's seat: "une banque d'affaires américaine". */
export const sourceNamedBefore = (before: string): boolean => mayEndOn(before, SOURCE_LAST_WORDS, 14) && SOURCE_BEFORE.test(before);

// A source said to come from a place, the place after it: "a research firm from Singapore", "un
// cabinet spécialisé de Singapour", "een onderzoeksbureau uit Amsterdam", "a consultancy based in
// Dubai" (round 17). Where the source sits, not where the figure is; a source "in" a country
// (its office there) may be measuring that market, and is left alone.
const SOURCE_FROM_BEFORE =
  /(?<![\p{L}])(?:(?:research|consulting|analytics|analyst|data) (?:firm|house|group|company|agency)|consultancy|brokerage|investment bank|analysts?|cabinet|bureau d['’]études|courtier|banque d['’]affaires|analystes?|onderzoeksbureau|adviesbureau|marktonderzoeker|analisten|analist)(?:\s+[\p{L}-]+){0,2}?\s+(?:from|based in|de|d['’]|basée? (?:à|en|au)|installée? (?:à|en|au)|uit|gevestigd in)\s*(?:(?:the|la|le|het)\s+|l['’])?$/iu;
const SOURCE_FROM_LAST_WORDS = ['from', 'in', 'de', "d'", 'd’', 'à', 'en', 'au', 'uit', 'the', 'la', 'le', 'het', "l'", 'l’'];
declareGate('place roles: source from', SOURCE_FROM_BEFORE, (text) => mayEndOn(text, SOURCE_FROM_LAST_WORDS, 4));

/** Whether the place named after `before` is where a source comes from: "un cabinet de Singapour". */
export const sourceFromPlace = (before: string): boolean => mayEndOn(before, SOURCE_FROM_LAST_WORDS, 4) && SOURCE_FROM_BEFORE.test(before);

export const isPeopleNoun = (original: string): boolean => PEOPLE_NOUN.test(original);
