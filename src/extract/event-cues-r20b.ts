import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 20b (rules aimed at companies), a pass with its own gate, as event-cues-r19.ts:
 * - a rule told by a plain noun that is then said to be aimed at someone named: "a measure aimed
 *   chiefly at Temu and Shein", "a rule widely seen as aimed at Amazon", "a charge that ministers
 *   have linked to Temu" (the names after the aiming word are its targets: targeted-names.ts);
 * - a duty or fee charged on parcels or imports: "a 19% duty on parcels", "a fee on small parcels";
 * - a formal notice: "met Shein en demeure", "une mise en demeure", "ont sommé Shein de";
 * - a demand of authorities told verb first (Dutch inversion): "eisten Europese consumentenautoriteiten";
 * - a breach of a rule: "enfreignait le règlement sur les services numériques", "overtreedt de DSA";
 * - levying told by the verb: "Frankrijk wil 2 euro heffen op pakjes", "heft Mexico 33,5 procent
 *   invoerrecht", and the singular "invoerrecht".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const W = "[\\p{L}'’-]+";

const RULE_NL = '(?:regels|wet|wetgeving|verordening|DSA|DMA|AVG|Digital Services Act)';

const R20B: Record<Language, Cues> = {
  en: {
    regulation: [
      `(?:measures?|rules?|levy|levies|fees?|charges?|dut(?:y|ies)|crackdown|restrictions?|proposals?|bills?)(?=[^,.;:]{0,70}?\\s(?:aimed|targeted|directed|linked|tied|targeting)\\s(?:[\\p{Ll}-]+\\s){0,3}?\\p{Lu})`,
      `(?:dut(?:y|ies)|fees?) on (?:[\\p{L}\\d%-]+ ){0,3}?(?:parcels|packages|shipments|imports)`,
    ],
  },
  fr: {
    regulation: [
      `(?:met|mettent|mis|mise|mettre|mettra|mettait) (?:${W} ){0,3}?en demeure`,
      'mises? en demeure',
      '(?:ont|a|avait|avaient|été) sommée?s?',
      "(?:enfrei\\p{L}*|viol(?:e|ent|ait|aient|é|erait|eraient))(?= (?:le |la |les |l['’])?(?:règlement|règles|loi|droit|législation|DSA|RGPD|DMA)(?![\\p{L}]))",
    ],
  },
  nl: {
    regulation: [
      '(?:eisen|eisten|eiste|eist) (?:[\\p{L}-]+ ){0,2}\\p{L}*(?:autoriteiten|toezichthouders?)',
      'heff(?:en|t|ten|te)',
      'geheven',
      'invoerrecht',
      `(?:overtreedt|overtrad|overtraden|overtreden)(?=(?: [\\p{L}-]+){0,4}? (?:de |het )?(?:Europese )?${RULE_NL}(?![\\p{L}]))`,
      `(?:overtreedt|overtrad|overtraden|overtreden)(?<=${RULE_NL} (?:[\\p{L}-]+ ){0,2}(?:overtreedt|overtrad|overtraden|overtreden))`,
    ],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /aimed|target|directed|linked|tied|dut(?:y|ies) on|fees? on/i,
  fr: /demeure|sommé|enfrei|viol/i,
  nl: /eis|heff|geheven|invoerrecht|overtre|overtrad/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_20B_CUES: CuePass = cuePass('round 20b pass', R20B, GATE);
