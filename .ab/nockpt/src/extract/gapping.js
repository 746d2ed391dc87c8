// A second company told with the first one's verb left out: "Temu sent 1.2 billion parcels,
// Shein about 700 million", "...rond de 5 procent; bol komt uit op zo'n 25 procent", "Temu
// revendique 20 % , Shein environ 15 %". The figure counts what the figure before it counted.
const LINK = {
    en: "(?:(?:comes|came|stands|stood) (?:in )?at |(?:has|had|with|reached|reaches) )?(?:about |around |roughly |some |nearly |almost |just over |more than |over |an estimated )?",
    fr: "(?:(?:en est|arrive|arrivait|se situe|se situait) à |(?:a|avait|compte|comptait|revendique|avec|atteint) )?(?:environ |près de |quelque |plus de |autour de )?",
    nl: "(?:(?:komt|kwam) (?:uit )?op |(?:heeft|had|telt|telde|met|haalt|haalde) )?(?:ongeveer |ruim |bijna |zo['’]n |circa |naar schatting |rond de |meer dan )?",
};
const BETWEEN = {
    en: new RegExp(`^\\s*${LINK.en}$`, 'iu'),
    fr: new RegExp(`^\\s*${LINK.fr}$`, 'iu'),
    nl: new RegExp(`^\\s*${LINK.nl}$`, 'iu'),
};
// "..., while Shein had about 11 million and TikTok Shop roughly 9 million": a list of such
// clauses is joined by commas or by "and" alone.
const BREAK_BEFORE = /(?:[,;]\s*(?:(?:and|et|en|while|tandis que|terwijl)\s+)?|\s(?:and|et|en)\s+)$/iu;
const CLAUSE_ENDS = /^\s*(?:[.;,)]|$|(?:and|et|en)\s)/u;
/** The reading a figure takes from the one before it when only a new company and the figure are told. */
export function gappedReading(q, sentence, language, mentions, competitor, before) {
    if (!before || before.competitor === competitor || before.kind !== q.kind)
        return null;
    const named = mentions.find((m) => m.competitor === competitor && m.end <= q.start && q.start - m.end <= 40);
    if (!named || mentions.some((m) => m.start > named.end && m.start < q.start))
        return null;
    if (!BREAK_BEFORE.test(sentence.slice(Math.max(0, named.start - 12), named.start)))
        return null;
    if (!BETWEEN[language].test(sentence.slice(named.end, q.start)))
        return null;
    if (!CLAUSE_ENDS.test(sentence.slice(q.end, q.end + 6)))
        return null;
    return { ...before.reading, value: q.kind === 'percent' ? Math.abs(q.value) : q.value };
}
//# sourceMappingURL=gapping.js.map