import { declareGate } from './gates.js';
import type { Language } from '../domain/vocabulary.js';

/**
 * Whether an event cue is negated right before it: "has not suspended sales", "did not launch",
 * "n'a pas suspendu ses ventes", "n'a jamais lancé", "heeft de verkoop niet opgeschort", "is nooit
 * gelanceerd". A negated verb tells an event that did not happen, so it yields no fact (other cues of
 * the sentence still do: "has not suspended sales but raised prices"). "Not only launched" is no
 * negation. Cues that hold their own negation ("no longer available", "n'est plus accessible",
 * "niet meer beschikbaar") start with it and are not affected.
 */
export function negatedCue(sentence: string, start: number, language: Language): boolean {
  const before = sentence.slice(Math.max(0, start - 30), start);
  if (NEGATED_OR_WITHOUT[language].test(before)) return true;
  // "Een Nederlandse lancering staat voorlopig niet op de planning", "a UK launch is not on the
  // cards", "un lancement en Belgique n'est pas prévu": an event said not to be planned (round 20c).
  if (NOT_PLANNED_GATE.test(sentence) && NOT_PLANNED_AFTER[language].test(sentence.slice(start, start + 90))) return true;
  // "Neither company has been accused of breaking customs rules", "n'a pas été accusée de", "wordt
  // niet beschuldigd van": a wrong no one is charged with is no rule applied (round 16).
  const window = sentence.slice(Math.max(0, start - 90), start);
  if (ACCUSED_WORD.test(window) && NOT_ACCUSED[language].test(window)) return true;
  // "Temu ne lance pas", "Amazon n'ouvre pas": French puts "ne" right before the verb and "pas"
  // after it. "ne … que" (only) is no negation: "n'ouvre qu'en 2026".
  return language === 'fr' && NE_BEFORE.test(before) && !ONLY_AFTER.test(sentence.slice(start, start + 60));
}

const NOT_PLANNED_GATE = /niet|not|pas/u;
const NOT_PLANNED_AFTER: Record<Language, RegExp> = {
  en: /^[\p{L}-]+(?:\s+(?:in|into|to|for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*)?\s+(?:is|was|remains)\s+(?:still\s+)?not\s+(?:yet\s+|currently\s+)?(?:planned|scheduled|on\s+the\s+(?:cards|agenda|table)|in\s+the\s+works)(?![\p{L}])/u,
  fr: /^[\p{L}-]+(?:\s+(?:en|au|aux|dans)\s+(?:l['’]|la\s+|le\s+)?\p{Lu}[\p{L}-]*)?\s+n['’](?:est|était)\s+pas\s+(?:encore\s+|pour\s+l['’]instant\s+|à\s+ce\s+stade\s+)?(?:prévue?|programmée?|à\s+l['’]ordre\s+du\s+jour|au\s+programme|envisagée?)(?![\p{L}])/u,
  nl: /^[\p{L}-]+(?:\s+(?:in|naar)\s+\p{Lu}[\p{L}-]*)?\s+(?:staat|is|wordt)\s+(?:voorlopig\s+|nog\s+|vooralsnog\s+|momenteel\s+)*niet\s+(?:op\s+de\s+(?:planning|agenda|rol)|gepland|voorzien|in\s+de\s+maak)(?![\p{L}])/u,
};
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`negated cue: not planned (${l})`, NOT_PLANNED_AFTER[l], NOT_PLANNED_GATE);

// "sans avoir encore dévoilé de stratégie", "without having launched", "zonder te lanceren".
const WITHOUT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])without\s+(?:(?:having|yet|ever|being)\s+){0,2}$/iu,
  fr: /(?<![\p{L}])sans\s+(?:(?:avoir|être|encore|jamais|jusqu['’]ici)\s+){0,2}$/iu,
  nl: /(?<![\p{L}])zonder\s+(?:(?:te|ooit|nog)\s+){0,2}$/iu,
};
// The words NOT_ACCUSED turns on, checked first: few cues have one before them.
const ACCUSED_WORD = /accus|charged|suspect|guilty|soupçonn|en\s+cause|beschuldigd|verdacht/iu;
const NOT_ACCUSED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:not|never|(?:neither|none)\s+(?:of\s+(?:them|the\s+\p{L}+)|\p{L}+)\s+(?:has|have|is|are|was|were))\s+(?:been\s+)?(?:accused|charged|suspected|found\s+guilty)\s+of\s+[^,;.]{0,40}$/iu,
  fr: /(?<![\p{L}])(?:n['’](?:a|ont|avait|est)\s+(?:pas|jamais)\s+été|aucune?\s+(?:des\s+deux\s+)?(?:\p{L}+\s+)?n['’](?:a|ont)\s+été)\s+(?:accusée?s?|soupçonnée?s?|mise?s?\s+en\s+cause)\s+(?:de|d['’]|pour)\s*[^,;.]{0,40}$/iu,
  nl: /(?<![\p{L}])(?:niet|nooit|geen\s+van\s+(?:beide|beiden)(?:\s+\p{L}+)?\s+(?:is|wordt|werd))\s+(?:\p{L}+\s+)?(?:beschuldigd|verdacht)\s+van\s+[^,;.]{0,40}$/iu,
};
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`negated cue: not accused (${l})`, NOT_ACCUSED[l], ACCUSED_WORD);
const NE_BEFORE = /(?<![\p{L}])(?:ne\s+|n['’])$/iu;
const ONLY_AFTER = /^[^,.;:]*?(?<![\p{L}])qu(?:e|['’])/iu;

const NEGATED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:not|never|n['’]t)\s+(?:yet\s+|been\s+|be\s+|yet\s+been\s+)?|(?:neither|none)\s+(?:of\s+(?:them|the\s+\p{L}+)\s+|\p{L}+\s+)?(?:has|have|had|was|were|is|are)\s+(?:ever\s+)?(?:been\s+)?)$/iu,
  fr: /(?<![\p{L}])(?:(?:pas|jamais)\s+(?:encore\s+|été\s+|encore\s+été\s+)?|(?:aucune?)\s+(?:des\s+deux\s+|\p{L}+\s+)?n['’](?:a|ont|avait|est|sont)\s+(?:été\s+)?)$/iu,
  nl: /(?<![\p{L}])(?:(?:niet|nooit|nog\s+niet)\s+(?:meer\s+)?|geen\s+van\s+(?:beide|beiden|de\s+\p{L}+)\s+(?:\p{L}+\s+)?(?:is|zijn|wordt|worden|werd|werden)\s+(?:ooit\s+)?)$/iu,
};

// NEGATED or WITHOUT, in one search of the words before a cue.
const NEGATED_OR_WITHOUT: Record<Language, RegExp> = {
  en: new RegExp(`${NEGATED.en.source}|${WITHOUT.en.source}`, 'iu'),
  fr: new RegExp(`${NEGATED.fr.source}|${WITHOUT.fr.source}`, 'iu'),
  nl: new RegExp(`${NEGATED.nl.source}|${WITHOUT.nl.source}`, 'iu'),
};
