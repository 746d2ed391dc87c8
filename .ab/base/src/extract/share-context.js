// A ranking of market shares goes on sentence after sentence with the figure alone: "Bol has a
// market share of 17%. Amazon.nl stays stuck at 4 percent." — "Amazon reste loin devant avec 21 %
// de part de marché. Shein atteint 3 %." The sentence before names the share.
const SHARE_NOUN = {
    en: /(?<![\p{L}])market shares?(?![\p{L}])/iu,
    fr: /(?<![\p{L}])parts? de marché(?![\p{L}])/iu,
    nl: /(?<![\p{L}])marktaandee?l(?:en)?(?![\p{L}])/iu,
};
// What may follow the figure in such a sentence: the clause ends, or a time or place follows. A
// noun after it ("40% of its customers", "3 % des ventes") says what it is a part of instead.
const ENDS_AFTER = {
    en: /^[\s\u00A0]*(?:[.,;:)]|$|(?:in|on|this|last|after|behind|ahead|now|today)(?![\p{L}]))/iu,
    fr: /^[\s\u00A0]*(?:[.,;:)]|$|(?:en|au|aux|dans|cette|ce|l['’]an|désormais|aujourd['’]hui|derrière|devant)(?![\p{L}]))/iu,
    nl: /^[\s\u00A0]*(?:[.,;:)]|$|(?:in|op|dit|deze|vorig|vorige|afgelopen|nu|inmiddels|achter|voor)(?![\p{L}]))/iu,
};
/** A percentage with no cue of its own, in a sentence right after one that names a market share. */
export function continuedShare(q, sentence, previous, language) {
    if (q.kind !== 'percent' || previous === '' || !SHARE_NOUN[language].test(previous))
        return null;
    if (!ENDS_AFTER[language].test(sentence.slice(q.end, q.end + 20)))
        return null;
    return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
}
/**
 * A market share is someone's measure of a whole market no company sees in full (a panel, a
 * market researcher): an estimate, unless it is aimed at.
 */
export const shareStatus = (status) => (status === 'actual' ? 'estimate' : status);
//# sourceMappingURL=share-context.js.map