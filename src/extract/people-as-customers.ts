import type { Language } from '../domain/vocabulary.js';
import type { Quantity } from './numbers.js';

/**
 * People counted as a company's buyers are its customers (round 18): the clientele named before
 * the count ("la clientèle de Shein atteint 40 millions de personnes", "its customer base of 40
 * million people", "het klantenbestand telt 13 miljoen mensen"), or the people shopping there
 * right after it ("13 million people shop at Bol.com", "13 millions de personnes achètent sur
 * Bol.com", "13 miljoen mensen kopen bij Bol"). A survey's sample is left out by the caller.
 */
const CLIENTELE = /(?<![\p{L}])(?:clientèle|base de clients|customer base|client base|klantenbestand|klantenbasis)(?![\p{L}])[^.;:]{0,50}$/iu;

const SHOP_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]+people[\s\u00A0]+(?:(?:now|already|regularly|each month|every month|have)[\s\u00A0]+)*(?:shop|shopped|buy|bought|order|ordered|purchased)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){0,2}?(?:at|on|from|with|via|through)(?![\p{L}])/iu,
  fr: /^[\s\u00A0]+(?:de[\s\u00A0]+|d['’])?personnes[\s\u00A0]+(?:(?:ont|avaient|déjà|régulièrement|chaque mois)[\s\u00A0]+)*(?:achètent|achetaient|acheté|commandent|commandaient|commandé)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){0,2}?(?:sur|chez|via|auprès de)(?![\p{L}])/iu,
  nl: /^[\s\u00A0]+mensen[\s\u00A0]+(?:(?:al|nu|regelmatig|geregeld|maandelijks|hebben)[\s\u00A0]+)*(?:kopen|kochten|gekocht|bestellen|bestelden|besteld|winkelen|winkelden)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){0,2}?(?:bij|via|op)(?![\p{L}])/iu,
};

export const peopleAsCustomers = (q: Quantity, sentence: string, language: Language): boolean =>
  CLIENTELE.test(sentence.slice(Math.max(0, q.start - 70), q.start)) || SHOP_AFTER[language].test(sentence.slice(q.end, q.end + 70));
