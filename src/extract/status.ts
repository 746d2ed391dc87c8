import type { Language, Status } from '../domain/vocabulary.js';
import { contrastBetween } from './contrast.js';
import { newsOutletAt } from './hearsay.js';
import { wordsRegex } from './words.js';
import { aimedAfter } from './aim-after.js';
import { wantedInClause } from './wanted-figure.js';
import { colonClauseStart } from './colon-clause.js';
import { relativeClauseEnd } from './relative-figure.js';

/**
 * Whether a figure is reported (actual), aimed at (target) or someone's estimate. Approximators
 * alone ("about", "environ", "ruim") do not make an estimate: a company saying it has "about 6
 * million sellers" is still reporting. An estimate needs someone estimating or hearsay
 * ("analysts estimate", "naar schatting", a French conditional "aurait réalisé"), or a figure told
 * as what is expected of it ("le résultat est attendu à 19,6 milliards", "is expected at $20bn").
 */
const ESTIMATE: Record<Language, string[]> = {
  en: ['analyst', 'analysts', 'estimate', 'estimates', 'estimated', 'estimating', 'reportedly', 'is said to', 'are said to', 'is believed to', 'according to estimates', 'projected', 'forecast', 'forecasts', 'people familiar', 'person familiar', 'a person with knowledge', 'people with knowledge', 'sources said', 'a source', 'according to a person', 'according to sources', 'according to reports', 'consultancy', 'consultancies', 'is thought to', 'are thought to', 'according to a study', 'according to a survey', 'according to research', 'market researcher', 'according to market researcher', 'according to the same', 'insiders', 'an insider', 'consensus', 'is expected at', 'are expected at', 'was expected at', 'were expected at'],
  fr: ['analyste', 'analystes', 'estime', 'estiment', 'estimé', 'estimée', 'estimés', 'estimées', 'estimation', 'estimations', 'aurait', 'auraient', 'serait', 'seraient', 'selon les estimations', 'évalué', 'évaluée', 'selon des sources', 'selon une source', 'une source proche', 'selon nos informations', 'proches du dossier', 'selon une étude', "d'après une étude", 'selon le cabinet', 'cabinet', 'institut', 'selon la même étude', 'selon le même institut', 'chercheurs', 'consensus', 'est attendu à', 'est attendue à', 'sont attendus à', 'sont attendues à', 'était attendu à', 'était attendue à'],
  nl: ['naar schatting', 'geschat', 'geschatte', 'schat', 'schatten', 'schatting', 'schattingen', 'analist', 'analisten', 'zou hebben', 'zouden hebben', 'zou zijn', 'volgens ingewijden', 'ingewijden', 'volgens bronnen', 'volgens een bron', 'een ingewijde', 'zou', 'zouden', 'volgens onderzoek', 'marktonderzoeker', 'onderzoeksbureau', 'marktonderzoeksbureau', 'onderzoeker', 'onderzoekers', 'volgens het onderzoek', 'volgens hetzelfde onderzoek', 'volgens het bureau', 'volgens hetzelfde bureau', 'volgens dat bureau', 'consensus', 'geraamd', 'geraamde', 'wordt geraamd', 'worden geraamd'],
};
const TARGET: Record<Language, string[]> = {
  en: ['guided', 'guides', 'guidance', 'aim', 'aims', 'aimed', 'aiming', 'target', 'targets', 'targeted', 'targeting', 'goal', 'plans to', 'planned', 'hopes', 'hoped', 'hope to', 'wants', 'wanted', 'expects', 'expected to', 'intends', 'ambition', 'seeks', 'seeking', 'on track to', 'ambitions'],
  fr: ['vise', 'visait', 'visent', 'viser', 'visons', 'vouloir', 'entend', 'entendent', 'prévoient', 'projette', 'envisage', 'compte recruter', 'compte ouvrir', 'voulons', 'souhaitons', 'espérons', 'ambitionnons', 'prévoyons', 'objectif', 'ambitionne', 'ambition', 'espère', 'espérait', 'espèrent', 'souhaite', 'veut', 'voulait', 'veulent', 'compte atteindre', 'prévoit', 'table sur', 'tabler sur', 'mise sur', 'miser sur', "s'attend", 'recrutera', 'recruteront', 'recruterons', 'embauchera', 'embaucheront', 'embaucherons', 'créera', 'créeront', 'créerons', 'portera', 'porteront', 'atteindra', 'atteindront', 'dépassera', 'dépasseront', 'franchira', 'franchiront'],
  nl: ['wil', 'wilde', 'willen', 'streeft', 'streefde', 'streven', 'doel', 'doelstelling', 'ambitie', 'ambieert', 'hoopt', 'hoopte', 'mikt', 'verwacht', 'rekent op', 'beoogt', 'zoekt', 'zoeken'],
};
const ESTIMATE_RE: Record<Language, RegExp> = { en: wordsRegex(ESTIMATE.en, 'iu'), fr: wordsRegex(ESTIMATE.fr, 'iu'), nl: wordsRegex(ESTIMATE.nl, 'iu') };
const TARGET_RE: Record<Language, RegExp> = { en: wordsRegex(TARGET.en, 'iu'), fr: wordsRegex(TARGET.fr, 'iu'), nl: wordsRegex(TARGET.nl, 'iu') };

