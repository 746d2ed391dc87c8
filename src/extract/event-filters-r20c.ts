import type { Language } from '../domain/vocabulary.js';
import type { EventCue } from './events.js';
import type { Mention } from './companies.js';

/**
 * Round 20c (moves told falsely): cues of a launch, an expansion, a suspension or an exit that,
 * read with the words around them, tell no move of the company.
 *
 * - a government or an authority is the subject, and no company is named: "Le gouvernement
 *   singapourien, qui avait gelé les nouveaux centres de données", "The city council halted new
 *   permits", "De regering schortte de vergunningen op": the state's own act, not the company's;
 * - other businesses counted as a group are the subject, and no company is named (round 21):
 *   "Plusieurs marques ont annoncé quitter le grand magasin", "Several sellers left the platform";
 * - plans or projects unveiled are no launch: "unveiled French projects before the summit",
 *   "dévoile ses projets", "onthult zijn plannen";
 * - a move judged, with no place of its own: "a bumpy launch left it short of targets", "its
 *   expansion has not always gone smoothly", "un lancement laborieux", "de moeizame uitrol":
 *   an opinion on a past move told as background, not an event.
 */
export function withoutOthersMoves(cues: EventCue[], sentence: string, language: Language, mentions: readonly Mention[]): EventCue[] {
  if (!cues.some((c) => MOVES.has(c.event))) return cues;
  const named = mentions.some((m) => m.competitor !== null);
  const stateSubject = !named && (STATE_SUBJECT[language].test(sentence) || OTHERS_SUBJECT[language].test(sentence));
  return cues.filter((c) => {
    if (!MOVES.has(c.event)) return true;
    if (stateSubject) return false;
    const cue = sentence.slice(c.start, c.end);
    if (c.event === 'launch' && UNVEIL.test(cue) && PLANS_AFTER.test(sentence.slice(c.end, c.end + 50))) return false;
    return !(c.markets.length === 0 && MOVE_NOUN.test(cue) && judgedMove(sentence, c.start, c.end, language));
  });
}

const MOVES: ReadonlySet<string> = new Set(['launch', 'expansion', 'suspension', 'exit']);

const STATE_SUBJECT: Record<Language, RegExp> = {
  en: /^\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:government|authorities|ministry|regulators?|city council|council|state)(?![\p{L}])/iu,
  fr: /^\s*(?:le|la|les|l['’])\s*(?:gouvernement|autorités|ministère|régulateur|municipalité|mairie|état|État)(?![\p{L}])/iu,
  nl: /^\s*(?:de|het)\s+(?:[\p{L}-]+\s+)?(?:regering|overheid|kabinet|ministerie|gemeente|toezichthouder|autoriteiten)(?![\p{L}])/iu,
};

// Other businesses counted as a group (round 21): "Plusieurs marques, dont X, ont annoncé quitter le
// grand magasin", "Several brands pulled out of the store", "Verschillende merken vertrekken uit het warenhuis".
const OTHERS_SUBJECT: Record<Language, RegExp> = {
  en: /^\s*(?:several|many|some|numerous|dozens of|hundreds of|a (?:number|handful) of|a few|other)\s+(?:[\p{L}-]+\s+)?(?:brands|sellers|merchants|retailers|shops|stores|suppliers|vendors|designers|labels|tenants)(?![\p{L}])/iu,
  fr: /^\s*(?:plusieurs|de nombreu(?:x|ses)|certaine?s|des dizaines d['’]|des centaines d['’]|d['’]autres|quelques)\s*(?:[\p{L}-]+\s+)?(?:marques|vendeurs|commerçants|enseignes|boutiques|magasins|fournisseurs|créateurs|distributeurs|griffes)(?![\p{L}])/iu,
  nl: /^\s*(?:verschillende|meerdere|veel|tientallen|honderden|diverse|enkele|andere)\s+(?:[\p{L}-]+\s+)?(?:merken|verkopers|winkeliers|winkels|leveranciers|handelaren|ontwerpers|huurders)(?![\p{L}])/iu,
};

const UNVEIL = /^(?:unveil|dévoil|onthul)/iu;
const PLANS_AFTER =
  /^\s+(?:(?:its|their|new|a|an|the|ses|son|sa|leurs?|de|des|les|nouveaux|zijn|haar|hun|nieuwe|de|het)\s+)*(?:[\p{L}-]+\s+)?(?:projects?|plans?|investments?|figures|results|strategy|proposals?|projets?|investissements?|résultats|stratégie|plannen|projecten|investeringen|cijfers|resultaten|strategie)(?![\p{L}])/iu;

const MOVE_NOUN = /^(?:expansion|launch|roll-?out|lancement|déploiement|expansie|lancering|uitrol|uitbreiding)$/iu;

// An opinion of the move's course right before the noun, or told of it right after.
const JUDGED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:bumpy|rocky|troubled|botched|difficult|disappointing|chaotic|slow|failed|shaky|painful)\s+$/iu,
  // French puts the adjective after the noun: "un lancement laborieux".
  fr: /^\s+(?:difficile|laborieux|chaotique|raté|poussif|décevant)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:moeizame|stroeve|rommelige|mislukte|trage|teleurstellende|chaotische)\s+$/iu,
};
const JUDGED_AFTER: Record<Language, RegExp> = {
  en: /^\s+(?:has|have|had)\s+(?:not\s+|never\s+)?(?:always\s+)?(?:gone|been|run|proved)\s+(?:smooth(?:ly)?|easy|plain sailing|a success|without)/iu,
  fr: /^\s+(?:ne\s+s['’]est\s+pas|n['’]a\s+pas)\s+(?:toujours\s+)?(?:déroulé|été)\s+(?:sans|facile|simple)/iu,
  nl: /^\s+(?:is|verliep|ging)\s+(?:niet\s+)?(?:altijd\s+)?(?:niet\s+)?(?:soepel|vlekkeloos|zonder\s+slag|makkelijk)/iu,
};

function judgedMove(sentence: string, start: number, end: number, language: Language): boolean {
  const after = sentence.slice(end, end + 50);
  const opinion = language === 'fr' ? after : sentence.slice(Math.max(0, start - 20), start);
  return JUDGED_BEFORE[language].test(opinion) || JUDGED_AFTER[language].test(after);
}
