import type { Language } from '../domain/vocabulary.js';
import { type Cues, type CuePass, cuePass } from './cue-pass.js';

/**
 * Event cues of round 18, an eighth pass with its own gate (as event-cues-r17.ts), found by a
 * coverage grid of how news outlets tell each event (tests/extract/generalisation-round18-events):
 * - headline verbs: "lands in", "rolls out", "strijkt neer in", "plie bagage", "ferme boutique",
 *   "stapt uit", "snaps up", "met la main sur", "lijft in", "taps ... as chief", "prend la tête de";
 * - infinitives and participles the first lists lack: "va se lancer", "s'apprête à débarquer",
 *   "gaat China verlaten", "va collaborer avec", "a acquis", "gaat ... belasten";
 * - nominal forms: "la nomination de", "de opschorting van", "het vertrek van ... uit", "de benoeming van";
 * - a company bought told by what it is ("buys the British fashion label", "bought by"), money raised
 *   told with figures ("haalt 2 miljard dollar op", "trekt ... aan bij investeerders"), prices and
 *   jobs slashed ("slashes prices", "slashes 300 jobs", "taille dans ses effectifs", "snijdt in het personeel").
 *
 * A word added to a cue here must be in GATE too (tests/extract/gate-soundness checks it).
 */
const FIRM_EN = '(?:company|companies|label|brand|retailer|start-?up|rival|firm|chain|group|platform|marketplace|business|operator|courier|maker|seller|e-?tailer|app)';
const NAME = "\\p{Lu}[\\p{L}'’.-]*";
// A person's name: "Jan de Vries", "Anne-Marie van der Berg", "John Smith".
const PERSON = `${NAME}(?: (?:(?:de|van|der|den|von|le|la|du|di|da) )*${NAME}){0,2}`;
// Words between "buy" and what is bought: not a preposition ("buy from the app", "buy on the platform").
const NOT_PREP = "(?!(?:by|from|on|at|via|through|in|into|for|with|directly|online)(?![\\p{L}]))";