/**
 * Status of a figure ending at `end`: estimate cues anywhere in the sentence, target cues
 * before the figure (the verb that governs it), actual otherwise.
 */
// The French conditional of hearsay: "Temu compterait 1 500 vendeurs", "pèserait", "atteindrait",
// "réaliserait" — a third-person verb ending in -rait/-raient (nouns such as "portrait", "retrait",
// "extrait" aside).
// The stem before -rait ends as a future stem does ("compte-rait", "atteind-rait", "pour-rait",
// "dev-rait", "fini-rait"), unlike an imperfect's ("déclar-ait", "espér-ait", "figur-ait").
const FR_CONDITIONAL = /(?<![\p{L}])(?:\p{L}+[eirdv]rai(?:t|ent)|aurai(?:t|ent)|serai(?:t|ent))(?![\p{L}])/iu;
// Every match holds "rait" or "raie": this plain search skips the costly one (a run of letters
// tried at every position) in most sentences.
const FR_CONDITIONAL_GATE = /rai[te]/i;

// A duty to reach a figure is a target: "must reach", "doit atteindre", "moet … bereiken",
// "de omzet moet naar 8 miljard gaan", "will hit". The modal stands before the figure; a Dutch
// figure's thousands point ("gaat 1.000 mensen aannemen") does not end the clause.
const MODAL_GOAL: Record<Language, RegExp> = {
  // "will open a centre next spring, creating 1,200 jobs", "would take its headcount to 600" (round 13).
  en: /(?<![\p{L}])(?:must|should|is to|are to|will|would|is set to|are set to|is meant to|has to|have to)\s(?:[^.;]{0,60}?\s)?(?:reach|hit|top|exceed|surpass|cross|pass|achieve|generate|double|triple|grow|rise|climb|increase|create|creating|provide|bring|hire|recruit|employ|take (?:its|their|the) (?:[\p{L}-]+ ){1,2}to)(?![\p{L}])|(?<![\p{L}])(?:will|would|is to|are to)\s[^.;]{0,100}?,\s+(?:creating|adding|bringing)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:doit|doivent|devra|devront|devrait|devraient|va|vont)\s(?:[^.;]{0,60}?\s)?(?:atteindre|passer|dépasser|franchir|générer|doubler|tripler|croître|grimper|progresser|augmenter|réaliser|peser|créer|offrir|apporter)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:moet|moeten|zal|zullen|gaat|gaan)\s(?:(?:[^.;]|\.(?=\d)){0,60}?\s)?(?:bereiken|gaan|groeien|stijgen|halen|oplopen|uitkomen|verdubbelen|verdrievoudigen|toenemen|worden|komen|tellen|realiseren|binnenhalen|bieden|opleveren|creëren|scheppen|aannemen|werven|zijn)(?![\p{L}])/iu,
};

const RELATIVE_BETWEEN = /,\s+(?:which|who|qui|lequel|laquelle|die|dat|waarvan)\s+(?:[\p{L}'’]+\s+){0,3}?(?:has|have|had|says|said|a|ont|avait|heeft|hebben|had|zegt)(?![\p{L}])/iu;

// The modal alone, without a look-behind, so most sentences are passed over quickly.
const MODAL_GATE: Record<Language, RegExp> = {
  en: /must|should|is to|are to|will|would|set to|meant to|has to|have to/iu,
  fr: /doi|devr|va |vont/iu,
  nl: /moet|zal|zullen|gaat|gaan/iu,
};

// What statusOf looks for in the whole sentence, whatever the figure: the first estimate cue,
// the first modal goal and a French conditional (-1: none).
interface SentenceCues {
  sentence: string;
  language: Language;
  estimate: number;
  goal: number;
  conditional: boolean;
}

// A sentence's figures are read one after another: its cues are found once, for the first.
let lastCues: SentenceCues | null = null;

function cuesOf(sentence: string, language: Language): SentenceCues {
  if (lastCues?.sentence === sentence && lastCues.language === language) return lastCues;
  const cue = ESTIMATE_RE[language].exec(sentence)?.index ?? -1;
  const outlet = newsOutletAt(sentence, language);
  const estimate = cue < 0 ? outlet : outlet < 0 ? cue : Math.min(cue, outlet);
  const goal = MODAL_GATE[language].test(sentence) ? (MODAL_GOAL[language].exec(sentence)?.index ?? -1) : -1;
  const conditional = language === 'fr' && FR_CONDITIONAL_GATE.test(sentence) && FR_CONDITIONAL.test(sentence);
  lastCues = { sentence, language, estimate, goal, conditional };
  return lastCues;
}

// Words that name an aim outright: told just before a figure, they make it one even when the aim
// is hearsay ("people familiar said it had set a goal of $20 billion", "Temu viserait 60 milliards").
const AIM_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:goal|goals|target|targets|targeting|aims?|aiming|ambition)(?![\p{L}])[^.;]{0,50}$/iu,
  fr: /(?<![\p{L}])(?:vise|visent|viserait|viseraient|visait|viser|objectif|objectifs|ambition|ambitionne|ambitionnerait)(?![\p{L}])[^.;]{0,50}$/iu,
  nl: /(?<![\p{L}])(?:doel|doelstelling|streefcijfer|streeft|streven|mikt|mikken|beoogt|ambitie)(?![\p{L}])[^.;]{0,50}$/iu,
};

