// "up from 75 million a year earlier", "contre 12 000 un an plus tôt", "tegen 12.000 een jaar
// eerder": the figure compared with is the one of the year before the main figure's period.
const YEAR_BEFORE_AFTER = {
    en: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:a|one) year (?:earlier|before|ago|previously)(?![\p{L}])/iu,
    fr: /^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?(?:un an|une année) (?:plus tôt|auparavant|avant)(?![\p{L}])|^[\s\u00A0]*(?:[\p{L}'’-]+[\s\u00A0]+){0,2}?il y a (?:un an|une année)(?![\p{L}])/iu,
    nl: /^[\s\u00A0]*(?:[\p{L}-]+[\s\u00A0]+){0,2}?(?:een jaar (?:eerder|daarvoor|geleden|terug)|(?:in )?dezelfde periode (?:van )?(?:vorig|een) jaar(?: eerder)?)(?![\p{L}])/iu,
};
/** Whether a figure is told as the one of a year before ("…, up from 75 million a year earlier"). */
export function isYearEarlierFigure(q, sentence, language) {
    if (q.kind === 'percent' || q.kind === 'ratio')
        return false;
    return YEAR_BEFORE_AFTER[language].test(sentence.slice(q.end, q.end + 50));
}
/** The same period one year before: `2023` → `2022`, `2023-Q3` → `2022-Q3`, `2023-09/2023-11` → `2022-09/2022-11`. */
export function yearBefore(period) {
    if (period === null)
        return null;
    return period.replace(/(?<!\d)((?:19|20)\d\d)(?!\d)/g, (y) => String(Number(y) - 1));
}
//# sourceMappingURL=earlier-figure.js.map