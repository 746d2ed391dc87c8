import type { Language } from '../domain/vocabulary.js';

/**
 * Rule cues in a clause where the company acts and no rule is applied to it (round 15):
 * - a penalty held out as the price of not acting: "has 60 days to present a plan or face periodic
 *   penalty payments", "doit se conformer sous peine d'amendes", "moet zich aanpassen op straffe
 *   van een boete";
 * - a regulator the company talks or works with: "discussed the changes with the regulator",
 *   "a discuté des changements avec le régulateur", "heeft de aanpassingen met de toezichthouder
 *   besproken";
 * - taxes the company pays: "said it paid all applicable taxes in the UK", "affirme payer ses
 *   impôts en France", "zegt alle belastingen in Nederland te betalen".
 */
export function ruleNotSuffered(sentence: string, start: number, cue: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 50), start);
  if (THREAT_BEFORE[language].test(before)) return true;
  if (REGULATOR.test(cue) && WITH_BEFORE[language].test(before)) return true;
  return TAX.test(cue) && (PAYS_BEFORE[language].test(before) || (language === 'nl' && OWN_TAXES_NL.test(before) && PAID_AFTER_NL.test(sentence.slice(start + cue.length, start + cue.length + 40))));
}

const WORDS = String.raw`(?:[\p{L}'’-]+\s+){0,3}`;
const THREAT_BEFORE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`(?<![\p{L}])or\s+(?:else\s+)?(?:face|risk)\s+${WORDS}$`, 'iu'),
  fr: new RegExp(String.raw`(?<![\p{L}])(?:sous\s+peine\s+(?:de\s+|d['’])|ou\s+(?:de\s+)?(?:s['’]exposer\s+à|risquer)\s+)${WORDS}$`, 'iu'),
  nl: new RegExp(String.raw`(?<![\p{L}])(?:op\s+straffe\s+van|(?:of|anders)\s+(?:riskeert|riskeren|hangt|hangen)(?:\s+(?:het|het\s+bedrijf|ze|zij|hem))?)\s+${WORDS}$`, 'iu'),
};

const REGULATOR = /^(?:regulat|toezicht|régulat|watchdog)/iu;
const WITH_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])with\s+(?:the\s+|its\s+)?(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])avec\s+(?:les?\s+|la\s+|l['’]|ses?\s+)(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])met\s+(?:de\s+|het\s+)?(?:[\p{L}-]+\s+)?$/iu,
};

const TAX = /^(?:tax|impôt|belasting)/iu;
// Its own taxes, all of them: "will have to pay a new tax" is a rule that reaches the company.
const PAYS_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])pa(?:id|ys|y|ying)\s+(?:all\s+(?:(?:of\s+)?(?:its|their|the)\s+)?|its\s+|their\s+)(?:[\p{L}-]+\s+)?$/iu,
  fr: /(?<![\p{L}])pa(?:ie|ient|yé|yer|yait|yaient)\s+(?:ses|leurs|(?:tous|toutes)\s+(?:ses|leurs|les)|l['’]ensemble\s+de\s+(?:ses|leurs))\s+(?:[\p{L}-]+\s+)?$/iu,
  nl: /(?<![\p{L}])(?:betaal(?:t|de|den)?|betalen)\s+(?:alle|zijn|haar|hun)\s+(?:[\p{L}-]+\s+)?$/iu,
};
// "zegt alle belastingen in Nederland te betalen": the verb after its object.
const OWN_TAXES_NL = /(?<![\p{L}])(?:alle|zijn|haar|hun)\s+(?:[\p{L}-]+\s+)?$/iu;
const PAID_AFTER_NL = /^[^,;.]{0,30}?\s(?:te\s+)?betal(?:en|t|de|den)(?![\p{L}])/iu;
