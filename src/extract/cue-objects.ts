import { type EventName, LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * Event cues whose object, or the word around them, says they tell no event (round 11, b):
 * - opening or launching a sales operation, offers or a campaign starts no business in a market,
 *   even with a date between the verb and its object: "a lancé dès le 18 novembre une opération
 *   baptisée ...", "a ouvert ses offres le 21 novembre", "opened its holiday deals",
 *   "opende zijn acties";
 * - "discount" naming a kind of shop, with a word or two between or a plural noun: "the discount
 *   shopping app", "Chinese discount platforms", "discount e-commerce sites" (events.ts catches
 *   the singular right after);
 * - buying shares back, its own or its staff's, buys no company (round 21): "propose de racheter
 *   des actions à ses salariés", "rachète ses propres actions", "koopt aandelen terug van zijn
 *   werknemers", "kocht eigen aandelen in";
 * - discounts a company is said to mislead with are what a probe is about, not a promotion:
 *   "misleidt consumenten met kortingen", "misleads shoppers with discounts", "trompe les
 *   consommateurs avec des réductions".
 */
export function cueObjectMisread(sentence: string, start: number, cue: string, event: EventName, language: Language): boolean {
  const end = start + cue.length;
  if (event === 'launch') {
    const after = sentence.slice(end, end + 70);
    if (OFFER_WORD[language].test(after) && OFFER_OBJECT[language].test(after)) return true;
    const near = after.slice(0, 60);
    return PLAN_WORD[language].test(near) && PLAN_OBJECT[language].test(near);
  }
  if (event === 'acquisition') return OWN_SHARES_WORD[language].test(sentence.slice(end, end + 80)) && OWN_SHARES[language].test(sentence.slice(end, end + 80));
  if (event !== 'promotion') return false;
  if (/^discount/iu.test(cue) && SHOP_NOUN_AFTER.test(sentence.slice(end, end + 40))) return true;
  return MISLEADS_WITH[language].test(sentence.slice(Math.max(0, start - 60), start));
}

// A date or a time word may stand between the verb and what is opened: "dès le 18 novembre",
// "on Monday", "deze week".
const WHEN = String.raw`(?:(?:dès|depuis|le|la|ce|cette|on|this|last|deze|vorige|op|in|en|fin|début|mi|early|late|begin|eind)\s+)*(?:[\p{L}\d]+\s+){0,2}?`;
const OFFER_OBJECT: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^\s+${WHEN}(?:(?:its|their|a|an|the|new|formal)\s+)+["“«]?\s*(?:[\p{L}-]+\s+){0,3}?(?:deals|offers|sales? (?:event|operation)|operation|events?|sale|investigation|probe|inquiry|proceedings|case)(?![\p{L}])`, 'iu'),
  fr: new RegExp(String.raw`^\s+${WHEN}(?:(?:ses|sa|son|leurs?|une?|des|les|la|le|l['’]|nouvelles?|nouveaux?)\s*)+(?:[\p{L}-]+\s+){0,2}?(?:opérations?|offres|campagnes?|soldes|ventes? (?:flash|privées?)|enquêtes?|procédures?|poursuites|instruction)(?![\p{L}])`, 'iu'),
  nl: new RegExp(String.raw`^\s+${WHEN}(?:(?:zijn|haar|hun|een|de|het|nieuwe)\s+)+(?:[\p{L}-]+\s+){0,2}?(?:acties|aanbiedingen|actie|campagne|operatie|onderzoek|procedure|zaak)(?![\p{L}])`, 'iu'),
};

