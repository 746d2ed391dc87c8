import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 20c (moves: launches, expansions, suspensions missed), a pass with its own
 * gate, as event-cues-r19.ts:
 * - a store switched on: "switched on amazon.se", "switches on its Polish webshop";
 * - doors opened in any tense: "opens its doors", "ouvrait ses portes", "ouvrira ses portes";
 * - a site of the network opened that the first pass's list lacks: "will open a delivery station",
 *   "opened its first data-centre region", "opens a sorting centre";
 * - a store had since a date, or started with: "heeft sinds 2020 een eigen webwinkel", "dat sinds
 *   maart een Belgische webwinkel heeft", "has had its own store in Spain since 2021", "startte met
 *   een Belgische webwinkel", "dat in 2022 met een webshop begon";
 * - a first anniversary in a place, which tells the launch a year before: "celebrates its first
 *   anniversary in Spain", "souffle sa première bougie en France", "fête son premier anniversaire",
 *   "viert zijn eerste verjaardag in België";
 * - a service stopped or shut, told in the present or the future: "will stop processing orders",
 *   "to shut in Indonesia", "moest zijn winkel tijdelijk sluiten".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const W = "[\\p{L}'’-]+";
const SHOP_EN = '(?:store|storefront|site|website|webshop|marketplace|shop)';
const SHOP_NL = '(?:webwinkel|webshop|winkel|site|website|marktplaats|marketplace)';
const ORDINAL_EN = '(?:first|second|third|one-year|two-year)';
const ORDINAL_FR = '(?:première|deuxième|troisième)';
const ORDINAL_NL = '(?:eerste|tweede|derde)';

const R20C: Record<Language, Cues> = {
  en: {
    launch: [
      `switch(?:es|ed|ing)? on (?:its |a |an |the )?(?:first |new |own )?(?:[\\p{L}-]+(?:\\.[\\p{L}]{2,})+|(?:${W} )?${SHOP_EN})`,
      'open(?:s|ing)? (?:its|their) doors',
      `open(?:s|ed|ing)? (?:its |a |an |the )?(?:first |new |second |third |fourth |own |largest |biggest )?(?:${W} ){0,2}?(?:delivery stations?|sorting (?:cent(?:re|er)s?|hubs?)|depots?|(?:data[- ]?cent(?:re|er)|cloud) regions?|data[- ]?cent(?:re|er)s?)`,
      `(?:has|have) had (?:a|an|its|their) (?:own )?(?:${W} )?${SHOP_EN}(?= [^.;]{0,40}?since )`,
      `celebrat(?:es|ed|ing) (?:its|their) ${ORDINAL_EN} (?:anniversary|birthday)`,
    ],
    suspension: ['stop(?:s|ping)? (?:processing|selling|operating|taking orders|accepting orders)', '(?:to|will|would) shut(?= in (?:the )?\\p{Lu})'],
  },
  fr: {
    launch: [
      'ouvr(?:e|ent|ait|aient|ira|iront) (?:ses|leurs) portes',
      `souffl(?:e|ent|ait|era) (?:sa|leur) ${ORDINAL_FR} bougie`,
      `(?:fête|fêtent|célèbre|célèbrent) (?:son|leur) (?:premier|deuxième|troisième) anniversaire`,
    ],
  },
  nl: {
    launch: [
      `(?:startte|startten|begon|begonnen|start|begint) met (?:een|zijn|haar|hun) (?:eigen )?(?:${W} )?${SHOP_NL}`,
      `met (?:een|zijn|haar|hun) (?:eigen )?(?:${W} )?${SHOP_NL} (?:startte|startten|begon|begonnen|is gestart|gestart)`,
      `sinds (?:[\\p{L}\\d]+ ){1,3}(?:een|zijn|haar|hun) (?:eigen )?(?:${W} )?${SHOP_NL} (?:heeft|had|hebben|hadden)`,
      `(?:heeft|had|hebben|hadden) sinds (?:[\\p{L}\\d]+ ){1,3}(?:een|zijn|haar|hun) (?:eigen )?(?:${W} )?${SHOP_NL}`,
      `viert (?:zijn|haar|hun|het) ${ORDINAL_NL} (?:verjaardag|jubileum)`,
    ],
    suspension: ['tijdelijk (?:\\p{L}+ )?sluiten'],
  },
};

const GATE: Record<Language, RegExp> = {
  // The things opened, not "open" (in "opened an investigation"), and "had" with its object.
  en: /switch|doors|delivery station|sorting|depot|data[- ]?cent|cloud region|had (?:an?|its|their) |celebrat|stop|shut/i,
  fr: /ouvr|souffl|fête|célèbr/i,
  nl: /start|begon|begin|sinds|viert|sluiten/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_20C_CUES: CuePass = cuePass('round 20c pass', R20C, GATE);
