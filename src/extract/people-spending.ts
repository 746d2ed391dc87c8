import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * What a whole people spends or buys is the market's total, not a company's figure: "Les Français
 * ont dépensé 175 milliards d'euros en ligne, en hausse de 9 %", "Americans spent $1.2 trillion
 * online", "Nederlanders gaven 35 miljard euro online uit". Told as spent at or through a company
 * it is that company's gross merchandise value: "Amerikanen kopen dit jaar voor 15,8 miljard
 * dollar aan producten via TikTok Shop", "Americans will spend $15 billion on TikTok Shop". People
 * counted as buying at a company are its customers: "3 miljoen Nederlanders bestelden iets bij
 * Temu", "2 million Britons ordered from Shein".
 */
// A sentence may open on the plain noun: "Shoppers spent $15 billion on Temu" (round 18).
const PEOPLE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:Americans|Europeans|Britons|Germans|(?:French|Dutch|Belgian|British|American|European|online) (?:consumers|shoppers|households)|[Cc]onsumers|[Ss]hoppers|[Hh]ouseholds)(?![\p{L}])/u,
  fr: /(?<![\p{L}])(?:les (?:Français|Européens|Belges|Américains|ménages|consommateurs|internautes|cyberacheteurs)|Français|Européens|Belges|Américains|consommateurs|ménages|internautes|cyberacheteurs)(?![\p{L}])/u,
  nl: /(?<![\p{L}])(?:Nederlanders|Belgen|Vlamingen|Amerikanen|Europeanen|Duitsers|[Cc]onsumenten|[Hh]uishoudens|[Oo]nline shoppers)(?![\p{L}])/u,
};
const SPEND: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:spent|spend|spends|spending|bought|buy|buys|buying|purchased|ordered|order)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:dépens\p{L}*|achet\p{L}*|achèt\p{L}*|command\p{L}*)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:gaven|geven|geeft|gaf|uitgegeven|uitgaven|uitgeven|besteed\p{L}*|kopen|kochten|kocht|gekocht|bestelden|bestellen|besteld|bestelde)(?![\p{L}])/iu,
};
// The verb and at most three words (a time, an adverb) before the people counted.
const SPEND_BEFORE_NL = new RegExp(`${SPEND.nl.source}(?:[\\s\\u00A0]+[\\p{L}'’]+){0,3}[\\s\\u00A0]*$`, 'iu');
// A clause of its own between the figure and a name: ", and", "; ", ", mais", ", terwijl".
const NEW_CLAUSE = /;|,\s*(?:and|but|while|whereas|et|mais|tandis|alors|en|maar|terwijl)(?![\p{L}])/iu;
// The company the people spend at: "on TikTok Shop", "via TikTok Shop", "chez Amazon", "bij Temu".
const AT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:on|at|via|through|from|with)\s+(?:the\s+)?$/iu,
  fr: /(?<![\p{L}])(?:chez|sur|via|auprès de|par)\s+(?:le\s+|la\s+|l['’])?$/iu,
  nl: /(?<![\p{L}])(?:bij|via|op|aan)\s+(?:de\s+|het\s+)?$/iu,
};

/** Cheap per-sentence gate: a people and a spending verb both occur somewhere in it. */
export const mayTellSpending = (sentence: string, language: Language): boolean =>
  PEOPLE_STEMS[language].some((w) => sentence.includes(w)) && PEOPLE[language].test(sentence) && SPEND[language].test(sentence);
// Literal stems of PEOPLE, tried with includes() before any regex (most sentences name no people).
const PEOPLE_STEMS: Record<Language, string[]> = {
  en: ['Americans', 'Europeans', 'Britons', 'Germans', 'onsumers', 'hoppers', 'ouseholds'],
  fr: ['Français', 'Européens', 'Belges', 'Américains', 'ménages', 'consommateurs', 'internautes', 'cyberacheteurs'],
  nl: ['Nederlanders', 'Belgen', 'Vlamingen', 'Amerikanen', 'Europeanen', 'Duitsers', 'onsumenten', 'uishoudens', 'shoppers'],
};

export type Spent = 'market' | 'company';

/** Whether the figure at `q` is what a people spent or bought: at the market or at a named company. */
export function peopleSpending(q: Quantity, sentence: string, language: Language, mentions: Mention[]): Spent | null {
  let from: number;
  if (q.kind === 'count') {
    // People counted are the figure itself: "3 miljoen Nederlanders bestelden iets bij Temu".
    const after = sentence.slice(q.end, q.end + 40);
    const people = PEOPLE[language].exec(after);
    if (!people || !/^[\s\u00A0]*$/u.test(after.slice(0, people.index))) return null;
    from = q.end + people.index;
    // Dutch puts the verb before its subject after a fronted phrase: "volgens Multiscope kochten
    // vorig jaar 3 miljoen Nederlanders iets op Temu" (round 20).
    if (!SPEND[language].test(sentence.slice(from, from + 120)) && !(language === 'nl' && SPEND_BEFORE_NL.test(sentence.slice(Math.max(0, q.start - 50), q.start)))) return null;
  } else if (q.kind === 'money') {
    const clause = sentence.slice(0, q.start).split(/[;:]/u).pop() ?? '';
    const people = PEOPLE[language].exec(clause);
    if (!people) return null;
    from = q.start - clause.length + people.index;
    // Dutch puts the verb before its subject after a fronted phrase: "Volgens X gaven Nederlanders
    // vorig jaar 36 miljard euro uit" (round 14).
    const verbFrom = language === 'nl' ? Math.max(q.start - clause.length, from - 30) : from;
    if (!SPEND[language].test(sentence.slice(verbFrom, q.end + 120))) return null;
    // "Temu's shoppers spent...": a company before the people owns what they spend; "TikTok Shop
    // said US shoppers spent $100 million on its platform" tells its gross merchandise value.
    // A research firm or trade body before them only tells the market's figure ("Onderzoeksbureau X
    // schat dat Nederlanders ... uitgaven").
    if (mentions.some((m) => m.competitor !== null && m.end <= from && m.start >= q.start - clause.length)) return onItsPlatform(sentence, from, q, language) ? 'company' : null;
  } else return null;
  // The company must be where the figure's own clause says it went: "spent $128 billion on the
  // region's platforms, and a growing slice of it went through TikTok" tells the market's total and
  // the company's part of it in a clause of its own (round 20).
  const at = mentions.some(
    (m) => m.start > from && m.competitor !== null && AT[language].test(sentence.slice(Math.max(0, m.start - 14), m.start)) && !(m.start > q.end && NEW_CLAUSE.test(sentence.slice(q.end, m.start))),
  );
  if (at) return 'company';
  // "UK shoppers will spend £2 billion on the app this year": the app the text is about (round 14).
  if (q.kind === 'money' && onItsPlatform(sentence, from, q, language)) return 'company';
  return q.kind === 'count' ? null : 'market';
}

// Spent on a platform pointed at, not named: "on its platform", "on the app", "sur sa plateforme",
// "op het platform", "via de app".
const ON_PLATFORM: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:on|via|through|at)\s+(?:its|their|the)\s+(?:[\p{L}-]+\s+)?(?:platform|app|site|website|marketplace)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:sur|via)\s+(?:sa|son|leur|la|le|l['’])\s*(?:plateforme|application|appli|site|place de marché)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:op|via|bij)\s+(?:het|de|zijn|haar|hun)\s+(?:platform|app|site|website|webwinkel|marktplaats)(?![\p{L}])/iu,
};
const onItsPlatform = (sentence: string, from: number, q: Quantity, language: Language): boolean =>
  ON_PLATFORM[language].test(sentence.slice(from, Math.min(sentence.length, q.end + 60)));
