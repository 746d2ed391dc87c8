const ABOUT = '(?:(?:about|around|roughly|some|nearly|almost|more than|over|close to|an estimated|environ|près de|quelque|plus de|ongeveer|zo[\'’]n|ruim|bijna|circa|meer dan)\\s+)*';
// A sum lost, wiped out or moved by: "wiping $55bn off its market value", "lost $20bn in market
// value", "market value fell by $9bn"; "a effacé 50 milliards", "sa capitalisation a chuté de 30
// milliards"; "verloor 20 miljard aan beurswaarde", "de beurswaarde daalde met 9 miljard".
const MOVED_BEFORE = {
    en: new RegExp(`(?<![\\p{L}])(?:wip\\p{L}*(?:\\s+out)?|eras\\p{L}*|lost|loses|losing|lose|shed\\p{L}*|knock\\p{L}*|lopp\\p{L}*|slash\\p{L}*|evaporat\\p{L}*|(?:fell|dropped|declined|slid|sank|tumbled|plunged|slumped|shrank|rose|gained|jumped|climbed|increased|decreased|surged|soared|added|grew)\\s+by)\\s+${ABOUT}$`, 'iu'),
    fr: new RegExp(`(?<![\\p{L}])(?:effac\\p{L}*|perd\\p{L}*|évapor\\p{L}*|fondre|(?:chut\\p{L}*|baiss\\p{L}*|recul\\p{L}*|fondu|plong\\p{L}*|dégringol\\p{L}*|augment\\p{L}*|progress\\p{L}*|bondi|grimp\\p{L}*|gagné|gagne)\\s+de)\\s+${ABOUT}$`, 'iu'),
    nl: new RegExp(`(?<![\\p{L}])(?:verlo(?:or|ren)|verliest|verdampt\\p{L}*|kostte|(?:daalde|daalt|gedaald|kelderde|zakte|gezakt|steeg|stijgt|gestegen|groeide|nam\\s+\\p{L}+)\\s+met)\\s+${ABOUT}$`, 'iu'),
};
// The value named after the sum as what it was taken off: "off the company's market value",
// "de capitalisation", "aan beurswaarde".
const OFF_AFTER = {
    en: /^\s*(?:[\p{L}]+\s+)?(?:off|from|in|of)\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:market (?:value|capitali[sz]ation|cap)|valuation|stock market value)(?![\p{L}])/iu,
    fr: /^\s*(?:[\p{L}'’]+\s+){0,2}?(?:de|à)\s+(?:sa\s+|la\s+|leur\s+)?(?:capitalisation|valorisation|valeur boursière|valeur en bourse)(?![\p{L}])/iu,
    nl: /^\s*(?:[\p{L}]+\s+){0,2}?aan\s+(?:beurswaarde|marktwaarde|waarde)(?![\p{L}])/iu,
};
/**
 * Whether a sum read as a valuation is what the value moved by, not what it stands at: a change
 * ("wiping $55bn off the company's market value") is no valuation fact.
 */
export function valueMoved(q, sentence, language) {
    return MOVED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 50), q.start)) || OFF_AFTER[language].test(sentence.slice(q.end, q.end + 60));
}
//# sourceMappingURL=value-change.js.map