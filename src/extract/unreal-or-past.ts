import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * Whether an event cue is told as a mere possibility or as background the sentence itself dates to
 * years ago (round 18):
 * - a conditional modal just before the cue: "Temu could launch in Chile", "Shein might consider an
 *   IPO", "Shein pourrait entrer en Bourse", "Temu zou in Chili kunnen lanceren" (a reported "zou"
 *   without "kunnen" still tells the news);
 * - a question closing the cue's clause, though more follows in the sentence (a headline and its
 *   deck joined: "Komt TikTok Shop naar Nederland? Marketeers staan klaar", "Will Temu quit Chile? Sellers fear so");
 * - years ago: "Years ago, Amazon pulled out of China", "which entered Poland a decade ago", "Il y a
 *   dix ans, Amazon a quitté la Chine", "Al in 2015 lanceerde Amazon in Mexico". A marker opening
 *   the sentence dates every cue; elsewhere only the cue whose clause (no comma between) holds it.
 *   A year no earlier than the article's (`year`) is a start still to come, not the past (round 21):
 *   "veut instaurer dès 2026 une taxe", "could apply as early as 2026", "al in 2026 van kracht".
 */
export function unrealOrPast(sentence: string, start: number, end: number, language: Language, year: number | null = null): boolean {
  if (QUESTION_AFTER.test(sentence.slice(end, end + 200))) return true;
  if (!GATE[language].test(sentence)) return false;
  if (MODAL_BEFORE[language].test(sentence.slice(Math.max(0, start - 60), start))) return true;
  if (pastMarker(OPENING[language].exec(sentence), year)) return true;
  const open = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start)) + 1;
  const after = sentence.slice(end).search(/[,;:]/u);
  const clause = sentence.slice(open, after < 0 ? sentence.length : end + after);
  return pastMarker(YEARS_AGO[language].exec(clause), year);
}

const YEAR_IN = /(?:19|20)\d\d/u;

/** A marker found, unless the year it names is the article's or later. */
function pastMarker(found: RegExpExecArray | null, year: number | null): boolean {
  if (found === null) return false;
  const named = year === null ? null : YEAR_IN.exec(found[0]);
  return named === null || Number(named[0]) < year!;
}

// A question mark before any other stop, comma or colon after the cue.
const QUESTION_AFTER = /^[^.!?:;,]*\?/u;

const NUMBER_EN = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|few|a couple of)';
const NUMBER_FR = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs|quelques|de nombreuses)';
const NUMBER_NL = '(?:\\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|vijftien|twintig|vele|enkele|een paar|een aantal)';
const YEAR = '(?:19|20)\\d\\d';

const AGO: Record<Language, string> = {
  en: `(?:(?:${NUMBER_EN} )?years|(?:a|one|two) decades?|decades|many years) ago|back in ${YEAR}|as (?:early|long ago|far back) as ${YEAR}`,
  fr: `il y a (?:${NUMBER_FR} (?:ans|années)|des années|une décennie|plus de ${NUMBER_FR} ans)|(?:dès|déjà en) ${YEAR}|en ${YEAR} déjà`,
  nl: `(?:${NUMBER_NL} jaar|jaren|decennia|(?:een|twee) decennia?) geleden|al in ${YEAR}|in ${YEAR} al`,
};

const YEARS_AGO: Record<Language, RegExp> = {
  en: new RegExp(`(?<![\\p{L}])(?:${AGO.en})(?![\\p{L}])`, 'iu'),
  fr: new RegExp(`(?<![\\p{L}])(?:${AGO.fr})(?![\\p{L}])`, 'iu'),
  nl: new RegExp(`(?<![\\p{L}])(?:${AGO.nl})(?![\\p{L}])`, 'iu'),
};

// The marker as the sentence's opening adverb (a word or two may come first: "Already in 2015, ...", "Zo'n tien jaar geleden").
const OPENING: Record<Language, RegExp> = {
  en: new RegExp(`^\\s*(?:[\\p{L}'’-]+\\s+){0,2}?(?:${AGO.en})(?![\\p{L}])`, 'iu'),
  fr: new RegExp(`^\\s*(?:[\\p{L}'’-]+\\s+){0,2}?(?:${AGO.fr})(?![\\p{L}])`, 'iu'),
  nl: new RegExp(`^\\s*(?:[\\p{L}'’-]+\\s+){0,2}?(?:${AGO.nl})(?![\\p{L}])`, 'iu'),
};

// Not "may": "Shein may soon arrive in Portugal" tells a planned entry (round 6).
const MODAL_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:[Cc]ould|[Mm]ight)\s+(?:[\p{L}'’-]+\s+){0,3}$/u,
  fr: /(?<![\p{L}])pourr(?:ait|aient)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu,
  nl: /(?<![\p{L}])(?:zou|zouden)\s+(?:[\p{L}\d.,'’-]+\s+){0,5}?kunnen\s+(?:[\p{L}'’-]+\s+){0,2}$/iu,
};

// Every sentence the rule can fire on holds one of these words.
const GATE: Record<Language, RegExp> = {
  en: /could|might|may|ago|back in|as (?:early|long ago|far back) as/i,
  fr: /pourr|il y a|dès|déjà/i,
  nl: /kunnen|geleden|al in|in \d{4} al/i,
};
for (const l of ['en', 'fr', 'nl'] as const) {
  declareGate(`unreal-or-past: modal (${l})`, MODAL_BEFORE[l], GATE[l]);
  declareGate(`unreal-or-past: years ago (${l})`, YEARS_AGO[l], GATE[l]);
}
