import type { EventName, Language } from '../domain/vocabulary.js';
import type { MarketHit } from './markets.js';

/**
 * Event cue words read in a sense that tells no event of the company:
 * - discounts called fake are what a rule is about, not a promotion ("fake discounts", "des
 *   réductions fictives", "misleidende kortingen"), and so are discounts made to look bigger;
 * - shoppers buying at a shop is no takeover ("kocht iets bij Temu", "Belgen kochten er kleding",
 *   "heb je iets gekocht", "een cadeau bij Temu gekocht");
 * - closing a deal is no closure ("sluit een overeenkomst met PostNL", "sluit zich aan bij", "sluit
 *   niet uit");
 * - data transfers halted are a rule's remedy, not a shop suspended ("suspend such transfers");
 * - a service not yet available was never suspended ("is nog niet beschikbaar in België");
 * - visitors arriving on a site are no launch ("dès leur arrivée sur le site"), and being present in
 *   a number of markets, or in a place with no time the presence began, is reach, not a launch
 *   ("available in more than 90 markets", "Temu, présent au Chili, ...");
 * - a study cited as the source of a percentage is no investigation ("according to the survey, 18%");
 * - a trade agreement between states is no partnership ("no trade agreement with Mexico");
 * - a listing only weighed is no funding ("weighs a possible listing", "une éventuelle
 *   introduction en Bourse", "een mogelijke beursgang").
 */
export function misreadCue(sentence: string, start: number, cue: string, event: EventName, language: Language): boolean {
  const end = start + cue.length;
  const before = (n: number): string => sentence.slice(Math.max(0, start - n), start);
  const after = (n: number): string => sentence.slice(end, end + n);
  switch (event) {
    case 'promotion':
      return FAKE_BEFORE[language].test(before(40)) || FAKE_AFTER[language].test(after(25)) || seemingDiscount(sentence, start, end);
    case 'acquisition':
      return language === 'nl' && BUY_VERB_NL.test(cue) && (SHOPPING_AFTER_NL.test(after(60)) || SHOPPER_BEFORE_NL.test(clauseBefore(sentence, start)) || AT_A_SHOP_NL.test(clauseBefore(sentence, start)));
    case 'suspension':
      // "ordered it to suspend such transfers", "suspendre les transferts de données", "de
      // doorgifte van gegevens opschorten": data flows halted are a rule's remedy, not a shop closed.
      if (DATA_FLOW_AFTER.test(after(40)) || (before(40).includes('gegevens') || before(40).includes('doorgifte')) && DATA_FLOW_BEFORE.test(before(40))) return true;
      if (language !== 'nl') return false;
      if (/^sluit$/iu.test(cue)) return DEAL_AFTER_NL.test(after(60));
      return /^niet\s+(?!meer)/iu.test(cue) && /(?<![\p{L}])nog(?:\s+(?:altijd|steeds))?\s+$/iu.test(before(20));
    case 'launch':
      if (PRESENCE.test(cue) && (COUNTED_MARKETS.test(after(60)) || !ENTRY_TIME.test(`${before(70)} ${after(50)}`))) return true;
      return language === 'fr' && /^arrivée$/iu.test(cue) && ON_A_SITE_FR.test(after(40));
    case 'expansion':
      return language === 'fr' && /^arrivée$/iu.test(cue) && ON_A_SITE_FR.test(after(40));
    case 'regulation':
      // "Bol heeft volgens het onderzoek een marktaandeel van 18 procent": a study told as the source
      // of a percentage is no investigation.
      return STUDY_CUE.test(cue) && SOURCE_BEFORE[language].test(before(30)) && PERCENT.test(sentence) && !RULE_WORDS.test(sentence);
    case 'funding':
      return MAYBE_BEFORE[language].test(before(30));
    case 'partnership':
      // "countries that have no trade agreement with Mexico", "a trade deal with the UK": a pact
      // between states is no company's partnership (round 20).
      return language === 'en' && TRADE_PACT.test(`${before(20)}${cue}`);
    default:
      return false;
  }
}

const TRADE_PACT = /(?<![\p{L}])(?:trade|free-trade|tariff|customs|tax)\s+(?:agreements?|deals?|pacts?|treat(?:y|ies))(?![\p{L}])/iu;

