import type { Language } from '../domain/vocabulary.js';

/**
 * The company does not confirm what the sentence tells: "would not confirm", "declined to
 * confirm", "unconfirmed", "n'a pas souhaité confirmer", "refuse de le confirmer", "bevestigt dat
 * niet", "weigerde te bevestigen", "onbevestigde". One list serves the event denied (denial.ts)
 * and the warning sign weighed against a rumour or hearsay (warning-signs.ts) (round 17).
 */
export const UNCONFIRMED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:would|will|did|does|do|has|have|could)\s+not\s+confirm|(?:declined|declines|refused|refuses)\s+to\s+confirm|neither\s+confirm\p{L}*|not\s+confirmed|unconfirmed)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:(?:ne|n['’])\s*(?:[\p{L}]+\s+){0,3}?(?:pas|ni|jamais)\s+(?:souhaité\s+|voulu\s+)?confirm\p{L}*|pas\s+(?:souhaité\s+|voulu\s+)?confirmer|sans\s+(?:le\s+|la\s+|les\s+)?confirmer|refus[eé]\s+de\s+(?:le\s+|la\s+|les\s+)?confirmer|non\s+confirmée?s?)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:bevestig(?:t|en|de|den)\s+(?:[\p{L}]+\s+){0,3}?niet|niet\s+(?:willen\s+|wil\s+)?bevestig\p{L}*|(?:wilde|wil|weigerde|weigert)\s+(?:[\p{L}]+\s+){0,8}?(?:niet\s+)?bevestigen|onbevestigde?)(?![\p{L}])/iu,
};

/** Every pattern above holds one of these strings (case folded). */
export const UNCONFIRMED_GATE: Record<Language, RegExp> = { en: /confirm/i, fr: /confirm/i, nl: /bevestig/i };

export function unconfirmed(sentence: string, language: Language): boolean {
  return UNCONFIRMED_GATE[language].test(sentence) && UNCONFIRMED[language].test(sentence);
}
