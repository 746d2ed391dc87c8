import type { Language } from '../domain/vocabulary.js';
import type { EventCue } from './events.js';
import { fineCapCue } from './fine-cap.js';

/**
 * Round 18 (precision): event cues in a sense that tells no event of the company.
 *
 * - the most a fine could be, by law: "fines can reach 6% of global turnover", "l'amende peut
 *   atteindre 4 % du chiffre d'affaires", "de boete kan oplopen tot 6 procent van de jaaromzet";
 * - a person taking over a business unit is a new boss, not a takeover: "Jane Roe, who took over
 *   the French business in May";
 * - the tax a company pays is its bill, not a rule: "reports that it paid little corporation tax",
 *   "betaalt nauwelijks winstbelasting";
 * - penalties a platform charges its own sellers: "Temu deducts penalties from suppliers";
 * - money frozen is no service halted: "freezes their deposits", "gèle les paiements".
 */
export function withoutOtherSenses(cues: EventCue[], sentence: string, language: Language): EventCue[] {
  return cues.filter((c) => {
    const cue = sentence.slice(c.start, c.end);
    if (c.event === 'regulation') return !(fineCapCue(sentence, c.end, cue, language) || taxPaid(sentence, c.start, cue) || sellerPenalty(sentence, cue, language));
    if (c.event === 'acquisition') return !roleTakenOver(sentence, c.start, c.end, cue);
    if (c.event === 'suspension') return !moneyFrozen(sentence, c.end, cue);
    return true;
  });
}

// "paid less corporation tax", "pays no tax", "paie peu d'impôts": tax as a company's bill.
const PAID_BEFORE =
  /(?<![\p{L}])(?:pa(?:id|ys|ying|y)|owe[sd]?|avoid(?:s|ed|ing)?|paie|paient|payé|payer|betaal(?:t|de|den)?|betaald|ontwijk(?:t|en)|ontweek)\s+(?:(?:less|little|more|no|any|its|their|much|hardly any|only|weinig|nauwelijks|geen|minder|meer|peu|moins|plus|pas)\s+)*(?:[\p{L}-]+\s+)?$/iu;
const TAX_WORD = /^(?:tax(?:es)?|belasting(?:en)?|\p{L}*belasting)$/iu;

function taxPaid(sentence: string, start: number, cue: string): boolean {
  return TAX_WORD.test(cue) && PAID_BEFORE.test(sentence.slice(Math.max(0, start - 50), start));
}

// Penalties on a platform's own sellers, in a sentence that names no authority.
const PENALTY_WORD = /^(?:penalt(?:y|ies)|pénalités?|boetes?)$/iu;
const SELLER_SIDE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:suppliers?|sellers?|merchants?|vendors?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:fournisseurs?|vendeurs?|marchands?|commerçants?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:leveranciers?|verkopers?|handelaren|verkooppartners?)(?![\p{L}])/iu,
};
const AUTHORITY =
  /(?<![\p{L}])(?:regulators?|authorit(?:y|ies)|watchdogs?|commission|court|government|ministry|customs|autorités?|régulateur|tribunal|gouvernement|ministère|douanes?|DGCCRF|CNIL|toezichthouder|autoriteit|rechter|rechtbank|overheid|ministerie|douane|ACM)(?![\p{L}])/iu;

function sellerPenalty(sentence: string, cue: string, language: Language): boolean {
  return PENALTY_WORD.test(cue) && SELLER_SIDE[language].test(sentence) && !AUTHORITY.test(sentence);
}

// "who/she/he took over the UK business": a person's new post.
const TAKE_OVER = /^(?:took over|take(?:s|n)? over)$/iu;
const PERSON_BEFORE = /(?<![\p{L}])(?:who|she|he)\s+(?:has\s+|had\s+)?$/iu;
// A person told with a "who" aside before the verb is as much a person (round 20): "Jane Roe, who
// previously ran a grocer's seller services, takes over the U.K. business"; the unit may be named
// by an abbreviated place ("the U.K. business").
const PERSON_ASIDE_BEFORE = /(?<![\p{L}])who\s[^,;:.]*(?:\.[^,;:.\s][^,;:.]*)*,\s*$/u;
const UNIT_AFTER = /^\s+(?:the|its|as)\s+(?:[\p{L}.-]+\s+){0,2}?(?:business|operations?|division|unit|arm|role|post|job|helm|reins|chief|head|CEO|boss)(?![\p{L}])/iu;

function roleTakenOver(sentence: string, start: number, end: number, cue: string): boolean {
  if (!TAKE_OVER.test(cue) || !UNIT_AFTER.test(sentence.slice(end, end + 50))) return false;
  return PERSON_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) || PERSON_ASIDE_BEFORE.test(sentence.slice(Math.max(0, start - 120), start));
}

// "freezes their deposits", "froze payments to sellers", "gèle les paiements".
const MONEY_AFTER =
  /^\s+(?:(?:their|its|the|sellers['’]?|merchants['’]?|suppliers['’]?|leurs?|les|ses|hun|de|zijn)\s+)?(?:[\p{L}-]+\s+)?(?:deposits?|payments?|payouts?|funds|money|earnings|wages|salaries|hiring|accounts?|dépôts?|paiements?|versements?|fonds|salaires|embauches|cautions?|betalingen|uitbetalingen|borg(?:sommen)?|tegoeden|lonen)(?![\p{L}])/iu;

function moneyFrozen(sentence: string, end: number, cue: string): boolean {
  return /^(?:fr[oe]|gel)/iu.test(cue) && MONEY_AFTER.test(sentence.slice(end, end + 50));
}
