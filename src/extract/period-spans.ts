import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * Periods told relative to the publication date or as a span of months, which periods.ts's
 * calendar names do not cover: "the first nine months (of 2023)", "les neuf premiers mois",
 * "de eerste negen maanden" (2023-01/2023-09); "last quarter", "le trimestre dernier", "vorig
 * kwartaal" (the quarter before the one published in); "year to date", "depuis le début de
 * l'année", "sinds begin dit jaar" (January to the month published); "next month", "le mois
 * prochain", "volgende maand"; "next September", "septembre prochain", "komende september";
 * "the last quarter of 2023", "le dernier trimestre 2023" (2023-Q4); "FY2023", "FY23".
 */
export interface SpanHit {
  start: number;
  end: number;
  period: string;
}

interface Anchor {
  year: number;
  month: number;
}

const mm = (n: number): string => String(n).padStart(2, '0');
const YEAR = '((?:19|20)\\d\\d)';

const COUNTS: Record<Language, Record<string, number>> = {
  en: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11 },
  nl: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11 },
};
const count = (l: Language): string => `(${Object.keys(COUNTS[l]).join('|')}|[2-9]|1[01])`;
// The length of a span ending in a named month: "the three months to March", "the year to June".
const LENGTHS: Record<Language, Record<string, number>> = {
  en: { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12, year: 12, 'fiscal year': 12, 'financial year': 12 },
  fr: { trois: 3, six: 6, neuf: 9, douze: 12, '3': 3, '6': 6, '9': 9, '12': 12, exercice: 12 },
  nl: { drie: 3, zes: 6, negen: 9, twaalf: 12, '3': 3, '6': 6, '9': 9, '12': 12, boekjaar: 12 },
};
const DAY = '(?:\\d{1,2}(?:st|nd|rd|th|er)? )?';

const MONTHS: Record<Language, Record<string, number>> = {
  en: { January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12 },
  fr: { janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12 },
  nl: { januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12 },
};
const months = (l: Language): string => `(${Object.keys(MONTHS[l]).join('|')})`;

interface Patterns {
  firstMonths: RegExp;
  lastQuarter: RegExp;
  thisQuarter: RegExp;
  nextQuarter: RegExp;
  finalQuarter: RegExp;
  yearToDate: RegExp;
  nextMonth: RegExp;
  nextNamedMonth: RegExp;
  fiscal: RegExp;
  monthsTo: RegExp;
  shortPart: RegExp;
}

