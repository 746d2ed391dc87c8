import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 21 (events missed), a pass with its own gate, as event-cues-r20c.ts:
 * - selling taken up again after a stop is a launch: "resumed sales in Kenya", "a repris ses ventes
 *   au Maroc", "hervatte de verkoop in Polen";
 * - a deal signed told without "with" after it, the partner named before: "le transporteur, avec
 *   lequel Shein a signé un accord", "de vervoerder waarmee Temu een overeenkomst heeft gesloten".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const W = "[\\p{L}'’-]+";

const R21: Record<Language, Cues> = {
  en: {
    launch: ['resum(?:e|es|ed|ing) (?:selling|sales|operations|shipping|taking orders)'],
  },
  fr: {
    launch: ['(?:repren(?:d|nent|ait|aient|dra)|(?:a|ont) repris) (?:ses|leurs|les) (?:ventes|activités|livraisons)'],
    partnership: [`(?:a|ont|avait|avaient) (?:signé|conclu|noué|scellé) (?:un|une) (?:${W} )?(?:accord|partenariat|alliance)`],
  },
  nl: {
    launch: ['hervat(?:te|ten)? (?:de|zijn|haar|hun) (?:verkoop|activiteiten|leveringen)'],
    partnership: [`(?:overeenkomst|akkoord|partnerschap) (?:heeft|hebben|had|hadden) (?:gesloten|getekend|ondertekend)`],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /resum/i,
  fr: /repr|signé|conclu|noué|scellé/i,
  nl: /hervat|gesloten|getekend|ondertekend/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_21_CUES: CuePass = cuePass('round 21 pass', R21, GATE);
