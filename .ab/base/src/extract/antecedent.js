import { lastMoneyCue } from './metrics.js';
// A sentence that opens by pointing back at an amount named before: "That figure rose to...",
// "Celui-ci s'élevait à...", "Dat bedrag steeg tot...".
const POINTS_BACK = {
    en: /^(?:(?:that|this|the) (?:figure|amount|sum|total)|(?:it|that|this) (?:rose|grew|stood|reached|came|amounted|was|fell|climbed|increased|jumped|totall?ed|dropped))(?![\p{L}])/iu,
    fr: /^(?:celui-ci|celle-ci|ce montant|ce chiffre|cette somme|ce total)(?![\p{L}])/iu,
    nl: /^(?:(?:dat|dit|die|het) (?:bedrag|cijfer|getal|totaal)|(?:die|deze|dat|dit) (?:steeg|groeide|bedroeg|kwam|lag|was|daalde|nam))(?![\p{L}])/iu,
};
/**
 * A sum told without a money word in a sentence that points back ("Celui-ci s'élevait à 640
 * millions d'euros") is what the sentence before named: "notre chiffre d'affaires belge" makes it
 * revenue. Only a sum in the opening clause counts.
 */
export function antecedentReading(q, sentence, previous, language, competitor) {
    if (q.kind !== 'money' || previous === '')
        return null;
    const opening = sentence.slice(0, q.start);
    if (/[,;:]/u.test(opening))
        return null;
    if (POINTS_BACK[language].test(opening.trimStart())) {
        const metric = lastMoneyCue(previous, language, competitor);
        return metric ? { metric, value: q.value, unit: q.unit } : null;
    }
    // "Bol haalde in Nederland € 4,9 miljard", "Shein posted $2 billion", "Vinted a réalisé 800
    // millions d'euros" after a sentence on another company's sales or profit: the same measure,
    // told for the next company with a verb of result and no money word.
    if (!RESULT_VERB[language].test(opening))
        return null;
    const metric = lastMoneyCue(previous, language, competitor);
    return metric === 'revenue' || metric === 'gmv' || metric === 'profit' ? { metric, value: q.value, unit: q.unit } : null;
}
const RESULT_VERB = {
    en: /(?<![\p{L}])(?:posted|booked|generated|achieved|recorded|made|brought in|took in|reported)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:réalisé|réalise|réalisait|enregistré|enregistre|généré|génère|affiché|affiche|dégagé|dégage)(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:haalde|haalt|boekte|boekt|realiseerde|realiseert|noteerde|noteert|genereerde|genereert|kwam uit op|komt uit op)(?![\p{L}])/iu,
};
//# sourceMappingURL=antecedent.js.map