import type { Language } from '../domain/vocabulary.js';
import { lowerCase } from './lower-case.js';
import { escapeRegex, NOT_AFTER_WORD, norm, wordsRegex } from './words.js';
import { declareGate } from './gates.js';
import { spanPeriods } from './period-spans.js';

/** A period named in a sentence: `2023`, `2023-Q3`, `2023-H1`, `2023-09`, `2023-09/2023-11`. */
export interface PeriodHit {
  start: number;
  end: number;
  period: string;
}

export interface Anchor {
  year: number;
  month: number;
}

/** "2024-02-14" → {year, month}; null when absent or malformed. */
export function parseAnchor(published: string | null | undefined): Anchor | null {
  const m = typeof published === 'string' ? /^(\d{4})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

const MONTHS: Record<Language, Record<string, number>> = {
  en: { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12, sept: 9 },
  fr: { janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12 },
  nl: { januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12 },
};
/** Every month name of the three languages, as MONTHS spells them. */
export const MONTH_NAMES: readonly string[] = [...new Set(Object.values(MONTHS).flatMap((names) => Object.keys(names)))];

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, premier: 1, première: 1, deuxième: 2, troisième: 3, quatrième: 4,
  eerste: 1, tweede: 2, derde: 3, vierde: 4,
  // Written with digits: "3rd quarter", "3e trimestre", "1er semestre", "3e kwartaal".
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '1er': 1, '1re': 1, '2e': 2, '3e': 3, '4e': 4, '2ème': 2, '3ème': 3, '4ème': 4,
  '1e': 1, '1ste': 1, '2de': 2, '3de': 3, '4de': 4,
};
const RELATIVE_YEAR: Record<Language, Record<string, number>> = {
  en: { 'last year': -1, 'this year': 0, 'next year': 1, 'previous year': -1, 'past year': -1, 'the year before': -1 },
  fr: { "l'an dernier": -1, "l'an passé": -1, "l'année dernière": -1, "l'année passée": -1, 'cette année': 0, "l'an prochain": 1, "l'année prochaine": 1 },
  nl: { 'vorig jaar': -1, 'afgelopen jaar': -1, 'vorige jaar': -1, 'dit jaar': 0, 'volgend jaar': 1, 'komend jaar': 1, 'het komende jaar': 1 },
};
const CURRENT_MONTH: Record<Language, string[]> = {
  en: ['this week', 'this month', 'last week'],
  fr: ['cette semaine', 'ce mois-ci', 'la semaine dernière'],
  nl: ['deze week', 'deze maand', 'vorige week'],
};
const LAST_MONTH: Record<Language, string[]> = { en: ['last month'], fr: ['le mois dernier'], nl: ['vorige maand'] };

const mm = (n: number): string => String(n).padStart(2, '0');

function monthAlternation(language: Language): string {
  return Object.keys(MONTHS[language]).sort((a, b) => b.length - a.length).join('|');
}

interface Patterns {
  monthRange: RegExp;
  monthYear: RegExp;
  pastMonth: RegExp;
  bareMonth: RegExp;
  quarter: RegExp;
  half: RegExp;
  relYear: RegExp;
  thisMonth: RegExp;
  lastMonth: RegExp;
}

