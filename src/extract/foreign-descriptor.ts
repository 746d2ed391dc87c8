import type { Language } from '../domain/vocabulary.js';
import { COUNTRIES } from './market-names.js';

/**
 * A sentence that opens on "the German group", "le groupe français", "het Duitse bedrijf" speaks
 * of a company of that nationality (round 18). When the company the sentence would otherwise be
 * given is not of it (Temu is no German group), the sentence is about the other company the text
 * just named ("Temu has overtaken Zalando in Germany. The German group says..."), not a competitor.
 */
const HOMES: Readonly<Record<string, ReadonlySet<string>>> = {
  'tiktok-shop': new Set(['CN', 'SG']),
  shein: new Set(['CN', 'SG']),
  temu: new Set(['CN']),
  amazon: new Set(['US']),
  bol: new Set(['NL']),
};

const NOUN_EN = '(?:group|company|firm|retailer|e-tailer|giant|chain|marketplace|platform|rival|competitor|conglomerate|web ?shop)';
const NOUN_FR = '(?:groupe|géant|distributeur|enseigne|plateforme|société|entreprise|détaillant|site|spécialiste|concurrent|e-commerçant|mastodonte)';
const NOUN_NL = '(?:groep|bedrijf|concern|reus|webwinkel|winkelketen|keten|platform|concurrent|retailer|webshop|warenhuis)';
const OPENING: Record<Language, RegExp> = {
  en: new RegExp(`^\\s*the\\s+(\\p{L}+)\\s+(?:[\\p{L}-]+\\s+)?${NOUN_EN}(?![\\p{L}])`, 'iu'),
  fr: new RegExp(`^\\s*(?:le|la|l['’])\\s*${NOUN_FR}\\s+(\\p{L}+)(?![\\p{L}])`, 'iu'),
  nl: new RegExp(`^\\s*(?:de|het)\\s+(\\p{L}+)\\s+${NOUN_NL}(?![\\p{L}])`, 'iu'),
};

// Each demonym, lower-cased, to its country.
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRIES).flatMap(([code, forms]) => (forms.demonym ?? []).map((d) => [d.toLowerCase(), code] as [string, string])),
);

/** Whether `sentence` opens on a company of a nationality `competitor` is not of. */
export function describesOtherThan(sentence: string, competitor: string, language: Language): boolean {
  const homes = HOMES[competitor];
  if (!homes) return false;
  const first = sentence.trimStart().charCodeAt(0) | 32;
  // "the", "le/la/l'", "de/het": checked before the pattern.
  if (first !== 116 && first !== 108 && first !== 100 && first !== 104) return false;
  const m = OPENING[language].exec(sentence);
  const code = m ? DEMONYMS.get(m[1]!.toLowerCase()) : undefined;
  return code !== undefined && !homes.has(code);
}
