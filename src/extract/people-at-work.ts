import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * People who work somewhere are its staff (round 13, metrics): "waar nu 120 mensen werken", "Nu
 * werken er al 1.600 mensen", "komen er 80 mensen te werken", "où travaillent 900 personnes",
 * "about 500 people work at the site". The verb must stand close to the number, in its clause:
 * "4 million people use the app, which is working on..." stays users.
 */
export function peopleAtWork(q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  const after = sentence.slice(q.end, q.end + 40);
  const wider = sentence.slice(Math.max(0, q.start - 60), q.start);
  return WORK_BEFORE[language].test(before) || WORK_AFTER[language].test(after) || SITE_WITH.test(wider) || TEAM_OF.test(wider);
}

// A workplace told with its people: "het kantoor in Antwerpen, met 120 mensen", "the Dublin
// office, with 300 people", "le bureau de Lyon, avec 80 personnes" (round 14).
const SITE_WITH =
  /(?<![\p{L}])(?:office|offices|headquarters|warehouse|site|hub|depot|kantoor|hoofdkantoor|vestiging|magazijn|distributiecentrum|bureau|bureaux|siège|entrepôt|site)(?![\p{L}])[^.;]{0,30}?(?<![\p{L}])(?:with|met|avec)[\s\u00A0]+(?:(?:about|around|some|nearly|zo['’]n|ruim|bijna|ongeveer|environ|près de|quelque)[\s\u00A0]+)?$/iu;

// People a team is made of are staff (round 18): "a team of 80 people", "une équipe de 80
// personnes", "een marketingteam van zo'n 80 mensen".
const TEAM_OF =
  /(?<![\p{L}])(?:\p{L}*teams?|équipes?|ploeg)[\s\u00A0]+(?:of|de|d['’]|van)[\s\u00A0]+(?:(?:about|around|some|nearly|more than|up to|environ|près de|quelque|plus de|jusqu['’]à|zo['’]n|ruim|bijna|ongeveer|circa|meer dan)[\s\u00A0]+)?$/iu;

// Work given to people is theirs too (round 20): "will provide work for about 700 people", "donnera
// du travail à 300 personnes", "biedt dan werk aan zo'n 1.500 mensen".
const WORK_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:work|works|worked|(?:provide|provides|providing|provided|offer|offers|offering|give|gives|giving|bring|brings)\s+(?:\p{L}+\s+)?(?:work|jobs|employment)\s+(?:for|to))\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|up to\s+)?$/iu,
  fr: /(?<![\p{L}])(?:travaillent|travaillaient|travailleront|travaillera|travaille|(?:du\s+)?travail\s+à)\s+(?:(?:déjà|aujourd['’]hui|actuellement|désormais)\s+)?(?:(?:environ|près de|quelque|plus de|jusqu['’]à)\s+)?$/iu,
  nl: /(?<![\p{L}])(?:werken|werkten|werkt|(?:werk|banen|een baan)\s+(?:(?:bieden|geven)\s+)?(?:aan|voor))\s+(?:(?:er|nu|al|inmiddels|wereldwijd|momenteel|ruim|bijna|zo['’]n|ongeveer|circa|meer dan)\s+){0,4}$/iu,
};
const WORK_AFTER: Record<Language, RegExp> = {
  en: /^\s+(?:people|staff|employees|workers)\s+(?:(?:already|now|currently|will|would)\s+)?(?:work|worked|working)(?![\p{L}])/iu,
  fr: /^\s+(?:personnes|salariés|employés)\s+(?:(?:y\s+)?(?:travaillent|travaillaient|travailleront|travailler))(?![\p{L}])/iu,
  nl: /^\s+mensen\s+(?:(?:te\s+)?werken|werkten|aan het werk|aan de slag)(?![\p{L}])/iu,
};

// A staff told by its size as an adjective (round 18): "its 1,500-strong workforce", "a
// 1.5 million-strong workforce", "a 60-strong team".
const STRONG_STAFF = /^-strong[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:workforce|staff|team|teams|headcount)(?![\p{L}])/iu;

/** Whether the count at `q` is the size of a staff written "N-strong workforce". */
export const strongStaff = (q: Quantity, sentence: string): boolean => sentence.charCodeAt(q.end) === 45 && STRONG_STAFF.test(sentence.slice(q.end, q.end + 40));
