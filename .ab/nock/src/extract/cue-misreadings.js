/**
 * Event cue words read in a sense that tells no event of the company:
 * - discounts called fake are what a rule is about, not a promotion ("fake discounts", "des
 *   réductions fictives", "misleidende kortingen");
 * - shoppers buying at a shop is no takeover ("kocht iets bij Temu", "Belgen kochten er kleding");
 * - closing a deal is no closure ("sluit een overeenkomst met PostNL", "sluit zich aan bij", "sluit
 *   niet uit");
 * - a service not yet available was never suspended ("is nog niet beschikbaar in België");
 * - visitors arriving on a site are no launch ("dès leur arrivée sur le site");
 * - a study cited as the source of a percentage is no investigation ("according to the survey, 18%");
 * - a listing only weighed is no funding ("weighs a possible listing", "une éventuelle
 *   introduction en Bourse", "een mogelijke beursgang").
 */
export function misreadCue(sentence, start, cue, event, language) {
    const end = start + cue.length;
    const before = (n) => sentence.slice(Math.max(0, start - n), start);
    const after = (n) => sentence.slice(end, end + n);
    switch (event) {
        case 'promotion':
            return FAKE_BEFORE[language].test(before(40)) || FAKE_AFTER[language].test(after(25));
        case 'acquisition':
            return language === 'nl' && BUY_VERB_NL.test(cue) && (SHOPPING_AFTER_NL.test(after(60)) || SHOPPER_BEFORE_NL.test(clauseBefore(sentence, start)));
        case 'suspension':
            if (language !== 'nl')
                return false;
            if (/^sluit$/iu.test(cue))
                return DEAL_AFTER_NL.test(after(60));
            return /^niet\s+(?!meer)/iu.test(cue) && /(?<![\p{L}])nog(?:\s+(?:altijd|steeds))?\s+$/iu.test(before(20));
        case 'launch':
        case 'expansion':
            return language === 'fr' && /^arrivée$/iu.test(cue) && ON_A_SITE_FR.test(after(40));
        case 'regulation':
            // "Bol heeft volgens het onderzoek een marktaandeel van 18 procent": a study told as the source
            // of a percentage is no investigation.
            return STUDY_CUE.test(cue) && SOURCE_BEFORE[language].test(before(30)) && PERCENT.test(sentence) && !RULE_WORDS.test(sentence);
        case 'funding':
            return MAYBE_BEFORE[language].test(before(30));
        default:
            return false;
    }
}
/** Whether a place is named as where someone worked before ("previously head of ... in Southeast Asia"): no market of a new appointment. */
export function formerPost(sentence, m) {
    const clause = sentence.slice(Math.max(0, m.start - 80), m.start).split(/[,;:()]/u).pop() ?? '';
    return FORMER.test(clause);
}
const clauseBefore = (sentence, start) => sentence.slice(Math.max(0, start - 80), start).split(/[,;:]/u).pop() ?? '';
const FAKE_BEFORE = {
    en: /(?<![\p{L}])(?:fake|false|bogus|sham|phony|phoney|misleading|deceptive|inflated|so-called)\s+(?:[\p{L}-]+\s+)?$/iu,
    fr: /(?<![\p{L}])(?:fausses?|faux|prétendues?|soi-disant|pseudo)\s+$/iu,
    nl: /(?<![\p{L}])(?:misleidende|valse|neppe|zogenaamde|nep|schijn)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const FAKE_AFTER = {
    en: /^\s*(?:that (?:were|are) (?:fake|misleading|deceptive))/iu,
    fr: /^\s*(?:fictives?|fictifs?|trompeuses?|trompeurs?|mensongères?|mensongers?|illusoires?|déguisées?|fausses?)(?![\p{L}])/iu,
    nl: /^\s*(?:die (?:niet )?(?:misleidend|vals|nep))/iu,
};
const BUY_VERB_NL = /^(?:koopt|kocht|kochten|gekocht)$/iu;
// "kocht vorig jaar minstens één keer iets bij Temu", "kopen er kleding": goods bought at a shop.
const SHOPPING_AFTER_NL = /^[^,.;:]{0,50}?(?<![\p{L}])(?:iets|spullen|kleding|kleren|producten|artikelen|wel eens|weleens|ooit|minstens|regelmatig|online|bij\s+(?:de\s+|het\s+)?\p{Lu})/u;
const SHOPPER_BEFORE_NL = /(?<![\p{L}])(?:shoppers|consumenten|klanten|kopers|respondenten|ondervraagden|Nederlanders|Belgen|Vlamingen|mensen|huishoudens|jongeren|gebruikers|procent|%)(?![\p{L}])/iu;
// "sluit een samenwerking/overeenkomst met", "sluit zich aan bij", "sluit niet uit".
const DEAL_AFTER_NL = /^\s+(?:(?:zich\s+)?aan(?![\p{L}])|(?:[\p{L}]+\s+)?uit(?![\p{L}])|(?:[\p{L}-]+\s+){0,3}?(?:samenwerking|overeenkomst|deal|akkoord|contract|partnerschap|alliantie|compromis|schikking|verbond|vrede)(?![\p{L}]))/iu;
const ON_A_SITE_FR = /^\s+sur\s+(?:le|la|l['’]|leur|son|sa|ce|cette)\s*(?:site|page|application|appli|plateforme|boutique en ligne)(?![\p{L}])/iu;
const MAYBE_BEFORE = {
    en: /(?<![\p{L}])(?:possible|potential|eventual|mooted|rumou?red|hypothetical)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
    fr: /(?<![\p{L}])(?:éventuelle?s?|possible|potentielle?s?|hypothétique)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
    nl: /(?<![\p{L}])(?:mogelijke|eventuele|eventueel|potentiële|beoogde)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
};
const FORMER = /(?<![\p{L}])(?:(?:previously|formerly|former|until recently|who (?:ran|led|headed)|auparavant|précédemment|ancien|ancienne|jusqu['’]ici|qui dirigeait|voorheen|eerder|voormalig|voormalige|die eerder)(?![\p{L}])|(?:ex|oud)-)/iu;
const STUDY_CUE = /^(?:onderzoek|enquête|survey|study|investigation|inquiry)$/iu;
const SOURCE_BEFORE = {
    en: /(?<![\p{L}])(?:according to|says|said|found by)\s+(?:the|this|that)\s+(?:[\p{L}-]+\s+)?$/iu,
    fr: /(?<![\p{L}])(?:selon|d['’]après)\s+(?:l['’]|cette\s+|la\s+)(?:[\p{L}-]+\s+)?$/iu,
    nl: /(?<![\p{L}])(?:volgens|blijkens|uit)\s+(?:het|dit|dat|hetzelfde)\s+(?:[\p{L}-]+\s+)?$/iu,
};
const PERCENT = /\d\s?(?:%|procent|pour\s?cent|per\s?cent)/iu;
const RULE_WORDS = /(?<![\p{L}])(?:fines?|fined|penalt(?:y|ies)|breach\p{L}*|violat\p{L}*|amendes?|sanctions?|infractions?|boetes?|overtreding\p{L}*|toezichthouder\p{L}*|regulators?|régulateur\p{L}*|ACM|CNIL|DGCCRF|Commission|Commissie)(?![\p{L}])/u;
//# sourceMappingURL=cue-misreadings.js.map