import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * A fine given to a party the text names only by a common noun is that party's, not the tracked
 * company's: "last year it fined a cosmetics retailer €3 million for similar practices",
 * "l'autorité a infligé une amende de 3 millions d'euros à une enseigne de jouets", "de ACM
 * beboette eerder een reisorganisatie met 2 miljoen euro". Such a sentence tells the authority's
 * record, and the company the article is about is not the one fined. A fine on a named company is
 * left to the name ("fined Temu €2 million").
 */
export function otherFined(mentions: Mention[], q: Quantity, sentence: string, language: Language): boolean {
  if (!VERB_GATE.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, q.start - 90), q.start);
  const ahead = FINED_BEFORE[language].exec(before);
  if (ahead !== null) {
    const from = q.start - before.length + ahead.index;
    return !mentions.some((m) => m.competitor !== null && m.start >= from && m.end <= q.start);
  }
  const after = FINED_AFTER[language].exec(sentence.slice(q.end, q.end + 80));
  return after !== null && !mentions.some((m) => m.competitor !== null && m.start >= q.end && m.start <= q.end + after[0].length + 30);
}

// A fining verb, then an indefinite party (not "a record", "a total of"), then the sum.
const FINED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:fined|fines|fining|penali[sz]ed|sanctioned|ordered)\s+(?:a|an|another|one|two|three|several|other|some)\s+(?!(?:record|total|further|additional|combined|fine|penalty|sum)(?![\p{L}]))[^,.;]{0,50}$/iu,
  fr: /(?<![\p{L}])(?:condamné|condamne|sanctionné|sanctionne|infligé\s+à|inflige\s+à|mis\s+à\s+l['’]amende)\s+(?:un|une|d['’]autres|plusieurs|deux|trois)\s+[^,.;]{0,50}$/iu,
  nl: /(?<![\p{L}])(?:beboette|beboet|bestrafte|legde|gaf|veroordeelde)\s+(?:(?:de|het)\s+[\p{L}-]+\s+)?(?:eerder\s+|al\s+|vorig\s+jaar\s+)?(?:een|andere|twee|drie|meerdere|enkele)\s+(?!(?:recordboete|boete)(?![\p{L}]))[^,.;]{0,50}$/iu,
};

// The sum, then the indefinite party it was imposed on.
const FINED_AFTER: Record<Language, RegExp> = {
  en: /^[^.;]{0,40}?(?<![\p{L}])(?:on|against)\s+(?:a|an|another|several|two|three|other)\s+\p{L}/iu,
  fr: /^[^.;]{0,40}?(?<![\p{L}])(?:à|contre)\s+(?:un|une|d['’]autres|plusieurs|deux|trois)\s+\p{L}/iu,
  nl: /^[^.;]{0,40}?(?<![\p{L}])(?:aan|tegen)\s+(?:een|andere|twee|drie|meerdere|enkele)\s+\p{L}/iu,
};

const VERB_GATE = /fine|fining|penali|sanction|order|condamn|inflig|amende|beboet|bestraf|legde|gaf|veroordeel|boete/i;
