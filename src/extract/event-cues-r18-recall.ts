import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 18 (recall), a pass with its own gate, as event-cues-r17.ts:
 * - a change at the top told without "appoint": "takes charge of the devices unit", "whose head
 *   is leaving", "a shake-up at the top", Dutch "heeft een directeur aangesteld";
 * - a court turning down the company's appeal against a rule: "rejected its appeal", "a rejeté
 *   son recours", "verwierp het beroep";
 * - an authority ordering goods off sale, told with the Dutch verb before the infinitive: "heeft
 *   de platforms opgedragen de producten uit de verkoop te halen";
 * - a free membership as an offer: "three months of free Prime", "trois mois offerts", "gratis Prime";
 * - jobs told as already cut in French: "60 postes ont été supprimés";
 * - a contract renewed is a partnership going on: "extended its contract with DHL", "le contrat
 *   avec bpost a été prolongé", "verlengt het contract met PostNL".
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const R18: Record<Language, Cues> = {
  en: {
    leadership: [
      '(?:takes?|took|taking) charge of',
      '(?:head|chief|boss|CEO|president|director)(?: of(?: [\\p{L}-]+){1,3}?)? (?:is|was|will be) (?:leaving|stepping down)',
      '(?:shake-?up|reshuffle) at the top',
      '(?:management|leadership|boardroom|executive) (?:shake-?up|reshuffle)',
    ],
    regulation: ['(?:rejected|dismissed|threw out) (?:its|the|an|their) (?:[\\p{L}-]+ ){0,2}?(?:appeal|challenge)'],
    promotion: ['(?:free|complimentary) (?:Prime|membership|subscription)'],
    partnership: ['(?:extend(?:s|ed)?|renew(?:s|ed)?) (?:its|their|the) (?:[\\p{L}-]+ )?(?:contract|agreement|deal|partnership) with'],
  },
  fr: {
    regulation: ['(?:rejet(?:é|te|ait)|débouté) (?:le|son|leur|l[\'’]|les) ?(?:recours|appel|requête)', 'recours (?:a été |ont été )?rejetés?'],
    promotion: ['(?:mois|semaines) (?:gratuits|offerts)', '(?:Prime|abonnement) (?:gratuit|offert)'],
    layoff: ['(?:postes|emplois) (?:ont été|avaient été|ont déjà été) supprimés'],
    // The cue is the participle, so the partner named after "avec" is the one before it.
    partnership: ["(?:prolongé|renouvelé)(?<=contrat (?:avec|qui (?:lie|unit)) (?:[\\p{L}.'’-]+ ){1,3}(?:(?:vient|viennent) d['’]être|a été|ont été|est) (?:prolongé|renouvelé))", "(?:prolong|renouvel)(?:e|é|ent) (?:son|leur|le) contrat avec"],
  },
  nl: {
    leadership: ['aangesteld', 'aanstelling', 'stelt (?:[\\p{L}-]+ ){1,4}aan(?= als)'],
    regulation: [
      'verw(?:ierp|ierpen|erpt|erpen) (?:[\\p{L}]+ ){0,2}(?:het|zijn|haar|hun) beroep',
      'beroep (?:[\\p{L}]+ ){0,6}(?:verworpen|afgewezen)',
      "(?:opgedragen|gelast|bevolen)(?<=(?:heeft|hebben|had|hadden) (?:[\\p{L}'’]+ ){1,3}(?:opgedragen|gelast|bevolen))(?= (?:[\\p{L}'’]+ ){1,8}te (?:halen|verwijderen|blokkeren|weren|stoppen|staken))",
    ],
    promotion: ['gratis (?:Prime|lidmaatschap|abonnement)'],
    partnership: ['verleng(?:t|de|den|en) (?:zijn|haar|hun|het|de) (?:[\\p{L}-]+ )?(?:contract|overeenkomst|samenwerking) met', 'verlengd(?<=(?:contract|overeenkomst|samenwerking) met (?:[\\p{L}.-]+ ){1,3}(?:is|werd|wordt) verlengd)'],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /charge of|leaving|stepping down|shake|reshuffle|rejected|dismissed|threw out|free (?:prime|member|subscr)|complimentary|extend|renew/i,
  fr: /rejet|débouté|recours|gratuit|offert|supprimés|contrat|prolong|renouvel/i,
  nl: /aangesteld|aanstelling|stelt|beroep|opgedragen|gelast|bevolen|gratis (?:prime|lidm|abon)|verleng/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_18_RECALL_CUES: CuePass = cuePass('round 18 recall pass', R18, GATE);
