/**
 * Whether a sentence is a company's reaction to a rule, a probe or a fine: "Temu says it is
 * cooperating fully with the investigation", "Shein will appeal the fine", "Temu dit coopérer
 * pleinement à l'enquête", "Shein va faire appel", "Temu zegt mee te werken aan het onderzoek",
 * "Bol gaat in beroep". Told after the event itself, it is no new event.
 */
export function reactsToRule(sentence, language) {
    return REACTS[language].test(sentence);
}
const REACTS = {
    en: /(?<![\p{L}])(?:co-?operat(?:e|es|ed|ing)|complies|comply|complying|complied|(?:will|would|to|plans to|intends to|is set to)\s+appeal|appeal(?:ed|ing|s)?\s+(?:against\s+)?the|contest(?:s|ed|ing)?|disput(?:e|es|ed|ing)|disagree(?:s|d)?\s+with|welcom(?:e|es|ed|ing)|declined\s+to\s+comment|(?:is|was|are)\s+(?:reviewing|studying|examining)\s+(?:the|its)|responded\s+to|engag(?:e|es|ed|ing)\s+(?:constructively\s+)?with|takes?\s+(?:the|these|its)\s+[\p{L}\s]{0,30}seriously)(?![\p{L}])/iu,
    fr: /(?<![\p{L}])(?:coopér(?:er|e|ent|é|era|ait)|collabor(?:er|e|ent|é|era)\s+(?:pleinement\s+|activement\s+)?(?:avec|à)|(?:fera|faire|fait|va faire|compte faire|entend faire|interjeter|interjettera)\s+appel|conteste(?:r|nt|ra)?|se\s+conform(?:er|e|ent|era)|(?:prend|a pris|prendre)\s+acte|(?:a refusé|refuse|n['’]a pas souhaité)\s+(?:de\s+)?commenter|salue|étudie\s+(?:la|le|les)\s+décision)(?![\p{L}])/iu,
    nl: /(?<![\p{L}])(?:(?:werkt|werken|werkte|werkten)\s+(?:\p{L}+\s+)?mee|mee\s+te\s+werken|meewerken|medewerking|(?:in|hoger)\s+beroep|betwist(?:en|te)?|vecht\s+(?:\p{L}+\s+){0,4}aan|aan\s+te\s+vechten|neemt\s+kennis|(?:wil|wilde|wilden)\s+niet\s+reageren|bestudeert\s+(?:de|het)|houdt\s+zich\s+aan)(?![\p{L}])/iu,
};
//# sourceMappingURL=reaction.js.map