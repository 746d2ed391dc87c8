import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';
import { wordsRegex } from './words.js';
import { declareGate } from './gates.js';

/**
 * Growth written as a multiple: "tripled", "triplé", "verdrievoudigd" is ratio 3; so are "three
 * times as many", "trois fois plus", "drie keer zo veel", "3x", "x3" and "multiplié par trois".
 * A multiple measured against another company ("twice as many users as Amazon", "deux fois plus
 * que Zara") compares two firms and is no growth.
 */
const VERBS: Record<Language, Record<string, number>> = {
  en: {
    doubled: 2, doubling: 2, 'to double': 2, 'will double': 2, tripled: 3, tripling: 3, 'to triple': 3, 'will triple': 3,
    quadrupled: 4, quadrupling: 4, 'to quadruple': 4, quintupled: 5, tenfold: 10, 'ten-fold': 10,
    // "roughly double last year's level": the year before is the earlier size.
    "double last year's": 2, "double last year’s": 2, "triple last year's": 3, "triple last year’s": 3,
    // "roughly double its 2023 level": the company's own earlier size (round 18).
    'double its': 2, 'triple its': 3,
    'double the': 2, 'triple the': 3, 'quadruple the': 4, 'a doubling': 2, 'a tripling': 3, twofold: 2, 'two-fold': 2, threefold: 3, 'three-fold': 3, fourfold: 4, 'four-fold': 4, fivefold: 5, 'five-fold': 5,
  },
  fr: {
    doublé: 2, doublée: 2, doublés: 2, doublées: 2, doubler: 2, doublent: 2, doublera: 2, doubleront: 2,
    triplé: 3, triplée: 3, triplés: 3, triplées: 3, tripler: 3, triplent: 3, triplera: 3, tripleront: 3,
    // "plus du triple de celui de l'an dernier": more than three times last year's.
    'le double': 2, 'le triple': 3, 'du double': 2, 'du triple': 3, doublement: 2, triplement: 3, quadruplé: 4, quadruplée: 4, quadrupler: 4, quintuplé: 5, quintupler: 5,
    décuplé: 10, décuplée: 10, décuplés: 10, décuplées: 10, décupler: 10, décuplent: 10, décuplera: 10,
  },
  nl: {
    verdubbeling: 2, verdrievoudiging: 3, 'het dubbele': 2, 'het drievoudige': 3, verdubbeld: 2, verdubbelde: 2, verdubbelden: 2, verdubbelen: 2, verdubbelt: 2,
    verdrievoudigd: 3, verdrievoudigde: 3, verdrievoudigden: 3, verdrievoudigen: 3, verdrievoudigt: 3,
    verviervoudigd: 4, verviervoudigde: 4, verviervoudigen: 4, vervijfvoudigd: 5, vervijfvoudigde: 5,
    vertienvoudigd: 10, vertienvoudigde: 10, vertienvoudigen: 10, vertienvoudigt: 10,
  },
};

const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  en: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twice: 2 },
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  nl: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
};

// How many times, then the words that make it a comparison of size rather than a count of
// occasions ("raised prices three times" is no multiple).
const TIMES: Record<Language, string> = {
  en: '(?:times|x)\\s+(?:as\\s+(?:many|much|large|big|high)|more|larger|bigger|higher|greater|the)(?![\\p{L}])',
  fr: 'fois\\s+(?:plus|supérieure?s?|sup[ée]rieur|la taille)(?![\\p{L}])',
  nl: '(?:keer|maal)\\s+(?:zo\\s*(?:veel|groot|hoog)|zoveel|meer|groter|hoger)(?![\\p{L}])',
};
const MULTIPLIED: Record<Language, string> = {
  en: 'multiplied\\s+by',
  fr: 'multipli(?:é|ée|és|ées|er|ent|era)\\s+par',
  nl: 'vermenigvuldigd\\s+met',
};

