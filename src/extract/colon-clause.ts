import type { Language } from '../domain/vocabulary.js';

/**
 * A colon that opens a clause with its own subject and verb ends the clause of a cue told before
 * it (round 18): in "Bol mise sur ses vendeurs : ils sont 9 000 en Belgique", "Temu could follow:
 * the platform reported 75 million users", "Temu wil groeien: het telt nu 2.000 verkopers" the aim
 * or the conditional is not the figure's. A colon that only introduces the aim ("Objectif : 10
 * milliards", "Doel: 5.000 verkopers") ends nothing.
 */
const OWN_CLAUSE: Record<Language, RegExp> = {
  en: /^\s*(?:(?:it|they|he|she|we|the [\p{L}-]+(?: [\p{L}-]+){0,3})\s+)(?:is|are|was|were|has|have|had|said|says|reported|reports|counts|counted|employs|sold|made|posted|recorded|registered|declared)(?![\p{L}])/iu,
  fr: /^\s*(?:(?:il|elle|ils|elles|on|nous|l['’][\p{L}-]+(?: [\p{L}'’-]+){0,4}|(?:le|la|les|ce|cette|ces) [\p{L}-]+(?: [\p{L}'’-]+){0,4})\s+)(?:est|sont|était|étaient|a|ont|avait|avaient|compte|comptent|comptait|emploie|emploient|revendique|revendiquent|déclare|réalise|pèse|affiche|enregistre)(?![\p{L}])/iu,
  nl: /^\s*(?:(?:het|hij|zij|ze|we|wij|(?:de|het|dit|dat|deze) [\p{L}-]+(?: [\p{L}-]+){0,3})\s+)(?:is|zijn|was|waren|heeft|hebben|had|telt|tellen|telde|meldde|meldt|rapporteerde|boekte|haalde|verkocht)(?![\p{L}])/iu,
};

/** Where the clause of a figure starting at `start` begins after a colon that opens a clause of its own; -1 when none does. */
export function colonClauseStart(sentence: string, start: number, language: Language): number {
  const colon = sentence.lastIndexOf(':', start);
  if (colon < 0 || /\d/u.test(sentence[colon - 1] ?? '')) return -1;
  return OWN_CLAUSE[language].test(sentence.slice(colon + 1, start)) ? colon : -1;
}
