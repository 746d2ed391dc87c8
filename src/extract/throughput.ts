import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/*
 * Parcels counted where they pass are a site's or a carrier's throughput, not the orders a company
 * took (round 17, non-metric):
 * - a rate per second, minute or hour is a pace ("12 orders a second", "300 articles par minute");
 * - a site, a carrier or customs opening the sentence owns what it handles ("The hub sorts up to
 *   900,000 parcels a day", "Les transporteurs attendent 5 millions de colis", "Het sorteercentrum
 *   verwerkt 1 miljoen pakketten per dag", "Pakketbezorgers verwachten 4 miljoen pakketten");
 * - a peak told as "up to N a day" is a capacity ("jusqu'à 1 million de colis par jour").
 * "Temu handles 4 million orders a day" stays the company's.
 */
const PACE_AFTER =
  /^[\s\u00A0]*(?:(?:de|d['’])[\s\u00A0]*)?(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:a|an|per|par|each|every|à la|elke|iedere)[\s\u00A0]+(?:second|seconde|minute|minuut|hour|heure|uur)(?![\p{L}])/iu;
const DAY_AFTER =
  /^[\s\u00A0]*(?:(?:de|d['’])[\s\u00A0]*)?(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:a|per|par|each|every|elke|op (?:één|een)|in (?:one|a single)|en une seule)[\s\u00A0]+(?:day|jour|journée|dag)(?![\p{L}])/iu;
const UP_TO_BEFORE = /(?<![\p{L}])(?:up to|as many as|jusqu['’]à|tot|wel)[\s\u00A0]+$/iu;

const HANDLER: Record<Language, RegExp> = {
  en: /^[\s\u00A0"“'‘]*(?:(?:the|its|their|this|that|a|an)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:carriers?|couriers?|delivery (?:firms|companies)|parcel (?:firms|companies|carriers)|postal (?:services?|operators?)|customs|hub|warehouse|depot|sorting (?:centre|center|hub)|distribution (?:centre|center)|fulfil?ment (?:centre|center)|facility)(?![\p{L}])/iu,
  fr: /^[\s\u00A0"“«'‘]*(?:(?:les?|la|l['’]|son|sa|ses|leurs?|ce|cet|cette|un|une)[\s\u00A0]*)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:transporteurs?|livreurs|messageries?|opérateurs postaux|douanes?|douaniers|entrepôts?|hub|centre de (?:tri|distribution)|plateforme logistique)(?![\p{L}])/iu,
  nl: /^[\s\u00A0"“'‘]*(?:(?:de|het|zijn|haar|hun|dit|dat|een)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:pakketbezorgers?|bezorgers|koeriers|vervoerders|postbedrijven|douane|centrum|distributiecentrum|sorteercentrum|magazijn|hub|depot)(?![\p{L}])/iu,
};

/** Whether an orders count at `q` is a pace, a capacity, or what a site or carrier handles. */
export function throughput(q: Quantity, sentence: string, language: Language): boolean {
  const after = sentence.slice(q.end, q.end + 50);
  if (PACE_AFTER.test(after)) return true;
  const head = sentence.slice(0, q.start);
  if (HANDLER[language].test(head) && !/[;:]/u.test(head)) return true;
  return DAY_AFTER.test(after) && UP_TO_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start));
}
