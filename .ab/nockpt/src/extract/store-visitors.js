// People walking into a shop or a fair are no users of a platform: "the pop-up store drew 20,000
// visitors", "le magasin éphémère a accueilli 20 000 visiteurs", "de winkel trok 8.000 bezoekers".
const VISITORS_AFTER = /^[\s\u00A0]*(?:visitors|visiteurs|bezoekers)(?![\p{L}])/iu;
const PLACE = {
    en: /(?<![\p{L}])(?:pop-?up|store|stores|shop|showroom|fair|trade show|exhibition|event|festival|stand)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:magasin|magasins|boutique|boutiques|éphémère|pop-?up|showroom|salon|foire|stand|événement|festival)(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:winkel|winkels|pop-?up(?:store|winkel)?|showroom|beurs|stand|evenement|festival)(?![\p{L}])/iu,
};
/** Whether a count at `q` is of visitors to a place, not users of an app or site. */
export function placeVisitors(q, sentence, language) {
    return VISITORS_AFTER.test(sentence.slice(q.end, q.end + 14)) && PLACE[language].test(sentence);
}
//# sourceMappingURL=store-visitors.js.map