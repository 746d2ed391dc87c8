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
 *   holds...", "bij de lancering waren er 500 verkopers";
 * - an entry named as the cause of a figure ("helped by its expansion in Europe"), presence told by
 *   its degree ("très présent en Belgique"), "lever le pied" (to slow down), a share buyback.
 */
export function toldInPassing(sentence: string, start: number, cue: string, event: EventName, language: Language): boolean {
  if (event === 'regulation') {
    if (pointsBackToRule(sentence, start, cue, language) || riskedFine(sentence, start, cue)) return true;
    const before = sentence.slice(Math.max(0, start - 60), start);
    if (REGULATOR_CUE.test(cue) && PRESSURE_WORDS.test(before) && PRESSURE_OR_APPROVAL.test(before)) return true;
    if (LEFT_OUT_WORDS[language].test(before) && LEFT_OUT[language].test(before)) return true;
    return !/\d/u.test(sentence) && COUNT_WORDS.test(before) && COUNTED[language].test(before);
  }
  // Only these events have doubts here: the others are told in full, and cost no slice of the sentence.
  if (event !== 'launch' && event !== 'expansion' && event !== 'funding' && event !== 'acquisition') return false;
  const before = sentence.slice(Math.max(0, start - 60), start);
  const after = sentence.slice(start + cue.length, start + cue.length + 40);
  if (event === 'launch' && LAUNCH_NOUN.test(cue) && DATED_BY_LAUNCH[language].test(before) && !OWNER_AFTER[language].test(after)) return true;
  if ((event === 'launch' || event === 'expansion') && ENTRY_NOUN.test(cue) && CAUSED_BY.test(before) && /\d/u.test(sentence)) return true;
  if (event === 'launch' && PRESENCE.test(cue) && PRESENCE_DEGREE.test(before)) return true;
  if (event === 'funding' && /^lev/iu.test(cue) && /^\s+le\s+pied/iu.test(after)) return true;
  if (event === 'acquisition' && /^rach/iu.test(cue) && SHARES_BOUGHT_BACK.test(after)) return true;
  return false;
}

