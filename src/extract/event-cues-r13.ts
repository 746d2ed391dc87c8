import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 13 (events), a third pass with its own gate, as event-cues-more.ts does:
 * - promotions told by the name of a sale or its terms: "Singles Day" and "coupons" in French and
 *   Dutch, "Prime Big Deal Days", a quoted sale's name ("its "Deals for You Days" sale"), "30% off",
 *   "slashed prices", "half price", "prix cassés", "bons d'achat", "retours gratuits",
 *   "waardebonnen", "gratis retourneren", "prijsverlagingen";
 * - rules told by a penalty, a charge settled, a bill passed, a summons or a court seized: "hit with
 *   a £3m penalty", "ordered to pay", "settle FTC charges", "passed the bill", "summoned Shein's
 *   executives", "une pénalité", "a saisi la justice", "mise en demeure", "Temu, également visé par
 *   le texte", "beboet", "last onder dwangsom", "verbood", "verbant", "aangemerkt als".
 *
 * Kept apart from the first pass's regex, which runs over every sentence: this pass runs only on the
 * sentences the plain words of GATE find. A word added to a cue here must be in GATE too.
 */

const R13: Record<Language, Cues> = {
  en: {
    promotion: [
      '(?:Big |Great |Mega )?Deal Days',
      'deals? for [\\p{L}]+ days',
      '["“][^"“”]{2,40}["”] (?:sales?|sales? events?|shopping event)',
      '(?:up to )?\\d{1,2}(?:[.,]\\d+)? ?(?:%|per ?cent) off',
      'half[- ]price',
      'slash(?:es|ed|ing)? (?:its |their )?prices',
      '(?:Double|double) (?:11|Eleven)',
      '11\\.11',
      'shopping festival',
    ],
    regulation: [
      'penalt(?:y|ies)',
      'ordered to pay',
      '(?:settle[sd]?|settling) (?:[\\p{L}]+ ){0,3}(?:charges|allegations|claims)',
      '(?:passed|approved|adopted|voted through|backed) (?:the |a |its )?(?:[\\p{L}-]+ ){0,2}bill',
      'summon(?:s|ed)',
    ],
  },
  fr: {
    promotion: [
      "Singles[’']? Day",
      'Cyber Monday',
      'Prime Day',
      'French Days',
      'coupons?',
      "bons? d['’]achat",
      'prix cassés',
      'cass(?:e|ent|é|ait) (?:les|ses|leurs) prix',
      'retours? gratuits?',
      'offres? promotionnelles?',
      // The sales day's own name is the same in every language (round 21): "son opération 11.11".
      '11\\.11(?![.,]?\\d)',
    ],
    regulation: [
      'pénalités?',
      '(?:saisi|saisit|saisir) (?:la justice|le tribunal|les tribunaux)',
      '(?:assigné|assignée|assigne) en justice',
      'mise? en demeure',
      "visée?s? par (?:le |la |l['’]|ce |cette |ces |les )(?:texte|loi|mesure|proposition|projet|réglementation|taxe|enquête|procédure|règles|interdiction)",
    ],
  },
  nl: {
    promotion: ["Singles[’']? Day", 'Cyber Monday', 'Prime Day', 'coupons?', '(?:waarde|tegoed|kortings)bon(?:nen|s)?', 'gratis (?:retourneren|retour(?:neren)?)', 'prijsverlaging(?:en)?', '11\\.11(?![.,]?\\d)'],
    regulation: ['beboet', '(?:last onder )?dwangsom', 'verbood', 'verban(?:t|nen|de|den)', 'aangemerkt als', 'strafboete'],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /deal days|deals? for|["”] (?:sale|shopping)|(?:%|cent) off|half|slash|double|11\.11|festival|penalt|to pay|settl|bill(?!ion)|summon/i,
  fr: /singles|cyber|prime day|french days|coupon|bons? d|prix|retours? gratuit|promotionnel|pénalit|saisi|assign|demeure|visé|11\.11/i,
  nl: /singles|cyber|prime day|coupon|bon(?:nen|s)?(?![\p{L}])|retour|prijsverlaging|beboet|dwangsom|verbo|verban|aangemerkt|strafboete|11\.11/iu,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_13_CUES: CuePass = cuePass('round 13 pass', R13, GATE);
