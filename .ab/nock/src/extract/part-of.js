// "40 000 vendeurs européens inscrits sur ce modèle, dont plus de 5 000 en France", "12 million
// users, of which about 3 million in Spain", "58.000 verkooppartners, waarvan 9.000 in België":
// the part counts what the whole before it counted, however far its noun stands.
const PART_BEFORE = {
    en: /(?<![\p{L}])(?:of which|of whom|including)\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|just over|just under)\s+)?$/iu,
    fr: /(?<![\p{L}])dont\s+(?:(?:environ|près de|quelque|plus de|un peu plus de|moins de)\s+)?$/iu,
    nl: /(?<![\p{L}])(?:waarvan|van wie)\s+(?:(?:ruim|bijna|circa|ongeveer|zo['’]n|meer dan|minder dan)\s+)?$/iu,
};
/** The reading of a figure told as a part of the figure before it in the sentence. */
export function partReading(q, sentence, language, before) {
    if (!before || before.kind !== q.kind || (q.kind === 'money' && before.reading.unit !== q.unit))
        return null;
    if (!PART_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 30), q.start)))
        return null;
    return { ...before.reading, value: q.value };
}
//# sourceMappingURL=part-of.js.map