/**
 * Whether a sentence tells no event but a question or a supposition: "Should every parcel be
 * taxed?", "Faut-il interdire la publicité ?", "If Temu decided to leave Europe, rivals would
 * take its place", "Si Shein quittait la France, ...", "Als Bol zou stoppen, ...", "it is not yet
 * clear whether jobs will go". Its figures,
 * if any, are still read; its event cues are not.
 */
export function isHypothetical(sentence, language) {
    if (QUESTION.test(sentence))
        return true;
    return SUPPOSITION[language].test(sentence) || UNDECIDED[language].test(sentence);
}
// What is not yet known to happen: "it is not yet clear whether jobs will go", "on ne sait pas
// encore si des postes seront supprimés", "het is nog niet duidelijk of er banen verdwijnen".
const UNDECIDED = {
    en: /(?<![\p{L}])(?:(?:it is|it's|it was|remains|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?clear|unclear|uncertain|undecided)|(?:no one|nobody)\s+knows|(?:has|have)\s+not\s+(?:yet\s+)?(?:said|decided))\s+(?:whether|if)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:(?:il\s+)?(?:n['’]est|reste)\s+pas\s+(?:encore\s+)?(?:clair|certain|décidé)|on\s+ne\s+sait\s+pas(?:\s+encore)?|reste\s+à\s+savoir|(?:il\s+est\s+)?(?:encore\s+)?(?:incertain|flou))\s+(?:si|s['’])/iu,
    nl: /(?<![\p{L}])(?:(?:nog\s+)?(?:niet\s+|on)duidelijk|(?:nog\s+)?onzeker|het\s+is\s+de\s+vraag|niet\s+bekend)\s+of(?![\p{L}])/iu,
};
// A question mark closing the sentence (a quote mark or bracket may follow).
const QUESTION = /\?\s*[»"”’)]*\s*$/u;
// A sentence opening on "if" whose clause is in the past or conditional ("decided", "were to",
// "would"); "If approved, ..." and "Si les utilisateurs sont habitués, ..." tell no supposition.
const SUPPOSITION = {
    en: /^\s*(?:[«"“]\s*)?(?:even\s+)?if\s+[^,;]*?(?:were\s+to|was\s+to|decided|chose|wanted|left|pulled|quit|stopped|had\s+to|were|was)(?![\p{L}])[^;]*?(?<![\p{L}])(?:would|could|might)(?![\p{L}])/iu,
    fr: /^\s*(?:[«"“]\s*)?(?:même\s+)?(?:si|s['’]ils?)\s+[^,;]*?\p{L}+(?:ait|aient|ais)(?![\p{L}])[^;]*?\p{L}+(?:rait|raient|rions|riez)(?![\p{L}])/iu,
    nl: /^\s*(?:[«"“]\s*)?(?:als|indien|mocht|mochten|stel dat)\s+[^;]*?(?<![\p{L}])(?:zou|zouden)(?![\p{L}])/iu,
};
//# sourceMappingURL=hypothetical.js.map