const COUNT = (l: Language, name: string): string => `(?<${name}>\\d{1,3}(?:[.,]\\d)?|${Object.keys(NUMBER_WORDS[l]).filter((w) => w !== 'twice').join('|')})`;
const PHRASE: Record<Language, RegExp> = perLanguage(
  (l) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${COUNT(l, 'times')}\\s+${TIMES[l]}${l === 'en' ? '|(?<twice>twice)\\s+(?:as\\s+(?:many|much|large|big|high)|the)(?![\\p{L}])' : ''}|${MULTIPLIED[l]}\\s+${COUNT(l, 'by')}(?![\\p{L}\\p{N}])|(?<glued>\\d{1,3})[x×](?![\\p{L}\\p{N}])|[x×](?<sign>\\d{1,3})(?![\\p{N}]|[.,]\\d)|(?<fold>\\d{1,3})-fold(?![\\p{L}]))`,
      'giu',
    ),
);
const VERB_RE: Record<Language, RegExp> = perLanguage((l) => wordsRegex(Object.keys(VERBS[l])));

// Doubling one's bet is no growth of a figure: "is doubling down on Europe", "double la mise sur
// l'Europe", "verdubbelt zijn inzet in Europa".
const IDIOM_AFTER: Record<Language, RegExp> = {
  en: /^\s+down(?![\p{L}])/iu,
  fr: /^\s+(?:la|sa|leur)\s+mise(?![\p{L}])/iu,
  nl: /^\s+(?:zijn|haar|hun|de)\s+(?:inzet|inspanningen)(?![\p{L}])/iu,
};

// A comparison with a company: "than Amazon", "que Zara", "dan Coolblue", "as Shein". Not past a
// comma: "triple the figure a year ago, as the ByteDance-owned app..." opens a clause (round 19).
const AGAINST = /^[^.;,]{0,40}?(?<![\p{L}])(?:than|as|que|qu['’]|dan|als)\s+(?:(?:the|le|la|les|l['’]|de|het)\s*)?\p{Lu}(?!\p{Lu}?\d)/u;

// "N times as much" compares two sizes: it is growth only when the other size is the same
// business at an earlier time ("four times as many parcels as a year ago", "trois fois plus
// qu'en 2023", "vier keer zoveel als vorig jaar"). Without one ("Amazon sells ten times as much
// in the country") it compares the company with another.
const EARLIER: Record<Language, string> = {
  en: "(?:(?:the )?(?:first|second|third|fourth) (?:quarter|half)(?: of)? (?:19|20)\\d{2}|(?:a|one|two|three|four|five|\\d+) (?:years?|months?|quarters?) (?:ago|earlier|before|previously)|last (?:year|month|quarter|spring|summer|autumn|winter)|(?:the|a) (?:previous|prior|same) (?:year|quarter|month|period)|the (?:year|quarter) before|(?:19|20)\\d{2}|(?:its |the )?launch|before)",
  fr: "(?:(?:premier|deuxième|second|troisième|quatrième) (?:trimestre|semestre) (?:de )?(?:19|20)\\d{2}|l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée|précédente)|(?:il y a|voici) (?:un|deux|trois|\\d+) ans?|(?:un|deux|trois|\\d+) ans? (?:plus tôt|auparavant)|(?:19|20)\\d{2}|(?:son |au )?lancement|avant)",
  nl: "(?:(?:het )?(?:eerste|tweede|derde|vierde) (?:kwartaal|halfjaar|half jaar|helft) (?:van )?(?:19|20)\\d{2}|vorig jaar|verleden jaar|(?:een|twee|drie|\\d+) jaar (?:eerder|geleden|daarvoor)|het jaar (?:ervoor|daarvoor)|(?:19|20)\\d{2}|(?:de |bij de )?lancering|voorheen|vroeger)",
};
const OVER_TIME: Record<Language, RegExp> = perLanguage(
  (l) =>
    new RegExp(
      `^[^.;]{0,60}?(?<![\\p{L}])(?:(?:as|than|compared (?:with|to)|que|par rapport à|dan|als|vergeleken met)\\s+|qu['’]\\s*)(?:(?:it|they|il|elle|ils|elles|het|hij|ze|zij)\\s+(?:\\p{L}+\\s+)?(?:did|had|was|were|sold|faisait|avait|vendait|était|deed|had|verkocht|was)\\s+)?(?:(?:in|at|en|à|au|il y a|bij|in het)\\s+|d['’])?${EARLIER[l]}(?![\\p{L}])`,
      'iu',
    ),
);

function perLanguage<T>(fn: (l: Language) => T): Record<Language, T> {
  return { en: fn('en'), fr: fn('fr'), nl: fn('nl') };
}

function readCount(word: string, language: Language): number {
  const w = word.toLowerCase();
  return NUMBER_WORDS[language][w] ?? Number(w.replace(',', '.'));
}

// Cheap gate: every multiple holds one of these letters or signs.
// Case-sensitive (a sentence seldom opens on one of these, and then capitalised as listed): faster.
const GATE = /\d[x×]|[x×]\d|[Dd]oub|[Tt]ripl|fold|fois|keer|maal|voudig|dubbel|[Qq]uadru|quintu|[Dd]écupl|[Tt]wice|times|[Mm]ultipl|vermenigv|[Vv]erdubbel|[Vv]erdrie|[Vv]ervier|[Vv]ertien|[Ll]e (?:double|triple)|[Hh]et d|\s[x×]\s/u;

for (const l of LANGUAGES) {
  declareGate(`multiples: verbs (${l})`, VERB_RE[l], GATE);
  declareGate(`multiples: phrases (${l})`, PHRASE[l], GATE);
}

export function findMultiples(text: string, language: Language): Quantity[] {
  if (!GATE.test(text)) return [];
  const out: Quantity[] = [];
  const push = (start: number, end: number, value: number, comparative = false): void => {
    if (!(value > 1) || value > 1000) return;
    if (AGAINST.test(text.slice(end, end + 60)) || IDIOM_AFTER[language].test(text.slice(end, end + 20))) return;
    if (comparative && !OVER_TIME[language].test(text.slice(end, end + 100))) return;
    out.push({ start, end, value, unit: 'ratio', kind: 'ratio', scaled: false });
  };
  const re = VERB_RE[language];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    push(m.index, m.index + m[0].length, VERBS[language][m[0].toLowerCase().replace(/\s+/g, ' ')] ?? 0);
  }
  const phrase = PHRASE[language];
  phrase.lastIndex = 0;
  for (let m = phrase.exec(text); m !== null; m = phrase.exec(text)) {
    const g = m.groups ?? {};
    const word = g.times ?? g.by ?? g.glued ?? g.sign ?? g.fold;
    const value = g.twice ? 2 : word ? readCount(word, language) : 0;
    if (out.some((q) => q.start < m!.index + m![0].length && m!.index < q.end)) continue;
    push(m.index, m.index + m[0].length, value, g.times !== undefined || g.twice !== undefined);
  }
  return out.sort((a, b) => a.start - b.start);
}
