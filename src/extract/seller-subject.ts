import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/*
 * One seller told as the subject of a sum or a change is that seller's own business, not the
 * platform's (round 16, metrics): "The merchant, who made about $300,000 a year on the site, ...",
 * "Le vendeur, qui réalisait 200 000 euros de chiffre d'affaires, ...", "De ondernemer zelf, die
 * jaarlijks zo'n 150.000 euro omzet haalde, ...". Only a singular seller counts; "14,000 sellers
 * made €1 billion" is the platform's sellers together.
 */
// The seller opens the sentence, after at most a few words of time or place with no name in them
// ("Vorig jaar zette de ondernemer ..."): "Amazon, the largest seller, ..." is about Amazon.
// Case matters here (no i flag): only the opener's first letter may be a capital.
const OPENER = String.raw`^[\s\u00A0"“«'‘]*(?:\p{L}[\p{Ll}'’-]*[\s\u00A0]+(?:\p{Ll}[\p{Ll}'’-]*[\s\u00A0]+){0,2})?`;
const ONE_SELLER: Record<Language, RegExp> = {
  en: new RegExp(String.raw`${OPENER}(?:[Tt]he|[Aa]|[Oo]ne|[Tt]his|[Tt]hat)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+)?(?:seller|merchant|entrepreneur|shop owner|store owner|vendor)(?![\p{L}])`, 'u'),
  fr: new RegExp(String.raw`${OPENER}(?:[Ll]e|[Ll]a|[Ll]['’]|[Uu]n|[Uu]ne|[Cc]e|[Cc]ette)[\s\u00A0]*(?:[\p{Ll}-]+[\s\u00A0]+)?(?:vendeur|vendeuse|commerçant|commerçante|entrepreneur|entrepreneuse|gérant|gérante)(?![\p{L}])`, 'u'),
  nl: new RegExp(String.raw`${OPENER}(?:[Dd]e|[Ee]en|[Dd]ie|[Dd]eze)[\s\u00A0]+(?:[\p{Ll}-]+[\s\u00A0]+)?(?:ondernemer|ondernemster|verkoper|verkoopster|webwinkelier|winkelier|verkooppartner)(?![\p{L}])`, 'u'),
};
// Between the seller and the figure no other owner may stand: a name, or the platform or company.
const OTHER_OWNER = /\p{Lu}|(?<![\p{L}])(?:platform|plateforme|company|group|groupe|entreprise|société|bedrijf|concern|webwinkel|site|app|bol)(?![\p{L}])/u;
const MAX_GAP = 60;

/** Whether the money or percentage at `q` belongs to one seller the clause is about. */
export function sellerSubject(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'money' && q.kind !== 'percent') return false;
  const seller = ONE_SELLER[language].exec(sentence.slice(0, q.start));
  if (!seller) return false;
  const gap = sentence.slice(seller[0].length, q.start);
  return gap.length <= MAX_GAP && !OTHER_OWNER.test(gap);
}
