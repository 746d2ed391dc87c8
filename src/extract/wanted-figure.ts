import { LANGUAGES, type Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';

/**
 * A figure the subject wants to reach, told in the clause of the wanting verb, is an aim even when
 * the whole is hearsay (round 21): "people familiar said the app is aiming to grow its sales as
 * much as fivefold to $9 billion", "selon des proches, le groupe veut porter ses ventes à 9
 * milliards", "volgens ingewijden wil het bedrijf de omzet met 30 procent laten stijgen". The
 * hearsay tells who knows of the aim; the figure is still the aim. The verb and the figure share
 * a clause: no comma, semicolon or colon and no relative pronoun stands between them.
 */
const WANTED: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:aims?|aiming|wants?|wanting|plans?|planning|hopes?|hoping|intends?|intending|seeks?|seeking)\s+to\s(?:(?![\s,;:.]*(?:that|which|who)\s)[^,;:.]|[.,](?=\d)){0,110}$/iu,
  fr: /(?<![\p{L}])(?:vise|visent|visait|veut|veulent|voulait|entend|entendent|ambitionne|ambitionnent|souhaite|souhaitent|espère|espèrent)\s(?:(?![\s,;:.]*(?:qui|que|qu['’]|dont|lequel|laquelle)\s)[^,;:.]|[.,](?=\d)){0,110}$/iu,
  nl: /(?<![\p{L}])(?:wil|willen|wilde|wilden|streeft|streven|mikt|mikken|hoopt|hopen|beoogt|beogen)\s(?:(?![\s,;:.]*(?:die|dat|waarvan|wat)\s)[^,;:.]|[.,](?=\d)){0,110}$/iu,
};

// Every verb above holds one of these letters' runs: most sentences are passed over at once.
const WANTED_GATE: Record<Language, RegExp> = {
  en: /aim|want|plan|hop|intend|seek/iu,
  fr: /vis|veu|voul|entend|ambition|souhait|espèr/iu,
  nl: /wil|streef|strev|mik|hoop|hope|beoog|beog/iu,
};
for (const l of LANGUAGES) declareGate(`wanted figure (${l})`, WANTED[l], WANTED_GATE[l]);

/** Whether the figure ending at `end` is told in the clause of a verb of wanting before it. */
export function wantedInClause(sentence: string, end: number, language: Language): boolean {
  const before = sentence.slice(Math.max(0, end - 140), end);
  return WANTED_GATE[language].test(before) && WANTED[language].test(before);
}