function build(language: Language): Patterns {
  const mo = monthAlternation(language);
  // English month names only count capitalised ("may" is a verb).
  const flags = language === 'en' ? 'gu' : 'giu';
  const M = language === 'en' ? mo.replace(/(^|\|)(\p{L})/gu, (_s, sep: string, c: string) => `${sep}${c.toUpperCase()}`) : mo;
  const to = language === 'en' ? '(?:to|and|through|-|–)' : language === 'fr' ? '(?:à|au|et|-|–)' : '(?:tot|en|t/m|-|–)';
  const past = language === 'en' ? `(?:last|this past) (${M})` : language === 'fr' ? `(${M}) dernier` : `(?:afgelopen|vorige) (${M})`;
  const bare = language === 'en' ? `(?:in|since|from|until|by) (${M})` : language === 'fr' ? `(?:en|depuis|début|fin|mi-) ?(${M})` : `(?:in|sinds|begin|eind|half) (${M})`;
  const q =
    language === 'en'
      ? '(?:Q([1-4])[ -]?((?:19|20)\\d\\d)?|(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?: of (?:fiscal (?:year )?)?((?:19|20)\\d\\d))?)'
      : language === 'fr'
        ? '(?:T([1-4])[ -]?((?:19|20)\\d\\d)?|(premier|deuxième|second|troisième|quatrième|1er|2e|3e|4e|2ème|3ème|4ème) trimestre(?: (?:de )?(?:l[\\x27\\u2019]exercice )?((?:19|20)\\d\\d))?)'
        : '(?:(?:Q|K)([1-4])[ -]?((?:19|20)\\d\\d)?|(eerste|tweede|derde|vierde|1e|2e|3e|4e|1ste|2de|3de|4de) kwartaal(?: (?:van )?(?:(?:het )?boekjaar )?((?:19|20)\\d\\d))?)';
  const h =
    language === 'en'
      ? '(?:H([12])[ -]?((?:19|20)\\d\\d)?|(first|second|1st|2nd) half(?: of (?:fiscal (?:year )?)?((?:19|20)\\d\\d))?)'
      : language === 'fr'
        ? '(?:S([12])[ -]?((?:19|20)\\d\\d)?|(premier|second|deuxième|1er|2e|2nd|2ème) semestre(?: (?:de )?(?:l[\\x27\\u2019]exercice )?((?:19|20)\\d\\d))?)'
        : '(?:H([12])[ -]?((?:19|20)\\d\\d)?|(eerste|tweede|1e|2e|1ste|2de) (?:helft|halfjaar)(?: (?:van )?(?:(?:het )?boekjaar )?((?:19|20)\\d\\d))?)';
  const b = (s: string, f = flags): RegExp => new RegExp(`${NOT_AFTER_WORD}${s}(?![\\p{L}\\p{N}])`, f);
  return {
    monthRange: b(`(${M}) ${to} (${M})(?: (?:of )?((?:19|20)\\d\\d))?`),
    monthYear: b(`(?:\\d{1,2}(?:er)? )?(${M}),? (?:of )?((?:19|20)\\d\\d)`),
    pastMonth: b(past),
    bareMonth: b(bare),
    quarter: b(q, 'giu'),
    half: b(h, 'giu'),
    relYear: wordsRegex(Object.keys(RELATIVE_YEAR[language]).map((k) => k.replace(/'/g, "['’]")), 'giu', true),
    thisMonth: wordsRegex(CURRENT_MONTH[language]),
    lastMonth: wordsRegex(LAST_MONTH[language]),
  };
}

const PATTERNS: Record<Language, Patterns> = { en: build('en'), fr: build('fr'), nl: build('nl') };
type Gates = { months: string[]; parts: string[]; relative: string[]; weeks: string[] };
const GATE_WORDS: Record<Language, Gates> = {
  en: { months: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'], parts: ['q1', 'q2', 'q3', 'q4', 'quarter', 'h1', 'h2', 'half'], relative: ['year'], weeks: ['week', 'month'] },
  fr: { months: ['janv', 'févr', 'fevr', 'mars', 'avril', 'mai', 'juin', 'juil', 'août', 'aout', 'sept', 'octo', 'nove', 'déce', 'dece'], parts: ['t1', 't2', 't3', 't4', 'trimestre', 's1', 's2', 'semestre'], relative: ['an ', 'année', 'an\u2019', "an'"], weeks: ['semaine', 'mois'] },
  nl: { months: ['jan', 'feb', 'maart', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'], parts: ['q1', 'q2', 'q3', 'q4', 'k1', 'k2', 'k3', 'k4', 'kwartaal', 'h1', 'h2', 'helft', 'halfjaar'], relative: ['jaar'], weeks: ['week', 'maand'] },
};
// All four lists together, searched first: most sentences hold no word of any.
const withAll = (g: Gates): Gates & { all: string[] } => ({ ...g, all: [...g.months, ...g.parts, ...g.relative, ...g.weeks] });
const GATES: Record<Language, Gates & { all: string[] }> = { en: withAll(GATE_WORDS.en), fr: withAll(GATE_WORDS.fr), nl: withAll(GATE_WORDS.nl) };
// Each gate list as one substring regex, compiled on first use: one scan instead of one per word.
const GATE_RES = new Map<readonly string[], RegExp>();
function gateRegex(words: readonly string[]): RegExp {
  let re = GATE_RES.get(words);
  if (!re) {
    re = new RegExp(words.map(escapeRegex).join('|'));
    GATE_RES.set(words, re);
  }
  return re;
}
for (const l of ['en', 'fr', 'nl'] as const) {
  const p = PATTERNS[l];
  const words = GATE_WORDS[l];
  const gated: Array<[keyof Patterns, readonly string[]]> = [
    ['monthRange', words.months], ['monthYear', words.months], ['pastMonth', words.months], ['bareMonth', words.months],
    ['quarter', words.parts], ['half', words.parts], ['relYear', words.relative], ['thisMonth', words.weeks], ['lastMonth', words.weeks],
  ];
  for (const [name, gate] of gated) declareGate(`periods: ${name} (${l})`, p[name], (text) => gateRegex(GATES[l].all).test(lowerCase(text)) && gateRegex(gate).test(lowerCase(text)));
}
// "2023/24", "2023-24": a split year, the second written short when it follows the first.
const YEAR = /(?<![\p{L}\p{N}.,])((?:19|20)\d\d)(?:[-–/]((?:19|20)\d\d|\d\d(?![\p{N}])))?(?![\p{N}])/gu;

function splitYear(first: string, second: string): string {
  if (second.length === 4) return `${first}/${second}`;
  const next = Number(first) + 1;
  return Number(second) === next % 100 ? `${first}/${next}` : first;
}

/** The most recent occurrence of `month` at or before the anchor. */
function pastMonthPeriod(month: number, anchor: Anchor | null): string | null {
  if (!anchor) return null;
  const year = month > anchor.month ? anchor.year - 1 : anchor.year;
  return `${year}-${mm(month)}`;
}

function quarterYear(part: number, months: number, year: string | undefined, anchor: Anchor | null): number | null {
  if (year) return Number(year);
  if (!anchor) return null;
  // A quarter is reported once it is over: the latest one that ended before the article.
  const lastMonth = part * months;
  return lastMonth >= anchor.month ? anchor.year - 1 : anchor.year;
}

/** Every period expression in `text`, in order; where two overlap the more specific one. */
export function findPeriods(text: string, language: Language, anchor: Anchor | null): PeriodHit[] {
  const p = PATTERNS[language];
  const months = MONTHS[language];
  const found: PeriodHit[] = [];
  const add = (m: RegExpExecArray, period: string | null): void => {
    if (period) found.push({ start: m.index, end: m.index + m[0].length, period });
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => string | null): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) add(m, fn(m));
  };
  const month = (s: string | undefined): number => months[norm(s ?? '')] ?? 0;
  // Cheap substring gates keep the ten period regexes off sentences that cannot match them.
  const lower = lowerCase(text);
  const g = GATES[language];
  // One search for any gate word first: most sentences hold none, and skip the four searches.
  const some = gateRegex(g.all).test(lower);
  const has = (words: readonly string[]): boolean => some && gateRegex(words).test(lower);
  const digits = /\d/.test(text);
  const hasMonth = has(g.months);
  // Spans of months and periods counted from the publication date (period-spans.ts) first: they
  // say more than the month, quarter or year inside them ("the three months to March 2024").
  for (const h of spanPeriods(text, lower, language, anchor)) found.push(h);
  if (hasMonth) {
  each(p.monthRange, (m) => {
    const a = month(m[1]);
    const z = month(m[2]);
    const year = m[3] ? Number(m[3]) : anchor ? (z > anchor.month ? anchor.year - 1 : anchor.year) : null;
    if (!a || !z || year === null) return null;
    return `${a > z ? year - 1 : year}-${mm(a)}/${year}-${mm(z)}`;
  });
  each(p.monthYear, (m) => (month(m[1]) ? `${m[2]}-${mm(month(m[1]))}` : null));
  each(p.pastMonth, (m) => pastMonthPeriod(month(m[1]), anchor));
  }
  if (has(g.parts)) for (const [re, size, tag] of [[p.quarter, 3, 'Q'], [p.half, 6, 'H']] as const) {
    each(re, (m) => {
      const part = m[1] ? Number(m[1]) : (ORDINALS[norm(m[3] ?? '')] ?? 0);
      const year = quarterYear(part, size, m[2] ?? m[4], anchor);
      return part && year ? `${year}-${tag}${part}` : null;
    });
  }
  if (has(g.relative)) each(p.relYear, (m) => {
    const offset = RELATIVE_YEAR[language][norm(m[0]).replace(/’/g, "'")];
    return anchor && offset !== undefined ? String(anchor.year + offset) : null;
  });
  if (has(g.weeks)) {
    each(p.thisMonth, () => (anchor ? `${anchor.year}-${mm(anchor.month)}` : null));
    each(p.lastMonth, () => (anchor ? (anchor.month === 1 ? `${anchor.year - 1}-12` : `${anchor.year}-${mm(anchor.month - 1)}`) : null));
  }
  if (hasMonth) each(p.bareMonth, (m) => pastMonthPeriod(month(m[1]), anchor));
  if (digits) each(YEAR, (m) => (m[2] ? splitYear(m[1]!, m[2]) : m[1]!));
  // Found in order of how much they say; a less specific hit overlapping a kept one goes.
  const out: PeriodHit[] = [];
  for (const h of found) {
    if (out.some((k) => h.start < k.end && k.start < h.end)) continue;
    out.push(h);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The period nearest to a span, or null. */
export function nearestPeriod(hits: PeriodHit[], start: number, end: number): string | null {
  let best: PeriodHit | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const h of hits) {
    const d = h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
    if (d < bestDistance) {
      best = h;
      bestDistance = d;
    }
  }
  return best?.period ?? null;
}
