import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 17, a seventh pass with its own gate (as event-cues-r16.ts):
 * - a service open to shoppers now or since a day ("now available in", "désormais accessible au"), told with the day between: "accessible depuis lundi
 *   au Sénégal", "available since Monday in Kenya", "beschikbaar sinds maandag in Marokko";
 * - a plain infinitive of opening: "doit ouvrir au Mexique", "wil openen in Polen", and in Dutch
 *   the thing opened before it (round 21): "wil volgend jaar een derde magazijn openen";
 * - a company that followed others into a market, the place closing the clause ("volgde in 2022 in
 *   Duitsland.", "followed in 2022 in Germany."), and one active there since a date, the place told before the verb ("is
 *   sinds april ook in België actief");
 * - jobs to be cut told with "te": "kondigde aan 200 banen te schrappen".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const W = "[\\p{L}'’-]+";
// A shop or depot counted or pointed to (an office is no shop): "een tweede distributiecentrum", "drie nieuwe winkels".
const OPENED_NL = `(?:een|zijn|haar|hun|\\d+|twee|drie|vier|vijf|enkele|meerdere|nieuwe) (?:${W} ){0,2}?\\p{L}*(?:winkels?|centr(?:um|a)|magazijnen?|vestigingen?|hubs?|depots?)`;

const R17: Record<Language, Cues> = {
  en: {
    launch: [
      '(?:now|made) available in',
      '(?:available|accessible) (?:since|from) (?:[\\p{L}\\d]+ ){1,2}in(?= (?:the )?\\p{Lu})',
      'followed (?:in|on) (?:\\p{L}+ ){0,2}\\d{4},? (?:in|into)(?= (?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?(?:[,.;]| and |$))',
    ],
  },
  fr: {
    launch: [
      'désormais (?:accessible|disponible) (?:en|au|aux)',
      'rendue? (?:accessible|disponible) (?:en|au|aux)',
      '(?:accessible|disponible)s? depuis (?:[\\p{L}\\d]+ ){1,2}(?:en|au|aux)(?= \\p{Lu})',
      'ouvrir (?:en|au|aux)(?= \\p{Lu})',
    ],
  },
  nl: {
    launch: [
      '(?:beschikbaar|actief) (?:sinds|vanaf) (?:[\\p{L}\\d]+ ){1,2}in(?= (?:de |het )?\\p{Lu})',
      'actief(?<=(?:sinds|vanaf) (?:[\\p{L}\\d]+ ){1,2}(?:ook |al )?in (?:de |het )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)? actief)',
      'volgde (?:in|op) (?:\\p{L}+ ){0,2}\\d{4} in(?= (?:de |het )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*)?(?:[,.;]| en |$))',
      'openen in(?= (?:de |het )?\\p{Lu})',
      // Dutch puts what is opened before the infinitive (round 21): "wil dit jaar een tweede magazijn openen".
      `${OPENED_NL} (?:[\\p{L}\\d'’-]+ ){0,4}?openen`,
    ],
    layoff: ['(?:\\p{L}*banen|jobs|arbeidsplaatsen|functies) te schrappen'],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /available|accessible|followed/i,
  fr: /accessible|disponible|ouvrir/i,
  nl: /beschikbaar|actief|volgde|openen|te schrappen/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_17_CUES: CuePass = cuePass('round 17 pass', R17, GATE);
