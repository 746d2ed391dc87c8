import type { EventName, Language } from '../domain/vocabulary.js';
import { type CompiledCues, compile } from './event-cues.js';

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
type Cues = Partial<Record<EventName, string[]>>;

const MORE_CUES_B: Record<Language, Cues> = {
  en: {
    regulation: ['(?:took|takes|take|taking) effect', '(?:came|comes|come|coming) into (?:force|effect)', 'enter(?:s|ed)? into force', `(?:authorities|regulators) (?:have )?(?:demanded|ordered)`],
    suspension: ['shelved', 'shelve[sd]?', 'put on ice'],
  },
  fr: {
    regulation: ["(?:un|l['’]|cet|le|d['’]un) arrêté", 'entrée? en vigueur', `autorités (?:${W} ){0,2}(?:ont |avaient )?(?:exigé|exigent|exigeaient|ordonné|ordonnent|sommé|somment)`],
    launch: ["(?<=^|, )ouvert(?:e|s|es)? (?:en|au|aux|dans)", 'arriver (?:en|au|aux|dans)'],
    expansion: ["(?:à|a) la conquête (?:de|du|des|d['’])"],
  },
  nl: {
    regulation: ['onderzoekt', 'van kracht', '(?:treedt|trad|treden|traden) (?:[\\p{L}]+ ){0,2}in werking', '\\p{L}*autoriteiten (?:eisen|eisten|eiste|gelasten|gelastten|bevelen|bevalen)'],
    launch: [`(?:stel(?:t|de|den)|ga(?:at|an)|ging(?:en)?) (?:${W} ){0,4}open(?= (?:voor|in) )`],
    partnership: [`werk(?:t|en|te|ten) (?:${W} ){1,3}samen(?= met)`],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /effect|force|authorities|regulators|shelve|on ice/i,
  fr: /arrêté|vigueur|autorités|uvert|arriver|conquête/i,
  nl: /onderzoekt|van kracht|werking|autoriteiten|open (?:voor|in) |samen met/i,
};
const COMPILED: Record<Language, CompiledCues> = { en: compile(MORE_CUES_B.en), fr: compile(MORE_CUES_B.fr), nl: compile(MORE_CUES_B.nl) };

/** The cues of this pass, if the sentence may hold one (else null: the regex is not run). */
export function moreCues(sentence: string, language: Language): CompiledCues | null {
  return GATE[language].test(sentence) ? COMPILED[language] : null;
}

/** Whether the sentence holds a cue of this pass. */
export function holdsMoreCue(sentence: string, language: Language): boolean {
  if (!GATE[language].test(sentence)) return false;
  const { gate } = COMPILED[language];
  gate.lastIndex = 0;
  const found = gate.test(sentence);
  gate.lastIndex = 0;
  return found;
}
