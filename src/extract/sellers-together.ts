import type { Language } from '../domain/vocabulary.js';

/**
 * "Together" told of a platform's sellers sums what they sold on it, the platform's gross
 * merchandise value, not the figures of several companies (round 20):
 * - en: "its 40,000 merchants, who together sold goods worth $2 billion last year";
 * - fr: "ses 12 000 vendeurs, qui ont écoulé ensemble pour 900 millions d'euros de marchandises";
 * - nl: "de 30.000 verkopers, die samen voor 1,2 miljard euro aan spullen verkochten".
 * "Temu and Shein together sold ..." stays a sum of companies: the sellers' noun must stand in
 * the clause right before the word "together".
 */
const SELLERS_TOGETHER: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:sellers|merchants|vendors|traders|sales partners|selling partners)(?![\p{L}])[^.;:]{0,40}?(?<![\p{L}])(?:together|combined|between them)(?![\p{L}])[^.;]{0,60}$/iu,
  fr: /(?<![\p{L}])(?:vendeurs|marchands|commerçants|partenaires(?: vendeurs| commerciaux)?|vendeurs tiers)(?![\p{L}])[^.;:]{0,40}?(?<![\p{L}])(?:ensemble|cumulé\p{L}*)(?![\p{L}])[^.;]{0,60}$/iu,
  nl: /(?<![\p{L}])(?:verkopers|verkooppartners|partnerverkopers|handelaren|webwinkeliers)(?![\p{L}])[^.;:]{0,40}?(?<![\p{L}])(?:samen(?!\s+met)|gezamenlijk\p{L}*|bij elkaar)(?![\p{L}])[^.;]{0,60}$/iu,
};

/** Whether the "together" before a sum (`before`: the text up to it) is told of the platform's sellers. */
export function sellersTogether(before: string, language: Language): boolean {
  return SELLERS_TOGETHER[language].test(before);
}
