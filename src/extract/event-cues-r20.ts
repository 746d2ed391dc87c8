import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 20 (missed events), a pass with its own gate, as event-cues-r19.ts:
 * - a stake bought told by the price paid for it: "paid $1.5 billion for a 75% stake in X",
 *   "a payé 300 millions d'euros pour une participation de 60 % dans X", "betaalde 1 miljard voor
 *   een belang van 75 procent in X";
 * - a shop that starts taking orders, or opens to a country's shoppers: "began accepting orders
 *   from Vietnamese shoppers", "opened to U.S. shoppers", "a commencé à accepter des commandes",
 *   "s'est ouverte aux consommateurs belges", "begon bestellingen aan te nemen", "opende voor
 *   Belgische klanten".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const PEOPLE_EN = '(?:shoppers|customers|consumers|buyers|users)';
const PEOPLE_FR = '(?:consommateurs|clients|acheteurs|utilisateurs|internautes)';
const PEOPLE_NL = '(?:klanten|consumenten|shoppers|kopers|gebruikers)';

const R20: Record<Language, Cues> = {
  en: {
    acquisition: ['pa(?:y|ys|id|ying) (?:[^.;]|\\.(?=\\d)){1,40}? for (?:a|an) (?:\\d{1,3}(?:[.,]\\d+)? ?(?:%|per ?cent) |majority |controlling |minority )?stake'],
    launch: [
      '(?:began|begins|begin|started|starts|start) (?:accepting|taking|shipping|fulfilling) orders',
      `open(?:s|ed)? (?:its (?:doors|shop|store|marketplace) )?to (?:[\\p{L}.]+ )?${PEOPLE_EN}`,
    ],
  },
  fr: {
    acquisition: ['pa(?:yé|ie|ient|yait) (?:[^.;]|\\.(?=\\d)){1,40}? pour (?:une|sa|la) participation'],
    launch: [
      '(?:commencé|commence|commencent) à (?:accepter|prendre|expédier|livrer) (?:des |les |ses )?commandes',
      `(?:ouvert|ouverte|ouvre|ouvrent) (?:ses portes )?aux (?:[\\p{L}.]+ )?${PEOPLE_FR}`,
    ],
  },
  nl: {
    acquisition: ['betaal(?:t|de|den|d) (?:[^.;]|\\.(?=\\d)){1,40}? voor (?:een|het) (?:\\p{L}*belang|aandelenbelang)'],
    launch: [
      '(?:begon|begint|begonnen|startte|start) (?:met )?(?:het )?(?:aannemen|accepteren|verzenden|leveren) van bestellingen',
      '(?:begon|begint|begonnen) (?:\\p{L}+ ){0,2}bestellingen (?:aan te nemen|te accepteren|te leveren|te verzenden)',
      `(?:opende|opent|openden|ging) (?:zijn deuren |haar deuren |open )?voor (?:\\p{L}+ )?${PEOPLE_NL}`,
    ],
  },
};

const GATE: Record<Language, RegExp> = {
  // Each cue's own words, not their stems alone: "open" is in "opened an investigation" and
  // "verkopen", "ouv" in "gouvernement", "ging" in "vereniging".
  en: /stake|orders|open(?:s|ed)? (?:its |to )/i,
  fr: /participation|commandes|ouvr|ouvert/i,
  nl: /belang|bestellingen|opend|opent|ging (?:zijn|haar|open|voor)/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_20_CUES: CuePass = cuePass('round 20 pass', R20, GATE);
