import type { EventName, Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * Event cues that, read with the words before them, tell no new event (round 14):
 * - regulators named as a pressure or as the ones whose approval a plan waits on: "pressure from
 *   regulators is growing", "de druk van toezichthouders groeit", "la pression des régulateurs",
 *   "stalled on the approval of Chinese regulators", "de goedkeuring door Chinese toezichthouders";
 * - companies left out of a survey or study: "Bol en Amazon bleven buiten het onderzoek", "exclues
 *   de l'enquête", "excluded from the survey";
 * - a rule counted in passing, with no figure: "C'est la deuxième sanction de l'été pour Shein",
 *   "It is the third fine this year", "Het is de tweede boete" (the rule itself is told beside it);
 * - a launch named to date something else: "sera traduite au lancement", "at launch, the catalogue
 *   holds...", "bij de lancering waren er 500 verkopers".
 */
export function toldInPassing(sentence: string, start: number, cue: string, event: EventName, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (event === 'regulation') {
    const lower = before.toLowerCase();
    if (REGULATOR_CUE.test(cue) && mayBePressureOrApproval(lower) && PRESSURE_OR_APPROVAL.test(before)) return true;
    if (LEFT_OUT[language].test(before)) return true;
    return mayCount(lower) && COUNTED[language].test(before) && !/\d/u.test(sentence);
  }
  if (event === 'launch' && LAUNCH_NOUN.test(cue)) return DATED_BY_LAUNCH[language].test(before) && !OWNER_AFTER[language].test(sentence.slice(start + cue.length, start + cue.length + 12));
  return false;
}

const REGULATOR_CUE = /^(?:regulat|toezicht|régulat|watchdog)/iu;

const PRESSURE_OR_APPROVAL =
  /(?<![\p{L}])(?:pressure|druk|pression|approval|goedkeuring|approbation|feu vert|green light|aval|nod|toestemming|autorisation)\s+(?:of|from|by|van|door|des|de|du|de la)\s+(?:the\s+|de\s+|la\s+|les\s+|l['’])?(?:[\p{L}-]+\s+){0,2}$/iu;
const PRESSURE_WORDS = ['ressure', 'druk', 'ression', 'pproval', 'goedkeuring', 'pprobation', 'feu vert', 'green light', 'aval', 'nod', 'toestemming', 'utorisation'];
const mayBePressureOrApproval = (s: string): boolean => PRESSURE_WORDS.some((w) => s.includes(w));
declareGate('events: regulators as pressure or approval', PRESSURE_OR_APPROVAL, (s) => mayBePressureOrApproval(s.toLowerCase()));

const LEFT_OUT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:left out of|excluded from|not part of)\s+(?:the|this|that|its)\s+$/iu,
  fr: /(?<![\p{L}])(?:exclue?s?|écartée?s?|absente?s?|en dehors)\s+(?:de|du)\s+(?:la\s+|l['’]|cette\s+|ce\s+)?$/iu,
  nl: /(?<![\p{L}])buiten\s+(?:het|dit|de|deze|dat)\s+$/iu,
};

const COUNTED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:it\s+is|it['’]s|this\s+is|that\s+is|it\s+was|this\s+was)\s+(?:the|a)\s+(?:second|third|fourth|fifth|latest|new)\s+(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])(?:c['’]est|ce\s+serait|c['’]était)\s+(?:la|le|une|un)\s+(?:deuxième|seconde|second|troisième|quatrième|cinquième|nouvelle|nouveau)\s+(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:het|dit|dat)\s+(?:is|was)\s+(?:de|het|een)\s+(?:tweede|derde|vierde|vijfde|nieuwe)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const COUNT_WORDS = ['econd', 'third', 'fourth', 'fifth', 'latest', 'new', 'euxième', 'roisième', 'uatrième', 'inquième', 'ouvel', 'ouveau', 'tweede', 'derde', 'vierde', 'vijfde', 'nieuwe'];
const mayCount = (s: string): boolean => COUNT_WORDS.some((w) => s.includes(w));
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`events: a rule counted in passing (${l})`, COUNTED[l], (s) => mayCount(s.toLowerCase()));

const LAUNCH_NOUN = /^(?:launch|lancement|lancering)$/iu;
const DATED_BY_LAUNCH: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:at|at\s+its|at\s+the|for\s+the|for\s+its|on)\s+$/iu,
  fr: /(?<![\p{L}])(?:au|à\s+son|à\s+leur|lors\s+du|lors\s+de\s+son|lors\s+de\s+leur|pour\s+le|pour\s+son|pour\s+leur|dès\s+le|dès\s+son)\s+$/iu,
  nl: /(?<![\p{L}])(?:bij|tijdens|voor|ter\s+gelegenheid\s+van)\s+(?:de|zijn|haar|hun)\s+$/iu,
};
const OWNER_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:of|in|into)(?![\p{L}])/iu,
  fr: /^\s*(?:de|d['’]|du|des|en|au|aux)(?![\p{L}])/iu,
  nl: /^\s*(?:van|in)(?![\p{L}])/iu,
};
