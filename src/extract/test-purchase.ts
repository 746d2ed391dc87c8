import type { Language } from '../domain/vocabulary.js';

/**
 * Whether a sentence tells of goods bought to be tested, usually by a consumer group:
 * "Testaankoop kocht 60 producten", "the watchdog bought 40 items to test", "l'association a
 * acheté 30 articles". The count is a sample, not the platform's orders, and buying it is no
 * acquisition.
 */
export function boughtToTest(sentence: string, language: Language): boolean {
  return BOUGHT[language].test(sentence) && TESTER[language].test(sentence);
}

const BOUGHT: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:bought|buys|buying|purchased|purchases|ordered|orders)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:acheté|achetés|achetées|achète|achètent|commandé|commandés|commandées|commande)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:kocht|kochten|gekocht|koopt|bestelde|bestelden|besteld|bestelt)(?![\p{L}])/iu,
};

const ORGS = String.raw`test[- ]?aankoop|test[- ]achats|consumentenbond|stiftung warentest|que choisir|ufc|beuc|which\?|60 millions de consommateurs`;
const TESTER: Record<Language, RegExp> = {
  en: new RegExp(
    String.raw`(?<![\p{L}])(?:${ORGS}|consumer (?:group|groups|organi[sz]ations?|associations?|watchdogs?|body|bodies|magazine)|to (?:test|be tested|analy[sz]e)|for testing|(?:for|in) (?:a |an |its |their |the )?(?:new |own )?test|tested|lab(?:oratory)? tests?|test purchases?)(?![\p{L}])`,
    'iu',
  ),
  fr: new RegExp(
    String.raw`(?<![\p{L}])(?:${ORGS}|associations? de (?:consommateurs|défense des consommateurs)|organisations? de consommateurs|tester|testés|testées|pour (?:un |son |leur |ce )?(?:nouveau )?test|analyser|analysés|analysées|en laboratoire|laboratoire)(?![\p{L}])`,
    'iu',
  ),
  nl: new RegExp(
    String.raw`(?<![\p{L}])(?:${ORGS}|consumentenorganisaties?|consumentenverenigingen?|consumentenprogramma|om te testen|(?:voor|in|bij) (?:een |de |hun |zijn |haar )?(?:nieuwe |eigen )?test|testen|getest|laten testen|onderzocht|laboratorium|lab)(?![\p{L}])`,
    'iu',
  ),
};
