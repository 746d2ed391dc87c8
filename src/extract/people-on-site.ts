import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { declareGate } from './gates.js';

/**
 * People counted as visiting or consulting a company's app or site are its users (round 20):
 * "25 million people in Spain visit its app or website every month", "10 millions de personnes
 * consultent chaque mois son application", "het platform wordt door 4 miljoen mensen bezocht",
 * "le site était consulté par 12 millions de personnes". A shop or a fair visited is no site.
 */
const SITE = '(?:app|apps|site|sites|website|websites|web ?shop|platform|marketplace|application|applications|appli|plateforme|site web|site internet|webwinkel|webshop|website|platform)';
const DET = String.raw`(?:(?:its|the|their|his|her|son|sa|ses|leur|leurs|le|la|les|l['’]|de|het|zijn|haar|hun)[\s\u00A0]*)?`;
const VISIT_AFTER: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^[\s\u00A0]+\p{L}+[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:visit|visits|visited|browse|browses|browsed|open|opens|opened|log on to|log into)[\s\u00A0]+${DET}(?:[\p{L}-]+[\s\u00A0]+)?${SITE}(?![\p{L}])`, 'iu'),
  fr: new RegExp(String.raw`^[\s\u00A0]+(?:de[\s\u00A0]+|d['’])?\p{L}+[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:visitent|visitaient|consultent|consultaient|fréquentent|fréquentaient|se rendent sur|se rendaient sur|ont visité|ont consulté)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}?${DET}${SITE}(?![\p{L}])`, 'iu'),
  nl: new RegExp(String.raw`^[\s\u00A0]+\p{L}+[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:bezoeken|bezochten|bezoekt|openen|openden)[\s\u00A0]+${DET}(?:[\p{L}-]+[\s\u00A0]+)?${SITE}(?![\p{L}])`, 'iu'),
};
// Told in the passive before the figure: "le site de Shein était consulté par environ", "its app
// is visited by some", "de webwinkel wordt bezocht door ruim".
const VISITED_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])${SITE}(?![\p{L}])[^.;:]{0,40}?(?:visited|browsed|opened|consulted)[\s\u00A0]+by[\s\u00A0]+(?:[\p{L}]+[\s\u00A0]+){0,2}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])${SITE}(?![\p{L}])[^.;:]{0,40}?(?:visitée?s?|consultée?s?|fréquentée?s?)[\s\u00A0]+par[\s\u00A0]+(?:[\p{L}]+[\s\u00A0]+){0,2}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])${SITE}(?![\p{L}])[^.;:]{0,40}?door[\s\u00A0]+(?:[\p{L}]+[\s\u00A0]+){0,2}$`, 'iu'),
};
// For Dutch the participle closes the clause: "wordt door 4 miljoen mensen bezocht".
const VISITED_AFTER_NL = /^[\s\u00A0]+\p{L}+[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}?(?:bezocht|geopend)(?![\p{L}])/iu;
// Every match names a site or an app; most sentences with a count of people name none.
const GATE = /app|site|web|platform|plateforme|appli|marketplace|webwinkel/iu;
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`people on site: after (${l})`, VISIT_AFTER[l], GATE);
  declareGate(`people on site: before (${l})`, VISITED_BEFORE[l], GATE);
}

/** Whether the people counted at `q` are told as visiting or consulting an app or a site. */
export function peopleOnSite(q: Quantity, sentence: string, language: Language): boolean {
  if (!GATE.test(sentence)) return false;
  const after = sentence.slice(q.end, q.end + 90);
  if (VISIT_AFTER[language].test(after)) return true;
  if (!VISITED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 90), q.start))) return false;
  return language !== 'nl' || VISITED_AFTER_NL.test(after);
}
