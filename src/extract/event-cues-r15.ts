import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 15, a fifth pass with its own gate, as event-cues-r14.ts does. A change at
 * the top told by the person named (see the examples by the leadership cues). And a launch put
 * off is a suspension of the entry, not a launch: "postpones its launch in Spain", "delayed the
 * opening of its Dutch site", "reporte le lancement de sa boutique en Belgique", "le lancement est
 * repoussé", "stelt de lancering in België uit tot 2026", "de start in België is uitgesteld".
 * The cue stands before the launch word it puts off, so that word reads as its object (events.ts,
 * isObjectOfAnother) and the places after it are the suspension's.
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const ENTRY_EN = '(?:launch|opening|rollout|roll-out|entry|debut|arrival|start|expansion)';
const ENTRY_FR = '(?:lancement|ouverture|arrivée|déploiement|entrée|démarrage|implantation|expansion)';
const OWN_EN = '(?:its|the|their|a|his|her)';
const OWN_FR = "(?:(?:son|sa|ses|le|la|les|leur|leurs) |l['’])";

// A person's name: two to four capitalised words ("Marta Lindqvist", "Femke de Wit").
const PERSON = "\\p{Lu}[\\p{L}'’-]+(?: (?:de|van|der|den|von|le|la|du|da|di)){0,2} \\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?";
const POST_EN = '(?:[\\p{L}-]+ ){0,4}?(?:chief|head|CEO|president|vice-president|director|boss|chair|chairman|chairwoman|manager)';
const POST_NL = '(?:\\p{L}*-)?(?:topman|topvrouw|CEO|baas|directeur|voorzitter|bestuursvoorzitter|chef|topbestuurder)';

const R15: Record<Language, Cues> = {
  en: {
    // A change at the top told by the person: "named Jane Doe, previously head of sales, as
    // president of European stores", "names new stores chief", "She replaces John Roe", "took over as CEO".
    leadership: [
      `nam(?:e|es|ed|ing)(?= ${PERSON}[^.;]{0,100}? as (?:its |the )?(?:new )?${POST_EN})`,
      `nam(?:e|es|ed|ing) (?:a )?new ${POST_EN}`,
      `replac(?:es|ed|ing)(?= ${PERSON}(?![\\p{L}]))`,
      `(?:succeeded|replaced) by(?= ${PERSON})`,
      `(?:takes?|took|taking) over as(?= (?:its |the )?(?:new )?${POST_EN})`,
    ],
    suspension: [
      'postpon(?:e|es|ed|ing)',
      `(?:delay(?:s|ed|ing)?|push(?:es|ed|ing)? back|put(?:s|ting)? off) ${OWN_EN} (?:[\\p{L}-]+ ){0,2}?${ENTRY_EN}`,
      `${ENTRY_EN} (?:[\\p{L}-]+ ){0,6}?(?:(?:has|have|had) been|was|were|is|are|will be) (?:postponed|delayed|pushed back|put off)`,
    ],
  },
  fr: {
    // A listing told by its verb: "cherche à s'introduire en Bourse à Londres", "veut entrer en Bourse".
    funding: ["s['’]introduire en Bourse", 'entrer en Bourse'],
    // "Elle remplace Jean Dupont", "prend la tête de la filiale", "quittera ses fonctions", "lui succédera".
    leadership: [
      `remplac(?:e|era|ent|é|ée)(?= ${PERSON}(?![\\p{L}]))`,
      '(?:prend|prendra|a pris|prendre) la (?:tête|direction|présidence)',
      '(?:quitte|quittera|a quitté|quitter) (?:ses|la|son) (?:fonctions|poste|direction|présidence)',
      "succéd(?:era|é|er)",
    ],
    suspension: [
      `(?:report|repouss|décal|diffèr|différ)(?:e|ent|é|ée|er|era|eront)(?= ${OWN_FR}(?:[\\p{L}-]+ )?${ENTRY_FR})`,
      "(?:est|sont|a été|ont été|sera|seront|serait) (?:reporté|repoussé|décalé|différé)e?s?",
      'report (?:du|de son|de sa) (?:[\\p{L}-]+ )?' + ENTRY_FR,
    ],
  },
  nl: {
    // Present since a date, told with the verb last: "Temu, dat sinds april in België actief is".
    launch: ["actief(?<=(?:sinds|vanaf) [^.;,]{1,40} actief)(?= (?:is|zijn|was|waren)(?![\\p{L}]))"],
    funding: ['beursintroductie'],
    // "volgt Jan de Vries op", "wordt opgevolgd door", "Europa-topman Jan Jansen vertrekt".
    leadership: [
      `volg(?:t|de|en|den)(?= (?:[\\p{L}'’-]+ ){2,7}op(?=\\s*(?:[.,;:]|$)))`,
      'opgevolgd',
      `vertrek(?:t|ken)(?<=${POST_NL}(?: \\p{Lu}[\\p{L}'’-]+){1,3} vertrek(?:t|ken))(?!\\s+(?:uit|naar|bij))`,
    ],
    suspension: [
      // "stelt de lancering in België uit tot 2026": the verb, its object, then "uit" at the clause's end or before "tot".
      "stel(?:t|de|den|len)(?= (?:(?!dat )[\\p{L}'’-]+ ){1,10}?uit(?=\\s*(?:[.,;:]|$|tot |naar |en )))",
      'uitgesteld',
      '(?:schuift|schuiven|schoof|schoven) (?:\\p{L}+ ){0,3}?op(?= naar| tot)',
      'opgeschoven',
    ],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /postpon|delay|push|put|nam|replac|succeeded by|over as/i,
  fr: /report|repouss|décal|diffèr|différ|remplac|prend|pris la|quitt|succéd|introduire en|entrer en/i,
  nl: /stel|uitgesteld|schui|schoof|schoven|opgeschoven|volg|vertrek|actief|beursintroductie/i,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_15_CUES: CuePass = cuePass('round 15 pass', R15, GATE);
