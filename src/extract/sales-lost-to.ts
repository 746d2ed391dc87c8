import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * Sales lost to someone are the loser's, not the winner's: "Belgian shops lost around €1 billion in
 * sales to Asian platforms", "les commerçants ont perdu 1 milliard d'euros de ventes au profit des
 * plateformes", "Belgische winkels verloren 1 miljard euro omzet aan Aziatische platforms". The
 * tracked companies are who took them; the sum is no figure of theirs. A company named before the
 * verb ("Amazon lost $2bn in sales to Temu") owns its loss and is left to the usual readers.
 */
export function salesLostTo(mentions: Mention[], q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'money' || !LOST_GATE.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const lost = LOST_BEFORE[language].exec(before);
  if (lost === null || !TO_AFTER[language].test(sentence.slice(q.end, q.end + 50))) return false;
  const verbAt = q.start - before.length + lost.index;
  // The loser is the subject of the verb's own clause: "... and that Belgian shops lost".
  const head = sentence.slice(Math.max(0, verbAt - 80), verbAt);
  let opened = 0;
  for (const m of head.matchAll(CLAUSE_OPENER)) opened = m.index + m[0].length;
  const clauseStart = verbAt - head.length + opened;
  return !mentions.some((m) => m.competitor !== null && m.start >= clauseStart && m.end <= verbAt);
}

const CLAUSE_OPENER = /[,;:]|(?<![\p{L}])(?:that|and|while|que|qu['’]|et|dat|en|terwijl)\s/giu;

const LOST_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:lost|lose|loses|losing)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:about|around|roughly|some|nearly|almost|more than|over|an estimated)\s+)?[€$£¥]?\s*$/iu,
  fr: /(?<![\p{L}])(?:perdu|perdent|perdre|perdait|perdraient|perd)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:environ|près de|quelque|plus de)\s+)?[€$£¥]?\s*$/iu,
  nl: /(?<![\p{L}])(?:verloren|verliezen|verloor|verliest|liepen|lopen|liep|loopt|misten|missen)\s+(?:[\p{L}-]+\s+){0,3}?(?:(?:ruim|bijna|circa|ongeveer|zo['’]n)\s+)?[€$£¥]?\s*$/iu,
};
// After the sum, perhaps the sales word, then who took them.
const TO_AFTER: Record<Language, RegExp> = {
  en: /^[^.;,]{0,25}?\s(?:to|to rivals|to competitors)\s/iu,
  fr: /^[^.;,]{0,30}?\s(?:au profit d(?:e|es|u)|face à|à cause d(?:e|es|u))\s/iu,
  nl: /^[^.;,]{0,30}?\s(?:mis\s+)?aan\s+(?!het\s+eind)/iu,
};
const LOST_GATE = /los|perd|verlo|verlie|liep|lop|mis/i;