// A source told last, after a comma, is the whole sentence's (round 21): "users fell 52% in April
// compared with March, according to Sensor Tower estimates", "selon les estimations de Kantar",
// "volgens schattingen van GfK": a comparison before it does not keep the first figure from it.
const CLOSING_SOURCE = /,\s+(?:according to|selon|d['’]après|volgens)\s[^;]*$/iu;
function closingSource(sentence: string, end: number, cue: number): boolean {
  const source = CLOSING_SOURCE.exec(sentence.slice(end));
  return source !== null && end + source.index < cue;
}

/** Whether the sentence tells something on someone else's word: an estimate cue, a news outlet, a French conditional. */
export function isHearsay(sentence: string, language: Language): boolean {
  const cues = cuesOf(sentence, language);
  return cues.estimate >= 0 || cues.conditional;
}

export function statusOf(sentence: string, end: number, language: Language): Status {
  const cues = cuesOf(sentence, language);
  if (aimedAfter(sentence, end, language)) return 'target';
  if (cues.estimate >= 0 || cues.conditional) {
    const before = sentence.slice(Math.max(0, end - 90), end);
    if (AIM_BEFORE[language].test(before) || wantedInClause(sentence, end, language)) return 'target';
  }
  // An estimate cue after the figure counts unless a contrast, or the close of a relative clause
  // holding the figure (relative-figure.ts), puts it in another clause.
  const closed = (cues.estimate >= end || cues.conditional) && sentence.includes(',') ? relativeClauseEnd(sentence, end, language) : -1;
  if (cues.estimate >= 0 && (cues.estimate < end || closingSource(sentence, end, cues.estimate) || (!contrastBetween(sentence, end, cues.estimate, language) && !(closed >= 0 && cues.estimate > closed)))) return 'estimate';
  // An aim told in an earlier clause, past a semicolon, is not this figure's: "Bol wil 400
  // medewerkers aannemen; het bedrijf heeft nu 2.900 mensen in dienst".
  // So is one told before a colon that opens a clause of its own (colon-clause.ts).
  const colon = sentence.includes(':') ? colonClauseStart(sentence, end, language) : -1;
  if (TARGET_RE[language].test(sentence.slice(Math.max(sentence.lastIndexOf(';', end), colon) + 1, end))) return 'target';
  // "...would take its headcount to 600 and support its marketplace, which has signed up 10,000
  // sellers": a relative clause between the goal and the figure tells what is, not the goal.
  if (cues.goal >= 0 && cues.goal < end && !RELATIVE_BETWEEN.test(sentence.slice(cues.goal, end))) return 'target';
  if (cues.conditional && !(colon >= 0 && !FR_CONDITIONAL.test(sentence.slice(colon))) && !(closed >= 0 && !FR_CONDITIONAL.test(sentence.slice(0, closed)))) return 'estimate';
  return 'actual';
}

/**
 * Whether `period` starts after the month of publication: "TikTok Shop opent in 2026 in
 * Nederland", published in March 2025, is a plan, not a launch that happened.
 */
export function isFuture(period: string | null, anchor: { year: number; month: number } | null): boolean {
  if (!period || !anchor) return false;
  const m = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?/u.exec(period);
  if (!m) return false;
  const year = Number(m[1]);
  if (year !== anchor.year) return year > anchor.year;
  const month = m[2] ? Number(m[2]) : m[3] ? (Number(m[3]) - 1) * 3 + 1 : m[4] ? (Number(m[4]) - 1) * 6 + 1 : null;
  return month !== null && month > anchor.month;
}