/** Whether a place is named as where someone worked before ("previously head of ... in Southeast Asia"): no market of a new appointment. */
export function formerPost(sentence: string, m: MarketHit): boolean {
  const clause = sentence.slice(Math.max(0, m.start - 80), m.start).split(/[,;:()]/u).pop() ?? '';
  return FORMER.test(clause);
}

// "it is available in more than 90 markets", "présente dans 60 pays", "actief in 30 landen": a
// count of the markets a company is in describes its reach, not a launch anywhere.
const PRESENCE = /^(?:available in|active in|operates in|present in|disponible|active|actif|présente?|actief in|beschikbaar in)/iu;
const COUNTED_MARKETS =
  /^\s*(?:(?:en|au|aux|dans)\s+)?(?:(?:more than|over|some|nearly|about|around|plus de|près de|environ|quelque|ruim|meer dan|bijna|zo['’]n|circa)\s+)?\d[\d.,\s\u00A0]*\s+(?:[\p{L}-]+\s+)?(?:markets|countries|pays|marchés|landen|markten)(?![\p{L}])/iu;

// Being in a place tells an entry only with the time it began: "is now available in Spain",
// "disponible depuis lundi en Belgique", "sinds april actief in Nederland", "present in Peru since
// 2023". Without one it is reach: "Temu, present in Chile and Peru, ...", "actif au Maroc".
const ENTRY_TIME =
  /(?<![\p{L}])(?:now|today|since|as of|from|désormais|dorénavant|maintenant|aujourd['’]hui|depuis|dès|à partir|nu|sinds|vanaf|voortaan|inmiddels|sinds kort)(?![\p{L}])|(?<!\d)(?:19|20)\d{2}(?!\d)/iu;

const DATA_FLOW_AFTER = /^\s+(?:(?:such|the|these|its|all|those|les|ces|ses|de|het|deze)\s+)?(?:(?:data|personal data)\s+)?(?:transfers|data flows|flows of data|transferts|flux de données|doorgifte|gegevensstromen)(?![\p{L}])/iu;
const DATA_FLOW_BEFORE = /(?<![\p{L}])(?:doorgifte|gegevensdoorgifte|gegevensstromen)(?:\s+[\p{L}]+){0,3}\s+$/iu;

const clauseBefore = (sentence: string, start: number): string => sentence.slice(Math.max(0, start - 80), start).split(/[,;:]/u).pop() ?? '';

// Discounts made to look bigger by raising prices first are what a rule is about: "raised prices
// just before the sales, so the discount looked bigger", "des prix relevés juste avant les soldes",
// "prijzen vlak voor acties verhoogde, zodat de korting groter leek".
const PRICES_BEFORE_SALE = /(?<![\p{L}])(?:prices|prix|prijzen)\s+(?:[\p{L}]+\s+){0,3}?(?:just |shortly |juste |vlak |kort )?(?:before|avant|voor)\s+(?:the\s+|les\s+|des\s+|de\s+)?$/iu;
const SEEMED_BIGGER = /(?<![\p{L}])(?:(?:seemed|looked|appeared|seem|look|appear)\s+(?:bigger|larger|greater|deeper)|(?:semblait|paraissait|semblent|paraissent|sembler|paraître)\s+plus\s+(?:grande?s?|importante?s?|fortes?)|(?:groter|hoger)\s+(?:leek|leken|lijkt|lijken|leek dan)|(?:leek|leken|lijkt|lijken)\s+(?:groter|hoger))(?![\p{L}])/iu;
const SEEM_STEMS = ['seem', 'look', 'appear', 'sembl', 'parai', 'leek', 'leken', 'lijk'];
function seemingDiscount(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (/pri[cx]|prijz/iu.test(before) && PRICES_BEFORE_SALE.test(before)) return true;
  const around = sentence.slice(Math.max(0, start - 30), end + 40);
  return SEEM_STEMS.some((w) => around.includes(w)) && SEEMED_BIGGER.test(around);
}

const FAKE_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:fake|false|bogus|sham|phony|phoney|misleading|deceptive|inflated|so-called)\s+(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])(?:fausses?|faux|prétendues?|soi-disant|pseudo)\s+$/iu,
  nl: /(?<![\p{L}])(?:misleidende|valse|neppe|zogenaamde|nep|schijn)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const FAKE_AFTER: Record<Language, RegExp> = {
  en: /^\s*(?:that (?:were|are) (?:fake|misleading|deceptive))/iu,
  fr: /^\s*(?:fictives?|fictifs?|trompeuses?|trompeurs?|mensongères?|mensongers?|illusoires?|déguisées?|fausses?)(?![\p{L}])/iu,
  nl: /^\s*(?:die (?:niet )?(?:misleidend|vals|nep))/iu,
};

const BUY_VERB_NL = /^(?:koopt|kocht|kochten|gekocht)$/iu;
// "kocht vorig jaar minstens één keer iets bij Temu", "kopen er kleding": goods bought at a shop.
const SHOPPING_AFTER_NL =
  /^[^,.;:]{0,50}?(?<![\p{L}])(?:iets|spullen|kleding|kleren|producten|artikelen|wel eens|weleens|ooit|minstens|regelmatig|online|bij\s+(?:de\s+|het\s+)?\p{Lu})/u;
const SHOPPER_BEFORE_NL =
  /(?<![\p{L}])(?:shoppers|consumenten|klanten|kopers|respondenten|ondervraagden|Nederlanders|Belgen|Vlamingen|mensen|huishoudens|jongeren|gebruikers|procent|wie|iemand|je|jij|iets|cadeau|cadeautje|spullen|kleding|%)(?![\p{L}])/iu;
// "heb je iets gekocht", "een cadeau bij Temu gekocht": a thing bought, or the shop it was bought at.
const AT_A_SHOP_NL = /(?<![\p{L}])bij\s+\p{Lu}/u;

// "sluit een samenwerking/overeenkomst met", "sluit zich aan bij", "sluit niet uit", and a period
// closed off: "sluit 2025 af met een sterk kwartaal", "sluit het boekjaar af".
const DEAL_AFTER_NL =
  /^\s+(?:(?:het\s+|de\s+|zijn\s+|haar\s+|hun\s+)?(?:\d{4}|[\p{L}-]*(?:jaar|kwartaal|seizoen|maand|week|periode))\s+af(?![\p{L}])|(?:zich\s+)?aan(?![\p{L}])|(?:[\p{L}]+\s+)?uit(?![\p{L}])|(?:[\p{L}-]+\s+){0,3}?(?:samenwerking|overeenkomst|deal|akkoord|contract|partnerschap|alliantie|compromis|schikking|verbond|vrede)(?![\p{L}]))/iu;

const ON_A_SITE_FR = /^\s+sur\s+(?:le|la|l['’]|leur|son|sa|ce|cette)\s*(?:site|page|application|appli|plateforme|boutique en ligne)(?![\p{L}])/iu;

const MAYBE_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:possible|potential|eventual|mooted|rumou?red|hypothetical)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  fr: /(?<![\p{L}])(?:éventuelle?s?|possible|potentielle?s?|hypothétique)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  nl: /(?<![\p{L}])(?:mogelijke|eventuele|eventueel|potentiële|beoogde)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
};

const FORMER =
  /(?<![\p{L}])(?:(?:previously|formerly|former|until recently|who (?:ran|led|headed)|auparavant|précédemment|ancien|ancienne|jusqu['’]ici|qui dirigeait|voorheen|eerder|voormalig|voormalige|die eerder)(?![\p{L}])|(?:ex|oud)-)/iu;

const STUDY_CUE = /^(?:onderzoek|enquête|survey|study|investigation|inquiry)$/iu;
const SOURCE_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:according to|says|said|found by)\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])(?:selon|d['’]après)\s+(?:l['’]|cette\s+|la\s+)(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:volgens|blijkens|uit)\s+(?:het|dit|dat|hetzelfde)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const PERCENT = /\d\s?(?:%|procent|pour\s?cent|per\s?cent)/iu;
const RULE_WORDS =
  /(?<![\p{L}])(?:fines?|fined|penalt(?:y|ies)|breach\p{L}*|violat\p{L}*|amendes?|sanctions?|infractions?|boetes?|overtreding\p{L}*|toezichthouder\p{L}*|regulators?|régulateur\p{L}*|ACM|CNIL|DGCCRF|Commission|Commissie)(?![\p{L}])/u;