// Analysts' shorthand: "3Q23", "1H24", "Q3'23", "T3'23", "H1 '24".
const SHORT = /(?<![\p{L}\p{N}])(?:([1-4])([QHTSK])|([QHTSK])([1-4]) ?['’])((?:19|20)?\d\d)(?![\p{L}\p{N}])/gu;
const b = (s: string, flags = 'giu'): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`, flags);

const PATTERNS: Record<Language, Patterns> = {
  en: {
    firstMonths: b(`the first ${count('en')} months(?: of(?: the year)?(?: ${YEAR})?)?(?! (?:after|since|following|of (?:its|their|operations?|trading|the launch)))`),
    // Not "the last quarter of 2023", which is its fourth; not "the previous quarter", mostly a base of comparison.
    lastQuarter: b('(?:last|the past|the latest) quarter(?! of)'),
    thisQuarter: b('(?:this|the current) quarter'),
    nextQuarter: b('(?:next|the coming) quarter'),
    finalQuarter: b(`(?:last|final) quarter of ${YEAR}`),
    yearToDate: b("year[- ]to[- ]date|YTD|so far this year|(?:since|from) the (?:start|beginning) of (?:the|this) year|this year so far"),
    nextMonth: b('next month|the coming month'),
    // English month names only count capitalised ("may" is a verb).
    nextNamedMonth: b(`(?:[Nn]ext|[Tt]his coming) ${months('en')}`, 'gu'),
    fiscal: b(`FY ?'?((?:19|20)?\\d\\d)`, 'gu'),
    monthsTo: b(`[Tt]he (?:(three|six|nine|twelve|3|6|9|12) months|(year|fiscal year|financial year)) (?:to|ended|ending|through) (?:the end of )?${DAY}${months('en')}(?: \\d{1,2})?,?(?: ${YEAR})?`, 'gu'),
    shortPart: SHORT,
  },
  fr: {
    firstMonths: b(`(?:les|des|aux|sur) ${count('fr')} premiers mois(?: (?:de l['’]année|de l['’]exercice|(?:de |d['’]))?(?:${YEAR})?)?(?! (?:après|apres|suivant|d['’](?:existence|activité|activite)|de (?:son|sa|leur)))`),
    lastQuarter: b('trimestre (?:dernier|écoulé|ecoule)'),
    thisQuarter: b('ce trimestre|trimestre en cours'),
    nextQuarter: b('(?:trimestre prochain|prochain trimestre)'),
    finalQuarter: b(`dernier trimestre (?:de )?${YEAR}`),
    yearToDate: b("depuis le (?:début|debut) de l['’]année|depuis le (?:1er|premier) janvier|depuis janvier"),
    nextMonth: b('(?:le )?mois prochain'),
    nextNamedMonth: b(`${months('fr')} prochain`),
    fiscal: b(`FY ?'?((?:19|20)?\\d\\d)`, 'gu'),
    monthsTo: b(`(?:les (trois|six|neuf|douze|3|6|9|12) (?:derniers )?mois|l['’](exercice)) (?:clos|close|achevée?s?|arrêtée?s?|terminée?s?|jusqu['’]à) (?:(?:le|au|à|fin) )?${DAY}${months('fr')}(?: ${YEAR})?`),
    shortPart: SHORT,
  },
  nl: {
    firstMonths: b(`de eerste ${count('nl')} maanden(?: (?:van )?(?:(?:het|dit) jaar|${YEAR}))?(?! (?:na|sinds|van (?:zijn|haar|hun|het bestaan)))`),
    lastQuarter: b('(?:het )?(?:vorige?|afgelopen) kwartaal'),
    thisQuarter: b('(?:dit|het lopende|het huidige) kwartaal'),
    nextQuarter: b('(?:het )?(?:volgende?|komende?) kwartaal'),
    finalQuarter: b(`laatste kwartaal (?:van )?${YEAR}`),
    yearToDate: b('sinds (?:het )?begin (?:van )?(?:dit|het) jaar|sinds begin dit jaar|sinds januari|dit jaar tot nu toe|tot nu toe dit jaar'),
    nextMonth: b('(?:volgende|komende) maand'),
    nextNamedMonth: b(`(?:volgende|komende|aanstaande) ${months('nl')}`),
    fiscal: b(`FY ?'?((?:19|20)?\\d\\d)`, 'gu'),
    monthsTo: b(`(?:de (drie|zes|negen|twaalf|3|6|9|12) maanden|het (boekjaar)) (?:tot en met|t/m|tot|eindigend op|afgesloten op) (?:eind )?${DAY}${months('nl')}(?: ${YEAR})?`),
    shortPart: SHORT,
  },
};

