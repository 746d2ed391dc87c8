// What was expected, told before the expected figure: "analysts had expected", "les analystes
// tablaient sur", "analisten rekenden op".
const EXPECTED_BEFORE = {
    en: /(?<![\p{L}])(?:expected|expecting|forecast|forecasting|projected|had pencilled in|consensus (?:of|was)|estimates? of|estimated)\s+(?:(?:an?|the|about|around|roughly|some)\s+)?$/iu,
    fr: /(?<![\p{L}])(?:tablaient sur|tablait sur|attendaient|attendait|prévoyaient|prévoyait|anticipaient|anticipait|misaient sur|pariaient sur|s['’]attendaient à|consensus (?:de|était de)|estimations? de)\s+(?:(?:environ|près de|quelque)\s+)?$/iu,
    nl: /(?<![\p{L}])(?:rekenden op|rekende op|verwachtten|verwachtte|voorspelden|voorspelde|schatten|schatte|gingen uit van|ging uit van|consensus van)\s+(?:(?:een|ongeveer|circa|zo['’]n)\s+)?$/iu,
};
/**
 * The reading of a bare sum told as what was expected of the figure before it: "le chiffre
 * d'affaires a atteint 9 milliards d'euros, alors que les analystes tablaient sur 9,4 milliards"
 * counts what the first sum counted.
 */
export function expectedReading(q, sentence, language, before) {
    if (!before || before.kind !== q.kind || q.kind === 'percent')
        return null;
    if (!EXPECTED_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start)))
        return null;
    return { ...before.reading, value: q.value, unit: q.unit };
}
//# sourceMappingURL=expectation.js.map