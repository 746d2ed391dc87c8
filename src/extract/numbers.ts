import type { Language, Unit } from '../domain/vocabulary.js';
import { joinRanges } from './ranges.js';

/**
 * Numbers, money and percentages as each language writes them. Everything here returns
 * nothing rather than a wrong magnitude: ambiguous separators and bare years are skipped; a range
 * is read as its midpoint (ranges.ts).
 */
export type QuantityKind = 'money' | 'count' | 'percent' | 'ratio';

export interface Quantity {
  start: number;
  end: number;
  value: number;
  unit: Unit;
  kind: QuantityKind;
  /** Written with a scale word (million, miljard, Md...). */
  scaled: boolean;
}

// Thousands separators: en comma or space; fr space, no-break space, narrow no-break space or
// dot; nl dot or space. The decimal mark is the other one.
const SPACES = ' \\u00A0\\u202F';
// A currency code may be glued to the figure ("RMB95.7bn", "USD12m"); any other letter before digits is a name ("B2B", "COVID19").
const GLUED_CODES = '(?:RMB|USD|EUR|GBP|CNY)';
const NOT_AFTER = '(?<![\\p{L}\\p{N}.,])';
const NUMBER: Record<Language, RegExp> = {
  en: new RegExp(`${NOT_AFTER}(\\d{1,3}(?:[,${SPACES}]\\d{3})+|\\d+)(?:\\.(\\d+))?(?!\\p{N})`, 'gu'),
  fr: new RegExp(`${NOT_AFTER}(\\d{1,3}(?:[.${SPACES}]\\d{3})+|\\d+)(?:,(\\d+))?(?!\\p{N})`, 'gu'),
  nl: new RegExp(`${NOT_AFTER}(\\d{1,3}(?:[.${SPACES}]\\d{3})+|\\d+)(?:,(\\d+))?(?!\\p{N})`, 'gu'),
};

const NOT_AFTER_GLUED = `(?<![\\p{N}.,])(?<!\\p{L}(?<!${GLUED_CODES}))`;
const glued = (re: RegExp): RegExp => new RegExp(re.source.replace(NOT_AFTER, NOT_AFTER_GLUED), re.flags);
// Used only for a text with a code glued to a digit: the plain pattern is cheaper.
const NUMBER_GLUED: Record<Language, RegExp> = { en: glued(NUMBER.en), fr: glued(NUMBER.fr), nl: glued(NUMBER.nl) };
const GLUED_GATE = new RegExp(`${GLUED_CODES}\\d`, 'u');

const SCALES: Record<Language, Record<string, number>> = {
  en: { thousand: 1e3, million: 1e6, millions: 1e6, mn: 1e6, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12 },
  // French "billion" is 10^12.
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, billion: 1e12, billions: 1e12 },
  // Dutch "biljoen" is 10^12.
  nl: { duizend: 1e3, miljoen: 1e6, miljoenen: 1e6, mln: 1e6, mio: 1e6, miljard: 1e9, miljarden: 1e9, mld: 1e9, mrd: 1e9, biljoen: 1e12 },
};
// One-letter scales only when glued to the number ("$5m", "€2bn" is above, "50k").
const GLUED_SCALES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