// Cheap gates: one substring test per pattern family, on the lower-cased sentence.
const GATE_WORDS: Record<Language, Record<keyof Patterns, RegExp>> = {
  en: { firstMonths: /month/, lastQuarter: /quarter/, thisQuarter: /quarter/, nextQuarter: /quarter/, finalQuarter: /quarter/, yearToDate: /year|ytd/, nextMonth: /month/, nextNamedMonth: /next|coming/, fiscal: /fy/, monthsTo: /month|year/, shortPart: /\d[qhtsk]|[qhtsk]\d ?['’]/ },
  fr: { firstMonths: /mois/, lastQuarter: /trimestre/, thisQuarter: /trimestre/, nextQuarter: /trimestre/, finalQuarter: /trimestre/, yearToDate: /depuis/, nextMonth: /mois/, nextNamedMonth: /prochain/, fiscal: /fy/, monthsTo: /mois|exercice/, shortPart: /\d[qhtsk]|[qhtsk]\d ?['’]/ },
  nl: { firstMonths: /maand/, lastQuarter: /kwartaal/, thisQuarter: /kwartaal/, nextQuarter: /kwartaal/, finalQuarter: /kwartaal/, yearToDate: /sinds|tot nu toe/, nextMonth: /maand/, nextNamedMonth: /volgend|komend|aanstaand/, fiscal: /fy/, monthsTo: /maand|boekjaar/, shortPart: /\d[qhtsk]|[qhtsk]\d ?['’]/ },
};
// Plain words only, so the search stays a fast literal scan; the shorthand has its own gate on the cased text.
const ANY: Record<Language, RegExp> = {
  en: /month|quarter|year|ytd|next|coming|fy/,
  fr: /mois|trimestre|depuis|prochain|exercice|fy/,
  nl: /maand|kwartaal|sinds|tot nu toe|volgend|komend|aanstaand|boekjaar|fy/,
};
const SHORT_GATE = /\d[QHTSK]|[QHTSK]\d ?['’]/;
for (const l of ['en', 'fr', 'nl'] as const) {
  for (const name of Object.keys(PATTERNS[l]) as Array<keyof Patterns>) {
    const gate = name === 'shortPart' ? (text: string) => SHORT_GATE.test(text) : (text: string) => ANY[l].test(text.toLowerCase()) && GATE_WORDS[l][name].test(text.toLowerCase());
    declareGate(`period-spans: ${name} (${l})`, PATTERNS[l][name], gate);
  }
}

const quarterOf = (month: number): number => Math.ceil(month / 3);
function shiftQuarter(anchor: Anchor, by: number): string {
  const index = anchor.year * 4 + quarterOf(anchor.month) - 1 + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
function shiftMonth(anchor: Anchor, by: number): string {
  const index = anchor.year * 12 + anchor.month - 1 + by;
  return `${Math.floor(index / 12)}-${mm((index % 12) + 1)}`;
}

const fullYear = (y: string): string => (y.length === 2 ? `20${y}` : y);

// A span of `length` months ending in `end` of `year`, as a quarter, a half, a year or a range of months.
function spanEnding(length: number, end: number, year: number): string {
  if (length === 3 && end % 3 === 0) return `${year}-Q${end / 3}`;
  if (length === 6 && end % 6 === 0) return `${year}-H${end / 6}`;
  if (length === 12 && end === 12) return String(year);
  const index = year * 12 + end - length;
  return `${Math.floor(index / 12)}-${mm((index % 12) + 1)}/${year}-${mm(end)}`;
}

/** Every span period in `text`; `lower` is its lower-cased form. */
export function spanPeriods(text: string, lower: string, language: Language, anchor: Anchor | null): SpanHit[] {
  const words = ANY[language].test(lower);
  const short = SHORT_GATE.test(text);
  if (!words && !short) return [];
  const p = PATTERNS[language];
  const gates = GATE_WORDS[language];
  const out: SpanHit[] = [];
  const each = (name: keyof Patterns, fn: (m: RegExpExecArray) => string | null): void => {
    if (name === 'shortPart' ? !short : !words || !gates[name].test(lower)) return;
    const re = p[name];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const period = fn(m);
      if (period) out.push({ start: m.index, end: m.index + m[0].length, period });
    }
  };
  // "the first nine months" of the calendar, not "its first two months" of a launch.
  each('firstMonths', (m) => {
    const n = COUNTS[language][m[1]!.toLowerCase()] ?? Number(m[1]);
    // Without a year, the latest such span that is over when the article is published.
    const year = m[2] ? Number(m[2]) : anchor ? (n >= anchor.month ? anchor.year - 1 : anchor.year) : null;
    return year === null || !(n >= 2 && n <= 11) ? null : `${year}-01/${year}-${mm(n)}`;
  });
  if (anchor) {
    each('lastQuarter', () => shiftQuarter(anchor, -1));
    each('thisQuarter', () => shiftQuarter(anchor, 0));
    each('nextQuarter', () => shiftQuarter(anchor, 1));
    each('yearToDate', () => (anchor.month === 1 ? `${anchor.year}-01` : `${anchor.year}-01/${anchor.year}-${mm(anchor.month)}`));
    each('nextMonth', () => shiftMonth(anchor, 1));
    each('nextNamedMonth', (m) => {
      const month = MONTHS[language][language === 'en' ? m[1]! : m[1]!.toLowerCase()];
      if (!month) return null;
      return `${month > anchor.month ? anchor.year : anchor.year + 1}-${mm(month)}`;
    });
  }
  each('finalQuarter', (m) => `${m[1]}-Q4`);
  each('shortPart', (m) => {
    const letter = m[2] ?? m[3]!;
    const part = Number(m[1] ?? m[4]);
    const half = letter === 'H' || letter === 'S';
    if (half && part > 2) return null;
    return `${fullYear(m[5]!)}-${half ? 'H' : 'Q'}${part}`;
  });
  each('monthsTo', (m) => {
    const lengths = LENGTHS[language];
    const length = lengths[(m[1] ?? m[2]!).toLowerCase()];
    const end = MONTHS[language][language === 'en' ? m[3]! : m[3]!.toLowerCase()];
    if (!length || !end) return null;
    const year = m[4] ? Number(m[4]) : anchor ? (end >= anchor.month ? anchor.year - 1 : anchor.year) : null;
    return year === null ? null : spanEnding(length, end, year);
  });
  each('fiscal', (m) => fullYear(m[1]!));
  return out;
}
