import type { Language } from '../domain/vocabulary.js';
import { declareGate } from './gates.js';
import type { Quantity } from './numbers.js';

/**
 * Whether a percent is a share of people: "41% of British sellers named fees as their worry",
 * "38 % des vendeurs jugent", "27 procent van de Nederlanders bestelde". Such a share is how many
 * answered or did something, never a company's growth or market share.
 */
export function peopleShare(q: Quantity, sentence: string, language: Language): boolean {
  if (q.kind !== 'percent') return false;
  const after = sentence.slice(q.end, q.end + 60);
  return OF_GATE[language].test(after) && OF_PEOPLE[language].test(after);
}

const EN_PEOPLE =
  'sellers|merchants|vendors|suppliers|shoppers|consumers|customers|buyers|respondents|users|people|adults|households|parents|teenagers|retailers|businesses|firms|companies|SMEs|Britons|Americans|Europeans|Germans|Belgians|those\\s+(?:polled|surveyed|asked)';
const FR_PEOPLE =
  'vendeurs|commerçants|marchands|fournisseurs|acheteurs|acheteuses|consommateurs|clients|sondés|répondants|utilisateurs|internautes|cyberacheteurs|Français|Belges|ménages|jeunes|personnes|entreprises|PME|parents';
const NL_PEOPLE =
  'verkopers|handelaren|webwinkeliers|ondernemers|kopers|consumenten|klanten|respondenten|ondervraagden|gebruikers|Nederlanders|Belgen|Vlamingen|jongeren|huishoudens|ouders|mensen|bedrijven|shoppers';

// "of" and at most three words (an article, a country adjective, an age group) before the people.
const OF_PEOPLE: Record<Language, RegExp> = {
  en: new RegExp(String.raw`^\s*of\s+(?:[\p{L}-]+\s+){0,3}?(?:${EN_PEOPLE})(?![\p{L}])`, 'iu'),
  fr: new RegExp(String.raw`^\s*(?:des|de|d['’])\s*(?:[\p{L}-]+\s+){0,3}?(?:${FR_PEOPLE})(?![\p{L}])`, 'iu'),
  nl: new RegExp(String.raw`^\s*van\s+(?:[\p{L}-]+\s+){0,3}?(?:${NL_PEOPLE})(?![\p{L}])`, 'iu'),
};
const OF_GATE: Record<Language, RegExp> = { en: /^\s*of\s/i, fr: /^\s*d/i, nl: /^\s*van\s/i };
for (const l of ['en', 'fr', 'nl'] as const) declareGate(`people share: of people (${l})`, OF_PEOPLE[l], OF_GATE[l]);
