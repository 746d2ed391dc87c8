import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 11 (b), kept apart from event-cues.ts and merged into it:
 * - regulation told by a verb in the present tense or by a rule's coming into force: "ACM
 *   onderzoekt of ...", "Brussel onderzoekt", "un arrêté impose", "la loi est entrée en vigueur",
 *   "the law took effect", "de wet is van kracht", and authorities that demand or order
 *   ("consumentenautoriteiten eisten dat", "les autorités ont exigé", "authorities ordered");
 * - a plan shelved is a suspension, as a plan frozen ("gelé") already is: "a planned launch was shelved";
 * - Dutch verbs split in a main clause: "stelt zijn marktplaats open voor", "ging de marktplaats
 *   open voor", "werkt het platform samen met";
 * - French participles and infinitives of arriving and opening in a place: "Ouverte au Royaume-Uni
 *   en 2021, la boutique...", "pour voir la plateforme arriver en Espagne";
 * - "part à la conquête de", "se lance à la conquête du": setting out to win a market.
 *
 * They are a second pass, not more alternatives of the one cue regex: that regex runs over every
 * sentence, and these cues (several start with a lookbehind or a run of letters) made it about
 * 10% slower. A cheap gate of plain words lets this pass run only on the few sentences that may
 * hold one.
 */
const W = "[\\p{L}'’-]+";

// Round 12 (events): rules told by what an authority does or whom a rule reaches, and states of being open.
// - proceedings opened and information requested are rule actions: "opened formal proceedings
//   against", "une procédure formelle contre", "een procedure tegen"; "a request for information",
//   "une demande d'informations", "een verzoek om informatie";
// - an authority asking app stores or operators to take a shop off or block it: "asked Apple and
//   Google to remove Temu", "a demandé aux opérateurs de bloquer Shein", "vroeg Apple om de app te
//   verwijderen";
// - a company reached by a rule already told: "Temu, également concerné par le texte", "is also
//   covered by the law", "valt ook onder de wet";
// - forced to close is a suspension: "a ban forced it to close in October";
// - a shop said to be open or available in a place, with the verb of being: "le service était déjà
//   ouvert depuis décembre en Espagne", "die sinds deze zomer ook in Duitsland beschikbaar is".
const RULE_ACTS: Record<Language, string[]> = {
  en: [
    '(?:formal )?proceedings (?:against|into)',
    'opened (?:formal )?proceedings',
    'requests? for information',
    '(?:ask(?:s|ed)?|told|order(?:s|ed)?) (?:[\\p{L}]+ ){1,4}to (?:remove|block|delist|take down|suspend|ban)',
    '(?:affected|covered|targeted) by (?:the|this|that|these) (?:new )?(?:law|bill|rules?|measures?|tax|levy|ban|regulation)',
  ],
  fr: [
    "procédures? (?:formelles? )?(?:contre|à l['’]encontre|visant)",
    "demandes? d['’]informations?",
    "demand(?:é|e|ent|ait|aient) (?:à |aux )(?:[\\p{L}'’]+ ){1,4}de (?:retirer|bloquer|supprimer|suspendre|bannir)",
    "concerné(?:e|s|es)? par (?:le |la |l['’]|ce |cette |ces |les )(?:texte|loi|mesure|proposition|projet|réglementation|taxe|enquête|procédure|règles|interdiction)",
  ],
  nl: [
    'procedure (?:tegen|gestart|geopend)',
    'verzoek om informatie',
    "(?:vroeg|vraagt|vroegen|verzocht|verzoekt|gelastte|beval) (?:[\\p{L}'’]+ ){1,6}(?:te )?(?:verwijderen|blokkeren|weren)",
    '(?:getroffen door|valt (?:ook )?onder) (?:de|het|deze|die|dit) (?:nieuwe )?(?:wet|wetsvoorstel|maatregel|regels|heffing|verbod)',
  ],
};
const FORCED_SHUT: Record<'en', string[]> = {
  en: ['(?:forced|ordered|obliged|compelled) (?:it |them |the [\\p{L}]+ )?to (?:close|shut)(?! (?:a|the) (?:gap|deal|loophole))'],
};
const OPEN_STATE: Record<'fr' | 'nl', string[]> = {
  fr: ['(?:est|était|sont|étaient) (?:déjà |aussi |également )?ouverte?s?(?= (?:depuis|en|au|aux|dans)(?![\\p{L}]))'],
  nl: ['(?<!(?:niet|nooit|meer|geen) )beschikbaar(?= (?:is|zijn|was|waren|werd|werden)(?![\\p{L}]))'],
};

const MORE_CUES_B: Record<Language, Cues> = {
  en: {
    regulation: ['(?:took|takes|take|taking) effect', '(?:came|comes|come|coming) into (?:force|effect)', 'enter(?:s|ed)? into force', `(?:authorities|regulators) (?:have )?(?:demanded|ordered)`, ...RULE_ACTS.en],
    suspension: ['shelved', 'shelve[sd]?', 'put on ice', ...FORCED_SHUT.en],
  },
  fr: {
    regulation: ["(?:un|l['’]|cet|le|d['’]un) arrêté", 'entrée? en vigueur', `autorités (?:${W} ){0,2}(?:ont |avaient )?(?:exigé|exigent|exigeaient|ordonné|ordonnent|sommé|somment)`, ...RULE_ACTS.fr],
    launch: ["(?<=^|, )ouvert(?:e|s|es)? (?:en|au|aux|dans)", 'arriver (?:en|au|aux|dans)', ...OPEN_STATE.fr],
    expansion: ["(?:à|a) la conquête (?:de|du|des|d['’])"],
  },
  nl: {
    regulation: ['onderzoekt', 'van kracht', '(?:treedt|trad|treden|traden) (?:[\\p{L}]+ ){0,2}in werking', '\\p{L}*autoriteiten (?:eisen|eisten|eiste|gelasten|gelastten|bevelen|bevalen)', ...RULE_ACTS.nl],
    launch: [`(?:stel(?:t|de|den)|ga(?:at|an)|ging(?:en)?) (?:${W} ){0,4}open(?= (?:voor|in) )`, ...OPEN_STATE.nl],
    partnership: [`werk(?:t|en|te|ten) (?:${W} ){1,3}samen(?= met)`],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /effect|force|authorities|regulators|shelve|on ice|proceedings|for information|to (?:remove|block|delist|take|suspend|ban|close|shut)|(?:affected|covered|targeted) by/i,
  fr: /arrêté|vigueur|autorités|uvert|arriver|conquête|procédure|d['’]information|demand\S* (?:à|aux) |concerné/i,
  nl: /onderzoekt|van kracht|werking|autoriteiten|open (?:voor|in) |samen met|procedure|om informatie|verwijderen|blokkeren|weren|getroffen|valt (?:ook )?onder|beschikbaar/i,
};
/** This pass's cues behind its gate (cue-pass.ts). */
export const MORE_CUES: CuePass = cuePass('second pass', MORE_CUES_B, GATE);
