import type { EventName, Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import { toldInPassing } from './event-doubts-r14.js';
import { ruleNotSuffered } from './rule-not-suffered.js';

/**
 * Event cues that, read with the words around them, tell no event (round 13):
 * - a funding round named to compare a valuation with: "valued at $66bn in its last funding round",
 *   "contre 66 Mds $ lors de sa dernière levée de fonds", "bij de laatste financieringsronde
 *   gewaardeerd op";
 * - a listing or a takeover told as a rumour or a thought: "the rumour of an IPO resurfaces", "is
 *   considering a listing", "la rumeur d'une introduction en Bourse", "overweegt een beursgang";
 * - French "suspendu à" is "hanging on": "le projet reste suspendu au feu vert de Pékin";
 * - "customer acquisition", "l'acquisition de clients": winning buyers, no company bought;
 * - the attention of regulators is no rule: "draws the attention of regulators", "trekt de aandacht
 *   van toezichthouders";
 * - a launch, an exit or a listing the press tells of ("des informations de presse évoquant
 *   l'ouverture d'un entrepôt", "media reports of a launch");
 * - a cue after "no", "aucun", "geen" ("aucun lancement n'est prévu"), a cue in an analyst's list of
 *   risks ("Risks: a longer tariff standoff"), a fee waived that reads like a customs exemption
 *   ("l'exonération de commission pendant 90 jours");
 * - an offer or a rule that is denied a few words before: "is not running a Black Friday sale",
 *   "ne participe pas officiellement aux soldes", "are not covered by the law", "is niet bij dit
 *   onderzoek betrokken", "have not announced any job cuts".
 */
export function doubtfulCue(sentence: string, start: number, cue: string, event: EventName, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if ((mayBeAnnouncing(before) && NOT_ANNOUNCED.test(before)) || (mayBeNone(before) && NONE_BEFORE.test(before)) || riskListed(sentence.slice(0, 30)) || toldInPassing(sentence, start, cue, event, language)) return true;
  if ((event === 'launch' || event === 'expansion' || event === 'exit' || event === 'funding') && citesPress(sentence) && PRESS_SAYS.test(sentence)) return true;
  switch (event) {
    case 'funding':
      return (PAST_ROUND.test(before) && VALUED.test(sentence)) || RUMOURED.test(sentence);
    case 'acquisition':
      return RUMOURED.test(sentence) || WINS_BUYERS_BEFORE.test(before) || WINS_BUYERS_AFTER.test(sentence.slice(start + cue.length, start + cue.length + 30));
    case 'suspension':
      return language === 'fr' && /^suspendu/iu.test(cue) && (HANGS_ON.test(sentence.slice(start + cue.length, start + cue.length + 40)) || HUNG_ON.test(sentence.slice(start + cue.length, start + cue.length + 20)));
    case 'promotion':
      return OFFER_DENIED.test(clauseBefore(before));
    case 'regulation':
      return ruleNotSuffered(sentence, start, cue, language) || REGULATORS_NOTICE.test(before) || RULE_DENIED[language].test(before) || FEE_WAIVED.test(`${cue}${sentence.slice(start + cue.length, start + cue.length + 30)}`);
    default:
      return false;
  }
}

// Back to the last comma, so "Shein, which does not sell in India, offers discounts" keeps its offer.
const clauseBefore = (before: string): string => before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);

// Plain word parts each pattern below needs, checked first (most cues have none of them before).
const ANNOUNCING = ['nnounc', 'lann', 'onfirm', 'nnonc', 'révu', 'ekondigd', 'epland', 'evestigd'];
const mayBeAnnouncing = (s: string): boolean => ANNOUNCING.some((w) => s.includes(w));
const mayBeNone = (s: string): boolean => s.includes('no') || s.includes('aucun') || s.includes('geen') || s.includes('No') || s.includes('Aucun') || s.includes('Geen');
const mayListRisks = (head: string): boolean => head.includes('isk') || head.includes('isque') || head.includes('isico');
const riskListed = (head: string): boolean => mayListRisks(head) && RISKS_LISTED.test(head);