const R18: Record<Language, Cues> = {
  en: {
    launch: ['lands? in(?= (?:the )?\\p{Lu})', 'rolls out', 'enter(?= (?:the )?\\p{Lu})', 'enter the (?:\\p{L}+ )?market'],
    exit: ['leav(?:e|es|ing) the (?:\\p{L}+ )?market', 'left the (?:\\p{L}+ )?market', 'pull(?:s|ed|ing)? the plug on'],
    regulation: ['fines(?= (?:the )?\\p{Lu})', "slap(?:s|ped|ping)? (?:[\\p{L}\\d$€£.,'’-]+ ){0,4}?(?:fines?|bans?|tariffs?|levy|levies|tax(?:es)?|penalt(?:y|ies)) on"],
    acquisition: [
      `(?:buy(?:s|ing)?|bought|snap(?:s|ped|ping)? up) (?:the |a |an |its |rival )?(?:${NOT_PREP}[\\p{L}-]+ ){0,3}${FIRM_EN}(?!['’])`,
      `snap(?:s|ped|ping)? up (?:(?:British|French|Dutch|German|Belgian|Spanish|Italian|Polish|American|Chinese|US|UK|EU) )?(?:[\\p{L}-]+ )?${NAME}`,
    ],
    leadership: [
      `(?:name[sd]?|tap(?:s|ped)) ${PERSON} (?:as )?(?:its |the )?(?:new )?(?:chief|CEO|president|head|boss)`,
      `succeed ${PERSON} as`,
    ],
    promotion: ['(?:slash|cut)(?:es|s|ed|ting)? (?:its |their )?prices'],
    layoff: ["(?:slash|trim)(?:es|ed|s|ming|med)? (?:[\\p{L}\\d.,’'-]+ ){0,3}(?:jobs|roles|positions|workers|staff)"],
  },
  fr: {
    launch: ['lancer(?= (?:en|au|aux|sur) )', 'débarquer(?= (?:en|au|aux|sur) )'],
    exit: ['pli(?:e|ent|é|er) bagage', 'ferm(?:e|ent|é|er) boutique'],
    expansion: ["étend(?:ent|ra|ront|u)? (?:[\\p{L}'’-]+ ){0,4}(?:à|au|aux|en|vers)(?= (?:l['’]|la |le )?\\p{Lu})"],
    regulation: ['sanctionn(?:e|ent)'],
    funding: ['fait son entrée en [Bb]ourse'],
    promotion: ['(?:offre|offrent|offert|offerts) (?:les |ses )?frais de (?:port|livraison)', 'frais de (?:port|livraison) (?:offerts|gratuits)'],
    partnership: ['collabor(?:er|e|ent|é|era|eront) avec', "s['’](?:allient|associent)"],
    acquisition: ['(?:a|ont|avait|avaient) acquis', '(?:met|mettent|mis|mettre|mettra) la main sur'],
    leadership: ['pren(?:d|nent|dra|dre) la tête (?:de|du|des)', 'a pris la tête (?:de|du|des)', 'nominations?', 'succède à'],
    layoff: ['(?:taill(?:e|ent|er|é)|coup(?:e|ent|er|é)|réduit|réduire|réduisent|sabr(?:e|ent|er|é)) (?:dans )?(?:ses |leurs |les )?effectifs'],
  },
  nl: {
    launch: ['strijk(?:t|en) (?:\\p{L}+ ){0,2}neer in', 'streek (?:\\p{L}+ ){0,2}neer in', 'gaat live', 'debuut'],
    expansion: ['(?:komt|komen) (?:\\p{L}+ ){0,2}naar(?= (?:de |het )?\\p{Lu})', '(?:wil|willen) (?:ook |graag |nu |snel )?naar(?= (?:de |het )?\\p{Lu})', `breidt (?:[\\p{L}'’-]+ ){2,4}uit`, `naar ${NAME}(?: ${NAME})? (?:te )?komen`],
    suspension: [`schort (?:[\\p{L}\\d.,'’-]+ ){1,5}op`, 'opschorting', `zet (?:[\\p{L}\\d.,'’-]+ ){1,5}(?:tijdelijk )?stop`],
    exit: [`vertrek (?:van (?:[\\p{L}'’-]+ ){1,3})?uit`, 'verlaten', 'verliet(?:en)?', '(?:stapt|stappen|stapte) uit(?= (?:de |het )?\\p{Lu})'],
    regulation: ["(?:pakjes|pakketjes|pakketten|zendingen|invoer|import|bestellingen|aankopen) (?:[\\p{L}'’-]+ ){0,3}belasten", 'onderzoek(?:t|en)(?= (?:de |het )?\\p{Lu})', '(?:wordt|werd|worden|werden|is|zijn) (?:[\\p{L}-]+ ){0,3}onderzocht'],
    partnership: ['in zee met'],
    acquisition: [`neemt (?!(?:[\\p{L}'’-]+ ){0,3}(?:leiding|stokje|roer|taken|functie|rol|honneurs)(?![\\p{L}]))(?:[\\p{L}\\d'’-]+ ){2,5}over`, `lijf(?:t|en) (?:[\\p{L}'’-]+ ){1,4}in`, `(?:inge)?lijfd`],
    funding: [
      "haal(?:t|de|den) (?:[\\p{L}\\d.,'’-]+ ){1,6}op",
      "(?:miljoen|miljard|geld|kapitaal)(?= (?:[\\p{L}\\d.,'’-]+ ){0,5}opgehaald)",
      "trek(?:t|ken)? (?:[\\p{L}\\d.,'’-]+ ){1,5}aan bij (?:\\p{L}+ )?(?:investeerders|beleggers|financiers)",
    ],
    promotion: ['verlaag(?:t|de|den) (?:\\p{L}+ )?(?:de |zijn |haar |hun )?prijzen'],
    leadership: [`volg(?:t|de) ${PERSON} op als`, 'benoeming', 'tr(?:eedt|ad|aden) (?:[\\p{L}\\d]+ ){1,3}af'],
    layoff: ["(?:komen|komt|kwamen|kwam) (?:[\\p{L}\\d.,’'-]+ ){0,3}op straat te staan", "zet(?:ten)? (?:[\\p{L}\\d.,’'-]+ ){1,4}op straat", "verdwijnen (?:[\\p{L}\\d.,’'-]+ ){0,3}(?:arbeidsplaatsen|jobs|functies)", 'snijdt in (?:het |zijn |haar )?(?:personeel|personeelsbestand)'],
  },
};

const GATE: Record<Language, RegExp> = {
  en: /(?<![\p{L}\p{N}])(?:lands? in|rolls out|enter|leav|left the|pull|fines|slap|buy|bought|snap|list|name|tap|succeed|slash|cut|trim)/iu,
  fr: /lancer|débarquer|bagage|boutique|étend|sanctionn|bourse|frais de|allient|associent|collabor|acquis|la main|la tête|nomination|succède|effectifs/i,
  nl: /neer in|gaat live|kom(?:t|en) |komen|debuut|wil(?:len)? (?:\p{L}+ )?naar|breidt|verliet|treedt|trad|(?<![\p{L}])zet|verdwijnen|schort|opschorting|stop(?![\p{L}])|vertrek|verlaten|stap\p{L}* uit|belasten|onderzoek[te]|onderzocht|in zee|neemt|lijf|haal[td]|opgehaald|aan bij|verlaag|volg(?:t|de) |benoeming|op straat|snijdt/iu,
};

/** This pass's cues behind its gate (cue-pass.ts). */
export const ROUND_18_CUES: CuePass = cuePass('round 18 pass', R18, GATE);