// Plans and projects unveiled are told, not started (round 20c, precision): "one of dozens of
// companies to unveil French projects before the summit", "a dévoilé ses projets pour la France",
// "onthulde zijn plannen voor Nederland", "unveiled its results".
const PLAN_OBJECT: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^\s+${WHEN}(?:(?:its|their|a|an|the|new)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:projects|plans|pledges|investment plans?|results|figures|earnings)(?![\p{L}])`, 'iu'),
  fr: new RegExp(String.raw`^\s+${WHEN}(?:(?:ses|sa|son|leurs?|des|les|de|nouveaux?|nouvelles?)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:projets|plans|engagements|résultats|chiffres)(?![\p{L}])`, 'iu'),
  nl: new RegExp(String.raw`^\s+${WHEN}(?:(?:zijn|haar|hun|de|nieuwe)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:projecten|plannen|toezeggingen|resultaten|cijfers)(?![\p{L}])`, 'iu'),
};

// The objects of OFFER_OBJECT and PLAN_OBJECT as plain words: a text without one holds no such object.
const OFFER_WORD: Record<Language, RegExp> = {
  en: /deal|offer|sale|operation|event|investigation|probe|inquiry|proceeding|case/iu,
  fr: /opération|offres|campagne|soldes|vente|enquête|procédure|poursuites|instruction/iu,
  nl: /actie|aanbieding|campagne|operatie|onderzoek|procedure|zaak/iu,
};
const PLAN_WORD: Record<Language, RegExp> = {
  en: /project|plan|pledge|result|figure|earning/iu,
  fr: /projets|plans|engagements|résultats|chiffres/iu,
  nl: /projecten|plannen|toezeggingen|resultaten|cijfers/iu,
};
for (const l of LANGUAGES) {
  declareGate(`events: offer object (${l})`, OFFER_OBJECT[l], OFFER_WORD[l]);
  declareGate(`events: plan object (${l})`, PLAN_OBJECT[l], PLAN_WORD[l]);
}

// Shares bought with no company named as theirs, or the buyer's own or its staff's.
const OWN_SHARES: Record<Language, RegExp> = {
  en: /^\s+(?:back\s+)?(?:(?:its|their)\s+(?:own\s+)?|some\s+)?(?:shares|stock)\s+(?:back|from\s+(?:its\s+)?(?:staff|employees|workers))(?![\p{L}])/iu,
  fr: /^\s+(?:(?:des|d['’])\s*actions(?!\s+(?:de|du|d['’])\s*\p{Lu})|(?:ses|leurs)\s+(?:propres\s+)?actions|les\s+actions\s+(?:de|détenues\s+par)\s+(?:ses|leurs)\s+(?:salariés|employés|collaborateurs))(?![\p{L}])/iu,
  nl: /^\s+(?:(?:[\p{Ll}\d]+\s+){0,3}?eigen\s+aandelen|(?:\p{Ll}+\s+){0,2}?aandelen\s+(?:[\p{L}\d]+\s+){0,4}?terug(?![\p{L}]))/iu,
};
const OWN_SHARES_WORD: Record<Language, RegExp> = { en: /shares|stock/iu, fr: /actions/iu, nl: /aandelen/iu };
for (const l of LANGUAGES) declareGate(`events: own shares bought (${l})`, OWN_SHARES[l], OWN_SHARES_WORD[l]);

const SHOP_NOUN_AFTER =
  /^[\s-]+(?:[\p{L}-]+\s+){0,2}?(?:stores|shops|apps?|platforms?|retailers?|chains?|marketplaces?|sites|giants?|rivals?|players|platforms|plateformes|enseignes|winkels|ketens|webwinkels?|platformen)(?![\p{L}])/iu;

const MISLEADS_WITH: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:mislead(?:s|ing)?|misled|deceiv(?:es|ed|ing)|trick(?:s|ed|ing)?)\s+(?:[\p{L}-]+\s+){0,3}(?:with|through|by)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  fr: /(?<![\p{L}])(?:tromp(?:e|ent|é|er|erait)|induit en erreur|induisent en erreur|abus(?:e|ent|é))\s+(?:[\p{L}'’-]+\s+){0,3}(?:avec|par)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu,
  nl: /(?<![\p{L}])(?:misleid(?:t|de|den|en)?|bedriegt|bedroog)\s+(?:[\p{L}-]+\s+){0,3}(?:met|door)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
};
