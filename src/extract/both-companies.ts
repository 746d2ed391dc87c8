import type { Language } from '../domain/vocabulary.js';

/**
 * "Both platforms" in a sentence that names neither is the two companies the title names: under
 * "Watchdog finds unsafe toys on Temu and Shein", "The authority ordered both platforms to remove
 * the products" is a rule on each; so are "les deux plateformes" and "beide platforms" (round 18).
 */
export function bothCompanies(sentence: string, language: Language, titlePair: readonly string[]): readonly string[] | null {
  if (titlePair.length !== 2 || !GATE[language].test(sentence)) return null;
  return BOTH[language].test(sentence) ? titlePair : null;
}

/** Whether the sentence points at two companies at once ("both platforms", "beide platforms"). */
export const pointsAtBoth = (sentence: string, language: Language): boolean => GATE[language].test(sentence) && BOTH[language].test(sentence);

const BOTH: Record<Language, RegExp> = {
  en: /(?<![\p{L}])both\s+(?:platforms|companies|apps|retailers|groups)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])les\s+deux\s+(?:plateformes|applications|entreprises|groupes|enseignes|sites)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])beide\s+(?:platforms|bedrijven|webwinkels|apps|winkelapps|concerns)(?![\p{L}])/iu,
};

// Checked first: most sentences hold no such word.
const GATE: Record<Language, RegExp> = { en: /both/i, fr: /deux/i, nl: /beide/i };