const SCALE_WORD = /[ \u00A0\u202F]?-?([\p{L}]+)(\.?)/uy;
const CURRENCY_AFTER =
  /[ \u00A0\u202F]*(?:(?:de|d'|d’|van|of)[ \u00A0\u202F]*)?(us[ \u00A0]dollars?|dollars?|usd|euros?|eur|€|\$|£|pounds?(?: sterling)?|livres?(?: sterling)?|pond|gbp|yuans?|renminbi|rmb|cny)(?![\p{L}])/iuy;
const PERCENT_AFTER = /[ \u00A0\u202F]*(%|per[ \u00A0]?cent|percent|pour[ \u00A0]?cent|procent|pct\.?)(?![\p{L}])/iuy;
const CURRENCY_BEFORE = /(US\$|\$|€|£|USD|EUR|GBP|CNY|RMB)[ \u00A0\u202F]?$/u;

const CURRENCY_CODES: Record<string, Unit> = {
  'us$': 'USD', $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', 'us dollar': 'USD', 'us dollars': 'USD',
  '€': 'EUR', eur: 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', 'pounds sterling': 'GBP', 'pound sterling': 'GBP',
  livre: 'GBP', livres: 'GBP', 'livres sterling': 'GBP', 'livre sterling': 'GBP', pond: 'GBP',
  yuan: 'CNY', yuans: 'CNY', renminbi: 'CNY', rmb: 'CNY', cny: 'CNY',
};
const currencyOf = (s: string): Unit | undefined => CURRENCY_CODES[s.toLowerCase().replace(/[\u00A0 ]+/g, ' ')];

function scaleAt(text: string, pos: number, language: Language): { factor: number; end: number } | null {
  SCALE_WORD.lastIndex = pos;
  const m = SCALE_WORD.exec(text);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const glued = m[0][0] !== ' ' && m[0][0] !== '\u00A0' && m[0][0] !== '\u202F';
  // "150 M€", "2 M$": a lone M before a currency sign is millions.
  const beforeSign = word === 'm' && /^[€$£]/u.test(text.slice(pos + m[0].length, pos + m[0].length + 1)) ? 1e6 : undefined;
  const factor = SCALES[language][word] ?? (glued ? GLUED_SCALES[word] : beforeSign);
  if (factor === undefined) return null;
  return { factor, end: pos + m[0].length };
}

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Parses the digits of one match into a number, or null when the separators are ambiguous. */
function parseDigits(intPart: string, fraction: string | undefined, scaled: boolean): number | null {
  const grouped = /\D/.test(intPart);
  const digits = intPart.replace(/\D/g, '');
  // "1,500" in French or "2.000" in English: a three-digit fraction without a scale word could
  // be either reading, so say nothing.
  if (fraction !== undefined && fraction.length === 3 && !grouped && !scaled) return null;
  const value = Number(fraction === undefined ? digits : `${digits}.${fraction}`);
  return Number.isFinite(value) ? value : null;
}

/** Every number in `text` that reads unambiguously as money, a percentage or a count. */
export function findQuantities(text: string, language: Language): Quantity[] {
  const out: Quantity[] = [];
  const re = (GLUED_GATE.test(text) ? NUMBER_GLUED : NUMBER)[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    const intPart = m[1]!;
    if (intPart.length > 15) continue;
    const after = text.slice(end, end + 3);
    // A separator followed by digits that our reading did not take ("1.5" in French): ambiguous.
    if (/^[.,]\d/.test(after)) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    // "2023-24" closes a span of years, not a range of figures (ranges are joined in joinRanges).
    if (/(?<!\d)(?:19|20)\d\d[ \u00A0]?(?:[-–]|to|à|tot)[ \u00A0]?$/u.test(before)) continue;
    const scale = scaleAt(text, end, language);
    if (scale) end = scale.end;
    const value = parseDigits(intPart, m[2], scale !== null);
    if (value === null) continue;
    const full = value * (scale?.factor ?? 1);
    const prefix = CURRENCY_BEFORE.exec(before);
    const percent = stickyAt(PERCENT_AFTER, text, end);
    const currencyAfter = prefix ? null : stickyAt(CURRENCY_AFTER, text, end);
    const currency = prefix ? currencyOf(prefix[1]!) : currencyAfter ? currencyOf(currencyAfter[1]!) : undefined;
    if (percent && !prefix) {
      const signed = text[start - 1] === '-' || text[start - 1] === '−' ? -value : value;
      out.push({ start, end: end + percent[0].length, value: signed, unit: 'percent', kind: 'percent', scaled: false });
      continue;
    }
    if (currency) {
      const qStart = prefix ? start - prefix[0].length : start;
      const qEnd = currencyAfter ? end + currencyAfter[0].length : end;
      out.push({ start: qStart, end: qEnd, value: full, unit: currency, kind: 'money', scaled: scale !== null });
      continue;
    }
    // A bare four-digit year is a date, not a quantity.
    if (!scale && m[2] === undefined && /^(19|20)\d\d$/.test(intPart)) continue;
    out.push({ start, end, value: full, unit: 'count', kind: 'count', scaled: scale !== null });
  }
  return joinRanges(text, hasOneScale(text) ? [...out, ...oneScaled(text, language)].sort((a, b) => a.start - b.start) : out);
}

// "un million de clients", "one billion dollars", "een miljoen klanten": one, written as a word.
// A round threshold is one too: "vise le million", "le cap du million", "passed the million mark",
// "op weg naar het miljoen" (not "the million-dollar question": a hyphen after is no number).
// Small numbers and halves are written as words too (round 18): "two million customers", "deux
// millions de clients", "twee miljoen klanten", "half a million sellers", "un demi-million",
// "een half miljoen", "anderhalf miljoen" (1.5).
const WORD_MULTIPLIERS: Record<string, number> = {
  un: 1, one: 1, a: 1, een: 1, le: 1, du: 1, the: 1, het: 1,
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
  'half a': 0.5, 'een half': 0.5, 'un demi': 0.5, anderhalf: 1.5,
};
const MULTIPLIER_WORDS =
  'half[ \\u00A0]+a|een[ \\u00A0]+half|un[ \\u00A0]+demi|anderhalf|un|one|a|een|le|du|the|het|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|sept|huit|neuf|dix|twee|drie|vier|vijf|zes|zeven|acht|negen|tien';
// The scale word is found first and the number word looked for just before it: a scan for a few
// scale words is cheaper than one for every number word at every position.
const SCALE_AFTER_WORD = /(?<=[ \u00A0-])(millions?|milliards?|billions?|trillions?|miljoen|miljard|biljoen)(?![\p{L}-])/giu;
const WORD_BEFORE_SCALE = new RegExp(`(?<![\\p{L}\\p{N}-])(${MULTIPLIER_WORDS})(?:[ \\u00A0]+|-)$`, 'iu');
const hasOneScale = (text: string): boolean => /mil|bil/iu.test(text);
const MAY_BE_WORD_SCALED = new RegExp(`(?:${MULTIPLIER_WORDS})(?:[ \\u00A0]+|-)(?:mil|bil|tril)`, 'iu');

/** Cheap gate: whether `text` may hold a number at all (a digit, or "one million"). */
export const mayHoldNumber = (text: string): boolean => /\d/.test(text) || (hasOneScale(text) && MAY_BE_WORD_SCALED.test(text));

function oneScaled(text: string, language: Language): Quantity[] {
  const out: Quantity[] = [];
  SCALE_AFTER_WORD.lastIndex = 0;
  for (let m = SCALE_AFTER_WORD.exec(text); m !== null; m = SCALE_AFTER_WORD.exec(text)) {
    const word = WORD_BEFORE_SCALE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (!word) continue;
    const scale = SCALES[language][m[1]!.toLowerCase()];
    const times = WORD_MULTIPLIERS[word[1]!.toLowerCase().replace(/[\s\u00A0]+/gu, ' ')];
    if (scale === undefined || times === undefined) continue;
    // A plural scale wants a number above one ("deux millions"): "the millions of shoppers" is none.
    if (times <= 1 && /s$/iu.test(m[1]!)) continue;
    const factor = scale * times;
    const start = m.index - word[0].length;
    const end = m.index + m[0].length;
    const currencyAfter = stickyAt(CURRENCY_AFTER, text, end);
    const currency = currencyAfter ? currencyOf(currencyAfter[1]!) : undefined;
    if (currency) out.push({ start, end: end + currencyAfter![0].length, value: factor, unit: currency, kind: 'money', scaled: true });
    else out.push({ start, end, value: factor, unit: 'count', kind: 'count', scaled: true });
  }
  return out;
}
