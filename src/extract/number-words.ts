import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import { wordsRegex } from './words.js';

/**
 * A scale word led by a number written as a word: "five million shoppers", "trois milliards
 * d'euros", "vijf miljoen klanten", "half a million", "un demi-million", "een half miljoen",
 * "anderhalf miljoen". One is a threshold too: "vise le million", "passed the million mark",
 * "op weg naar het miljoen". Vague amounts ("tens of millions", "des millions", "miljoenen",
 * "une dizaine", "a dozen") are no number and are not read.
 */
export interface WordScaled {
  start: number;
  end: number;
  value: number;
}

const LEADS: Record<Language, Record<string, number>> = {
  en: {
    one: 1, a: 1, the: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, 'a hundred': 100, 'one hundred': 100,
    'half a': 0.5, 'a half': 0.5, 'one and a half': 1.5, 'a quarter of a': 0.25,
  },
  fr: {
    un: 1, le: 1, du: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, quarante: 40, cinquante: 50, cent: 100,
    'un demi-': 0.5, 'un demi': 0.5,
  },
  nl: {
    een: 1, één: 1, het: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, vijftien: 15, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, honderd: 100,
    'een half': 0.5, 'een halve': 0.5, anderhalf: 1.5, 'een kwart': 0.25,
  },
};
// Singular scales after one; plural ones after more (French writes "cinq millions").
const SCALES: Record<Language, Record<string, number>> = {
  en: { million: 1e6, billion: 1e9, trillion: 1e12 },
  fr: { million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9 },
  nl: { miljoen: 1e6, miljard: 1e9, biljoen: 1e12 },
};

const norm = (s: string): string => s.toLowerCase().replace(/[\s\u00A0]+/gu, ' ');

function build(language: Language): RegExp {
  const leads = Object.keys(LEADS[language]).map((k) => k.replace(/ /g, '[ \\u00A0]+') + (k.endsWith('-') ? '' : '[ \\u00A0]+'));
  // No hyphen before either: "twenty-one million" is no "one million".
  const lead = wordsRegex(leads, 'iu', true).source.replace(/\(\?!\[\\p\{L\}\\p\{N\}\]\)$/u, '').replace('(?<![\\p{L}\\p{N}])', '(?<![\\p{L}\\p{N}-])');
  // A hyphen after is no number: "the million-dollar question".
  return new RegExp(`${lead}(${Object.keys(SCALES[language]).join('|')})(?![\\p{L}-])`, 'giu');
}
const PATTERNS: Record<Language, RegExp> = { en: build('en'), fr: build('fr'), nl: build('nl') };

// Cheap gate: every lead ends on a letter and spaces, or on "demi-", right before its scale word;
// most scale words follow a digit ("3 million"), and then the leads are not looked for.
const LED_SCALE = /\p{L}[ \u00A0]+(?:mil|bil|tril)|demi-(?:mil|bil|tril)/iu;
for (const l of LANGUAGES) declareGate(`number words: led scale (${l})`, PATTERNS[l], LED_SCALE);

/** Cheap gate: whether `text` may hold a scale word led by a word ("mil", "bil" and a word before). */
export const mayHoldWordScale = (text: string): boolean => /mil|bil/iu.test(text) && /\p{L}[ \u00A0-](?:mil|bil|tril)/iu.test(text);

/** Every scale word led by a number word in `text`, with its value. */
export function wordScaled(text: string, language: Language): WordScaled[] {
  const out: WordScaled[] = [];
  if (!LED_SCALE.test(text)) return out;
  const re = PATTERNS[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const scale = m[1]!;
    const leadText = norm(m[0].slice(0, m[0].length - scale.length)).replace(/ $/u, '');
    const lead = LEADS[language][leadText];
    const factor = SCALES[language][scale.toLowerCase()];
    if (lead === undefined || factor === undefined) continue;
    // "un millions" is no French: a plural takes two or more.
    if (lead < 2 && /s$/iu.test(scale)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: lead * factor });
  }
  return out;
}
