import type { Language } from '../domain/vocabulary.js';
import { wordsRegex } from './words.js';
import type { Quantity } from './numbers.js';

/** Growth written as a multiple: tripled / triplé / verdrievoudigd is ratio 3. */
const WORDS: Record<Language, Record<string, number>> = {
  en: {
    doubled: 2, doubling: 2, 'to double': 2, 'will double': 2, tripled: 3, tripling: 3, 'to triple': 3,
    quadrupled: 4, 'to quadruple': 4, tenfold: 10, 'ten-fold': 10, 'increased tenfold': 10,
    'twofold': 2, 'threefold': 3, 'fourfold': 4, 'fivefold': 5,
  },
  fr: {
    doublé: 2, doublée: 2, doublés: 2, doublées: 2, doubler: 2, doublent: 2, doublera: 2,
    triplé: 3, triplée: 3, triplés: 3, triplées: 3, tripler: 3, triplent: 3, triplera: 3,
    quadruplé: 4, quadrupler: 4, quintuplé: 5, quintupler: 5,
    décuplé: 10, décuplée: 10, décuplés: 10, décupler: 10, décuplent: 10, décuplera: 10,
  },
  nl: {
    verdubbeld: 2, verdubbelde: 2, verdubbelen: 2, verdubbelt: 2,
    verdrievoudigd: 3, verdrievoudigde: 3, verdrievoudigen: 3, verdrievoudigt: 3,
    verviervoudigd: 4, verviervoudigen: 4, vervijfvoudigd: 5,
    vertienvoudigd: 10, vertienvoudigde: 10, vertienvoudigen: 10, vertienvoudigt: 10,
  },
};
const NUMERIC: Record<Language, RegExp> = {
  en: /(?<![\p{L}\p{N}])(\d{1,3})(?:-fold|x(?![\p{L}]))|(?<![\p{L}])x(\d{1,3})(?![\p{N}])|multiplied by (\d{1,3})(?![\p{N}])/gu,
  fr: /(?<![\p{L}])multipliée?s? par (\d{1,3})(?![\p{N}])|(?<![\p{L}])x(\d{1,3})(?![\p{N}])/gu,
  nl: /(?<![\p{L}\p{N}])(\d{1,3}) keer zo (?:groot|veel|hoog)|(?<![\p{L}])x(\d{1,3})(?![\p{N}])/gu,
};
const REGEX: Record<Language, RegExp> = {
  en: wordsRegex(Object.keys(WORDS.en)),
  fr: wordsRegex(Object.keys(WORDS.fr)),
  nl: wordsRegex(Object.keys(WORDS.nl)),
};

export function findMultiples(text: string, language: Language): Quantity[] {
  const out: Quantity[] = [];
  const re = REGEX[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = WORDS[language][m[0].toLowerCase().replace(/\s+/g, ' ')];
    if (value) out.push({ start: m.index, end: m.index + m[0].length, value, unit: 'ratio', kind: 'ratio', scaled: false });
  }
  const num = NUMERIC[language];
  num.lastIndex = 0;
  for (let m = num.exec(text); m !== null; m = num.exec(text)) {
    const value = Number(m[1] ?? m[2] ?? m[3]);
    if (value >= 2) out.push({ start: m.index, end: m.index + m[0].length, value, unit: 'ratio', kind: 'ratio', scaled: false });
  }
  return out;
}
