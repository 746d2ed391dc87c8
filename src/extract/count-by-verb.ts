import type { Language, MetricName } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * A count of people named by their trade, not by a word of the metric lists, is told by its verb
 * (round 19):
 * - people a company hires or looks for are staff to come: "is looking for 200 engineers", "recrute
 *   150 développeurs", "zoekt nog zo'n 200 tech-specialisten";
 * - people who sell on the company's platform are its sellers: "more than 5,000 publishers sell on
 *   its platform", "5 000 éditeurs vendent sur sa plateforme", "5.000 uitgevers verkopen via het
 *   platform".
 * Only read when no listed noun counts the figure; the noun must follow the figure right away.
 */
export function countByVerb(q: Quantity, sentence: string, language: Language): MetricName | null {
  const after = sentence.slice(q.end, q.end + 90);
  const noun = NOUN_AFTER.exec(after);
  if (!noun) return null;
  if (HIRE_BEFORE[language].test(sentence.slice(Math.max(0, q.start - 40), q.start))) return 'employees';
  const rest = after.slice(noun[0].length);
  return SELL_ON[language].test(rest) ? 'sellers' : null;
}

// A plural noun in lower case, right after the figure (with "de", "d'" in French).
const NOUN_AFTER = /^[\s\u00A0]+(?:d['’]|de[\s\u00A0]+)?\p{Ll}[\p{L}-]*(?:s|en|'s|’s)(?![\p{L}])/u;

const HIRE_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:hire|hires|hiring|recruit|recruits|recruiting|is looking for|are looking for|seeks|seeking)[\s\u00A0]+(?:(?:another|about|around|some|up to|more than|a further)[\s\u00A0]+)?$/iu,
  fr: /(?<![\p{L}])(?:recrute|recrutent|recrutera|recruter|embauche|embauchent|embauchera|embaucher|cherche|cherchent)[\s\u00A0]+(?:(?:encore|environ|quelque|près de|plus de|jusqu['’]à)[\s\u00A0]+)*$/iu,
  // Dutch puts the subject after the verb: "zoekt bol nog zo'n 200".
  nl: /(?<![\p{L}])(?:zoekt|zoeken|werft|werven)[\s\u00A0]+(?:(?:het bedrijf|de webwinkel|het platform|[\p{L}.]+)[\s\u00A0]+)?(?:(?:nog|zo['’]n|ruim|circa|ongeveer|bijna|meer dan)[\s\u00A0]+)*$/iu,
};

// The sellers' verb after the noun, a few words on: "...auteurs autoédités français vendent sur".
const SELL_ON: Record<Language, RegExp> = {
  en: /^(?:[\s\u00A0]+(?:and|or|[\p{L}-]+)){0,5}?[\s\u00A0]+(?:sell|sold|are selling)[\s\u00A0]+(?:on|through|via)(?![\p{L}])/iu,
  fr: /^(?:[\s\u00A0]+(?:et|ou|[\p{L}-]+)){0,5}?[\s\u00A0]+(?:vendent|vendaient|vendront)[\s\u00A0]+(?:sur|via|par)(?![\p{L}])/iu,
  nl: /^(?:[\s\u00A0]+(?:en|of|[\p{L}-]+)){0,5}?[\s\u00A0]+(?:verkopen|verkochten|verkopen nu)[\s\u00A0]+(?:via|op)(?![\p{L}])/iu,
};