const NOT_ANNOUNCED =
  /(?<![\p{L}])(?:not|n['’]t|never|pas|jamais|niet|nooit)\s+(?:yet\s+|encore\s+|nog\s+)?(?:announced|planned|planning|confirmed|annoncé|prévu|confirmé|aangekondigd|gepland|bevestigd)\s+(?:any\s+|de\s+|d['’]|des\s+|geen\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

// "nous n'attendons aucun lancement en France", "no new layoffs are planned", "geen nieuwe markten".
const NONE_BEFORE = /(?<![\p{L}])(?:aucune?|no|geen)\s+(?:(?:new|further|other|nouvelle|nouveaux|nouvel|autre|nieuwe|andere)\s+)?$/iu;
// An analyst's list of risks tells what may happen: "Risks: a longer tariff standoff", "Risques : ...".
const RISKS_LISTED = /^\s*(?:(?:key|main|downside|principaux)\s+)?(?:risks?|risques?|risico['’]?s)\s*(?::|–|—|include)/iu;
// A fee waived by a shop is no customs exemption: "l'exonération de commission pendant 90 jours".
const FEE_WAIVED = /^(?:exonération|exemption|vrijstelling)\s+(?:de|from|of|van)\s+(?:(?:la|les|the|de)\s+)?(?:commissions?|frais|fees?|commissie|kosten)(?![\p{L}])/iu;

// What the press says a company will do, told beside the company's answer: "interrogée sur des
// informations de presse évoquant l'ouverture d'un entrepôt", "le lancement, évoqué par la presse",
// "press reports of a launch", "berichten in de media over een opening".
const PRESS_SAYS =
  /(?<![\p{L}])(?:(?:informations?|articles?|rumeurs?|échos?) (?:de|dans) (?:la )?presse|évoquée?s? (?:par|dans) (?:la presse|les médias)|(?:press|media) reports|mediaberichten|berichten (?:in de (?:media|pers)|dat|over)|volgens (?:de )?media|noemt (?:het|de) \p{L}+ (?:speculatie|geruchten))(?![\p{L}])/iu;

// The plain word parts PRESS_SAYS needs, checked first: "presse", "press", "médias", "media", "berichten", "noemt".
const citesPress = (s: string): boolean => s.includes('ress') || s.includes('édias') || s.includes('edia') || s.includes('ericht') || s.includes('noemt');
declareGate('events: the press says', PRESS_SAYS, citesPress);

declareGate('events: not announced', NOT_ANNOUNCED, mayBeAnnouncing);
declareGate('events: none before', NONE_BEFORE, mayBeNone);
declareGate('events: risks listed', RISKS_LISTED, mayListRisks);

const PAST_ROUND = /(?<![\p{L}])(?:last|previous|prior|dernière|précédente|laatste|vorige)\s+(?:[\p{L}-]+\s+){0,1}$/iu;
const VALUED = /(?<![\p{L}])(?:valu(?:e|ed|ation|es|ing)|valoris\p{L}*|gewaardeerd|waardering|waardeert)(?![\p{L}])/iu;
const RUMOURED =
  /(?<![\p{L}])(?:rumou?rs?|rumeurs?|geruchten?|speculation|spéculations?|speculaties?|considering|weighing|envisagerait|envisageraient|overweegt|overwegen)(?![\p{L}])/iu;

// "reste suspendu à la vente forcée": any "suspendu à" but a start date ("à partir de lundi") hangs on something.
const HUNG_ON = /^\s+(?:à|au|aux)\s+(?!partir|compter|titre|nouvel|la demande|l['’]issue)/iu;
const HANGS_ON = /^\s+(?:à|au|aux)\s+(?:(?:la|l['’]|le|un|une)\s*)?(?:feu vert|accord|aval|décision|approbation|validation|verdict|résultat|issue|réponse|feu)/iu;

const WINS_BUYERS_BEFORE = /(?<![\p{L}])(?:customer|customers|user|users|client|shopper|seller|talent)[-\s]+$/iu;
const WINS_BUYERS_AFTER = /^\s+(?:de\s+|d['’])(?:nouveaux\s+)?(?:clients|utilisateurs|consommateurs|vendeurs)(?![\p{L}])/iu;

const REGULATORS_NOTICE = /(?<![\p{L}])(?:attention|aandacht|radar)\s+(?:of|van|des|de)\s+(?:the\s+|de\s+|la\s+)?(?:[\p{L}-]+\s+)?$/iu;

const OFFER_DENIED = /(?<![\p{L}])(?:not|n['’]t|never|pas|jamais|niet|nooit)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

const RULE_DENIED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:not|never)\s+(?:yet\s+)?(?:covered|affected|targeted|hit|concerned|included)\s+by\s+(?:the\s+|this\s+|that\s+|these\s+|any\s+)?(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])(?:pas|jamais)\s+(?:[\p{L}]+\s+)?(?:concernée?s?|visée?s?|touchée?s?)\s+par\s+(?:le\s+|la\s+|l['’]|ce\s+|cette\s+|ces\s+|les\s+)?(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:niet|geen)\s+(?:(?:getroffen|geraakt)\s+door|(?:bij|onder|in)|deel\s+van)\s+(?:dit|het|deze|de|die|dat)\s+(?:[\p{L}-]+\s+)?$/iu,
};

/**
 * Whether a launch cue starts an offer or a rule, not a business: "launched its Black Friday
 * deals", "lance ses Black Friday Deals", "start zijn Black Friday-actie", "opende vorig jaar een
 * formele procedure tegen Temu". The cue of the offer or rule follows a few words on, with no
 * comma or place word between.
 */
export function launchesAnotherCue(cue: { event: EventName; end: number }, all: ReadonlyArray<{ event: EventName; start: number }>, sentence: string): boolean {
  if (cue.event !== 'launch' && cue.event !== 'expansion') return false;
  const next = all.find((o) => o.start >= cue.end);
  if (!next) return false;
  const gap = sentence.slice(cue.end, next.start);
  if (next.event === 'promotion') return OWN_THING.test(gap);
  return next.event === 'regulation' && gap.length <= 45 && !/[,;:]/u.test(gap) && !PLACE_WORD.test(gap);
}

const OWN_THING =
  /^\s+(?:(?:its|their|a|an|the|new|first|own|annual|yearly|zijn|haar|hun|een|de|het|nieuwe|eerste|jaarlijkse|ses|son|sa|leur|leurs|une?|la|le|les|l['’]|nouvelles?|nouveaux?|nouvel|premières?|premiers?)\s*)*$/iu;
const PLACE_WORD = /(?:^|\s)(?:in|en|au|aux|dans|to|naar)\s/iu;
