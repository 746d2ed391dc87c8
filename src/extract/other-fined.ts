import type { Language } from '../domain/vocabulary.js';
import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';
import { findMarkets } from './markets.js';

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
  if (after !== null) return !mentions.some((m) => m.competitor !== null && m.start >= q.end && m.start <= q.end + after[0].length + 30);
  return namedOtherFined(mentions, q, sentence, language);
}

/**
 * A fine imposed on a company named after the sum, and not one we track, is that company's (round
 * 21): "the regulator fined Criteo €40 million last year", "la CNIL avait infligé 40 M€ d'amende à
 * Criteo", "de ACM legde Kruidvat een boete van 2 miljoen euro op". The authority's record is told
 * beside the tracked company's case; a tracked name there keeps the fine ("à Amazon France").
 */
function namedOtherFined(mentions: Mention[], q: Quantity, sentence: string, language: Language): boolean {
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  const after = NAMED_AFTER[language].exec(sentence.slice(q.end, q.end + 60));
  const ahead = after === null ? NAMED_BEFORE[language].exec(before) : null;
  const at = after ? q.end + after.indices![1]![0] : ahead ? q.start - before.length + ahead.indices![1]![0] : -1;
  if (at < 0) return false;
  // A place is no company: "a fine of €2 million in Paris" is left to the places.
  return !mentions.some((m) => m.start <= at && m.end > at) && !findMarkets(sentence.slice(at, at + 40), language).some((h) => h.start === 0);
}

// The sum, then the name it fell on (case matters: a name has its capital).
const NAMED_AFTER: Record<Language, RegExp> = {
  en: /^[^.;]{0,30}?(?<![\p{L}])(?:on|against)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}]))(\p{Lu}[\p{L}\p{N}&'’-]*)/du,
  fr: /^[^.;]{0,30}?(?<![\p{L}])(?:[àÀ]|contre|[àÀ]\s+l['’]encontre\s+de)\s+(\p{Lu}[\p{L}\p{N}&'’-]*)/du,
  nl: /^[^.;]{0,30}?(?<![\p{L}])(?:aan|tegen)\s+(\p{Lu}[\p{L}\p{N}&'’-]*)/du,
};
// The fining verb, then the name, then the sum: "fined Criteo €40 million", "beboette Kruidvat met".
const NAMED_BEFORE: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:fined|fines|fining|penali[sz]ed)\s+(\p{Lu}[\p{L}\p{N}&'’-]*)\s+(?:(?:a|an)\s+)?(?:total\s+of\s+)?\S*$/du,
  fr: /(?<![\p{L}])(?:condamné|condamne|sanctionné|sanctionne)\s+(\p{Lu}[\p{L}\p{N}&'’-]*)\s+(?:à\s+(?:une\s+)?(?:amende\s+de\s+)?|d['’]une\s+amende\s+de\s+)\S*$/du,
  nl: /(?<![\p{L}])(?:beboette|beboet|legde|gaf)\s+(?:(?:de|het)\s+[\p{L}-]+\s+)?(\p{Lu}[\p{L}\p{N}&'’-]*)\s+(?:een\s+(?:boete\s+)?(?:van\s+)?|met\s+)\S*$/du,
};

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
