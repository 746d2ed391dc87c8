import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 16, a sixth pass with its own gate (as event-cues-r15.ts):
 * - staff told as affected are a layoff, the closure being told before: "about 250 employees are
 *   affected", "environ 250 salariés sont concernés", "zo'n 250 medewerkers worden getroffen";
 * - money put into a new site is an expansion: "will invest €250m in a new distribution centre",
 *   "investit 200 millions dans un nouvel entrepôt", "investeert 50 miljoen in een nieuw distributiecentrum";
 * - a block of a site named by its owner: "to block the platform's website";
 * - a breach found, and explanations demanded: "concluded that Temu had breached the DSA", "que
 *   Temu avait enfreint le DSA", "dat Temu de DSA heeft overtreden"; "asked TikTok for an
 *   explanation", "a demandé à TikTok des explications", "vroeg TikTok om uitleg".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const STAFF_EN = '(?:employees|workers|staff|jobs|roles|positions)';
const STAFF_FR = '(?:salariés|employés|collaborateurs|emplois|postes)';
const STAFF_NL = '(?:medewerkers|werknemers|personeelsleden|banen|arbeidsplaatsen)';
const SITE_EN = '(?:warehouses?|distribution (?:centre|center|hub)s?|fulfil?ment (?:centre|center)s?|logistics (?:hub|centre|center)s?|hubs?|sorting (?:centre|center)s?)';
const SITE_FR = '(?:entrepôts?|centres? (?:logistiques?|de distribution|de tri)|plateformes? logistiques?|hubs?)';
const SITE_NL = '(?:\\p{L}*magazijn(?:en)?|distributiecentr(?:um|a)|sorteercentr(?:um|a)|logistieke? centr(?:um|a)|hubs?)';

const R16: Record<Language, Cues> = {
  en: {
    layoff: [`${STAFF_EN} (?:are|were|will be|would be) affected`],
    expansion: [`invest(?:s|ed|ing)?(?= [^.;]{0,40}? in (?:a|two|three|several) (?:large |\\p{L}+-)?(?:new|second|third|another) (?:[\\p{L}-]+ )?${SITE_EN})`],
    regulation: [
      "block(?:s|ed|ing)? (?:the |its )?[\\p{L}.-]+['’]s? (?:app|site|website|platform)",
      '(?:had |has |have )?(?:breached|infringed|violated)(?= (?:the )?(?:EU |European )?(?:\\p{Lu}{2,}|Digital|rules|law|regulation))',
      "ask(?:s|ed|ing)? (?:[\\p{L}'’-]+ ){1,3}(?:for (?:an? )?explanations?|to explain)",
    ],
  },
  fr: {
    layoff: [`${STAFF_FR} (?:sont|seront|seraient) concernés`],
    regulation: [
      "(?:avait |a |ont |avaient )?enfreint(?= (?:le |la |les |l['’])?(?:\\p{Lu}{2,}|règlement|règles|loi|législation|droit))",
      "demand(?:é|e|ent|ait) (?:à|aux) (?:[\\p{L}'’-]+ ){1,3}des explications",
    ],
    expansion: [`investi(?:t|ra|r|ssent|ront)(?= [^.;]{0,40}? dans (?:un|une|deux|trois|plusieurs) (?:grand |vaste )?(?:nouvel|nouvelle|nouveaux|nouvelles|nouveau|deuxième|second|seconde|troisième) (?:[\\p{L}-]+ )?${SITE_FR})`],
  },
  nl: {
    layoff: [`${STAFF_NL} (?:zijn|worden|werden) (?:daardoor |hierdoor )?getroffen`],
    regulation: [
      '(?:heeft|hebben|had|hadden) (?:[\\p{L}-]+ ){0,4}overtreden',
      "(?:vroeg|vraagt|vroegen|eiste|eist) (?:[\\p{L}'’-]+ ){1,3}(?:om )?(?:uitleg|opheldering)",
    ],
    expansion: [`investeer(?:t|de|den)?(?= [^.;]{0,40}? in (?:een|twee|drie|meerdere) (?:groot |grote )?(?:nieuwe?|tweede|derde) (?:[\\p{L}-]+ )?${SITE_NL})`],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /affected|invest|block|breached|infringed|violated|explanation|to explain/i,
  fr: /concernés|investi|enfreint|explications/i,
  nl: /getroffen|investeer|overtreden|uitleg|opheldering/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_16_CUES: CuePass = cuePass('round 16 pass', R16, GATE);
