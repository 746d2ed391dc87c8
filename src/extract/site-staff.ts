import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a staff count is told of one site: "the fulfilment centre employs 2,800 people",
 * "l'entrepôt compte 1 200 salariés", "het distributiecentrum heeft ruim 2.500 medewerkers". A
 * site stands in one place, so its staff are counted where the sentences before it, or the
 * article, are (market-context.ts), as jobs created are. A company's whole staff ("Amazon employs
 * 1.5 million people", "ses entrepôts emploient") is not: only one site, in the singular, counts.
 */
const SITE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:(?:fulfil?ment|distribution|sorting|logistics|delivery|customer service|returns) (?:centre|center)|warehouse|depot|(?:the|this|that|its)\s+(?:[\p{L}\p{N},.-]+\s+){0,2}?(?:site|hub|plant|facility|office))(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:entrepôt|centre (?:de distribution|de tri|logistique)|plateforme logistique|usine|(?:le|ce|son|du) (?:site|bureau|siège))(?![\p{L}])/iu,
  nl: /(?:distributiecentrum|sorteercentrum|fulfilmentcentrum|logistieke centrum|magazijn|(?<![\p{L}])(?:de|deze|die) vestiging|(?<![\p{L}])(?:het|dit|dat) (?:depot|kantoor|hoofdkantoor))(?![\p{L}])/iu,
};

export const staffOfOneSite = (sentence: string, language: Language): boolean => SITE[language].test(sentence);