// "helped by its expansion in Europe", "grâce notamment à l'ouverture de nouveaux pays", "dankzij de
// uitbreiding naar": an entry named as the cause of a figure is background to the figure.
const ENTRY_NOUN = /^(?:expansion|launch|opening|arrival|entry into|ouverture|lancements?|arrivée|déploiement|expansion|implantation|uitbreiding|expansie|lancering(?:en)?|opening|komst|intrede|uitrol)$/iu;
const CAUSED_BY =
  /(?<![\p{L}])(?:(?:helped|driven|fuell?ed|boosted|supported|buoyed|lifted)\s+by|thanks\s+to|grâce(?:\s+notamment)?\s+à|porté(?:e|s|es)?\s+par|dopé(?:e|s|es)?\s+par|soutenu(?:e|s|es)?\s+par|dankzij|gedreven\s+door|geholpen\s+door|gestuwd\s+door)\s+(?:(?:the|its|their|la|le|les|l['’]|son|sa|ses|leur|leurs|de|het|zijn|haar|hun)\s*)?(?:[\p{L}-]+\s+){0,2}$/iu;

// "très présent en Belgique", "well established and very active in Spain": presence told by its
// degree describes a company, it launches nothing.
const PRESENCE = /^(?:présente?s?|present|actif|actifs|active|actives|actief)/iu;
const PRESENCE_DEGREE = /(?<![\p{L}])(?:très|fort|bien|solidement|surtout|déjà\s+très|very|well|strongly|heavily|heel|sterk|zeer|erg)\s+$/iu;

// "son dernier programme de rachat d'actions", "rachète ses propres actions": a buyback buys no company.
const SHARES_BOUGHT_BACK = /^\s*(?:de\s+(?:ses\s+|leurs\s+)?(?:propres\s+)?|d['’])(?:actions|titres)(?![\p{L}])|^\s+(?:ses|leurs)\s+(?:propres\s+)?(?:actions|titres)(?![\p{L}])/iu;

/**
 * A sentence that opens on a rule already told, with no detail of its own, points back to it: "De
 * boete remt de opmars voorlopig niet", "The fine is unlikely to slow Temu down", "Cette amende
 * intervient alors que ...". "The fine of €1 million", "L'amende infligée par la CNIL" tell it again
 * in full, and are a fact told twice (kept: the merge joins them).
 */
export function pointsBackToRule(sentence: string, start: number, cue: string, language: Language): boolean {
  if (!RULE_NOUN.test(cue) || !RULE_HEAD[language].test(sentence.slice(0, start))) return false;
  return !RULE_DETAIL_AFTER.test(sentence.slice(start + cue.length, start + cue.length + 30));
}
const RULE_NOUN = /^(?:fine|penalty|ban|investigation|probe|boete|verbod|onderzoek|amende|sanction|pénalité|interdiction|enquête)$/iu;
const RULE_HEAD: Record<Language, RegExp> = {
  en: /^\s*(?:the|this|that)\s+$/iu,
  fr: /^\s*(?:la|le|l['’]|cette|ce)\s*$/iu,
  nl: /^\s*(?:de|deze|die|het|dit)\s+$/iu,
};
const RULE_DETAIL_AFTER =
  /^\s*(?:of|against|into|on|for|by|de|d['’]|du|des|contre|sur|pour|infligée?|imposée?|van|tegen|naar|voor|door|opgelegd|imposed|issued|\d|€|\$|£)/iu;

/**
 * A fine a company only risks, told with its ceiling, is the law's threat, not a decision: "Het
 * bedrijf riskeert een boete tot 6 procent van de omzet", "risks a fine of up to 6% of turnover",
 * "s'expose à une amende pouvant atteindre 6 %".
 */
export function riskedFine(sentence: string, start: number, cue: string): boolean {
  if (!FINE_NOUN.test(cue)) return false;
  return RISK_BEFORE.test(sentence.slice(Math.max(0, start - 30), start)) && CEILING_AFTER.test(sentence.slice(start + cue.length, start + cue.length + 30));
}
const FINE_NOUN = /^(?:fines?|penalt(?:y|ies)|boetes?|amendes?|pénalités?|sanctions?)$/iu;
const RISK_BEFORE = /(?<![\p{L}])(?:risks?|risking|could\s+face|may\s+face|faces?|riskeert|riskeren|riskeerde|risque(?:nt)?|encour(?:t|ent)|s['’]expose(?:nt)?\s+à|expose(?:nt)?\s+à)\s+(?:a|an|een|une|des|de|d['’]|to)?\s*$/iu;
const CEILING_AFTER = /^\s*(?:of\s+)?(?:up\s+to|tot|pouvant|allant\s+jusqu|jusqu['’]à|de\s+maximum|van\s+maximaal|maximaal)/iu;

/**
 * A start told of a sale is the sale's, not a launch: "Prime Day kicks off on Tuesday"; so is a
 * sale that is what was started (round 21): "kicked off a ten-day Black Friday sale", "lance ses
 * French Days", "startte een eigen 11.11-actie".
 */
export function startsASale(cue: { event: EventName; start: number; end: number }, all: ReadonlyArray<{ event: EventName; start: number; end: number }>, sentence: string): boolean {
  if (cue.event !== 'launch') return false;
  return all.some((o) => o.event === 'promotion' && ((o.end <= cue.start && /^[\s'’s]*$/u.test(sentence.slice(o.end, cue.start))) || (o.start >= cue.end && o.start - cue.end <= 40 && SALE_STARTED.test(sentence.slice(cue.end, o.start)))));
}

// Between a verb of starting and the sale it starts: a determiner and up to two words, none of them a
// preposition or "and" (in "launched Haul in France with discounts" the discounts come with the launch).
const SALE_STARTED =
  /^\s+(?:(?:an?|the|its|their|this|une?|sa|son|ses|leurs?|les?|la|l['’]|een|de|het|zijn|haar|hun)\s*)?(?:(?!(?:with|avec|met|and|et|en|in|into|to|au|aux|dans|naar|for|pour|voor|by|par|door|of|de|van)\s)[\p{L}\d'’-]+\s+){0,2}$/iu;

const REGULATOR_CUE = /^(?:regulat|toezicht|régulat|watchdog)/iu;

const PRESSURE_OR_APPROVAL =
  /(?<![\p{L}])(?:pressure|druk|pression|approval|goedkeuring|approbation|feu vert|green light|aval|nod|toestemming|autorisation)\s+(?:of|from|by|van|door|des|de|du|de la)\s+(?:the\s+|de\s+|la\s+|les\s+|l['’])?(?:[\p{L}-]+\s+){0,2}$/iu;
// The gates below are small regexes of the words their pattern needs: cheaper on the few words
// before a cue than lower-casing them to look for each word in turn.
const PRESSURE_WORDS = /ressure|druk|ression|pproval|goedkeuring|pprobation|feu vert|green light|aval|nod|toestemming|utorisation/iu;
declareGate('events: regulators as pressure or approval', PRESSURE_OR_APPROVAL, PRESSURE_WORDS);

const LEFT_OUT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:left out of|excluded from|not part of)\s+(?:the|this|that|its)\s+$/iu,
  fr: /(?<![\p{L}])(?:exclue?s?|écartée?s?|absente?s?|en dehors)\s+(?:de|du)\s+(?:la\s+|l['’]|cette\s+|ce\s+)?$/iu,
  nl: /(?<![\p{L}])buiten\s+(?:het|dit|de|deze|dat)\s+$/iu,
};

const LEFT_OUT_WORDS: Record<Language, RegExp> = {
  en: /left out of|excluded from|not part of/iu,
  fr: /exclu|écarté|absent|en dehors/iu,
  nl: /buiten/iu,
};
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`events: left out of a study (${l})`, LEFT_OUT[l], LEFT_OUT_WORDS[l]);

const COUNTED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:it\s+is|it['’]s|this\s+is|that\s+is|it\s+was|this\s+was)\s+(?:the|a)\s+(?:second|third|fourth|fifth|latest|new)\s+(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])(?:c['’]est|ce\s+serait|c['’]était)\s+(?:la|le|une|un)\s+(?:deuxième|seconde|second|troisième|quatrième|cinquième|nouvelle|nouveau)\s+(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:het|dit|dat)\s+(?:is|was)\s+(?:de|het|een)\s+(?:tweede|derde|vierde|vijfde|nieuwe)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const COUNT_WORDS = /econd|third|fourth|fifth|latest|new|euxième|roisième|uatrième|inquième|ouvel|ouveau|tweede|derde|vierde|vijfde|nieuwe/iu;
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`events: a rule counted in passing (${l})`, COUNTED[l], COUNT_WORDS);

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
