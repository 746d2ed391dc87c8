import type { Language, Status } from '../domain/vocabulary.js';
import type { MetricReading } from './metrics.js';
import type { Quantity } from './numbers.js';

// A ranking of market shares goes on sentence after sentence with the figure alone: "Bol has a
// market share of 17%. Amazon.nl stays stuck at 4 percent." — "Amazon reste loin devant avec 21 %
// de part de marché. Shein atteint 3 %." The sentence before names the share.
const SHARE_NOUN: Record<Language, RegExp> = {
  en: /(?<![\p{L}])market shares?(?![\p{L}])/iu,
  fr: /(?<![\p{L}])parts? de marché(?![\p{L}])/iu,
  nl: /(?<![\p{L}])marktaandee?l(?:en)?(?![\p{L}])/iu,
};
// What may follow the figure in such a sentence: the clause ends, or a time or place follows. A
// noun after it ("40% of its customers", "3 % des ventes") says what it is a part of instead.
// A rank may follow too (round 21): "Bol blijft met 18 procent veruit de grootste", "Amazon leads
// with 21%, by far the largest", "Amazon reste, avec 21 %, de loin le premier".
const ENDS_AFTER: Record<Language, RegExp> = {
  en: /^[\s\u00A0]*(?:[.,;:)]|$|(?:in|on|this|last|after|behind|ahead|now|today|by far|far and away|the (?:largest|biggest|leader|market leader))(?![\p{L}]))/iu,
  fr: /^[\s\u00A0]*(?:[.,;:)]|$|(?:en|au|aux|dans|cette|ce|l['’]an|désormais|aujourd['’]hui|derrière|devant|de loin|loin devant|(?:le|la) (?:premier|première|leader|plus grand))(?![\p{L}]))/iu,
  nl: /^[\s\u00A0]*(?:[.,;:)]|$|(?:in|op|dit|deze|vorig|vorige|afgelopen|nu|inmiddels|achter|voor|veruit|verreweg|de (?:grootste|marktleider|nummer één|nummer een))(?![\p{L}]))/iu,
};

/** A percentage with no cue of its own, in a sentence right after one that names a market share. */
export function continuedShare(q: Quantity, sentence: string, previous: string, language: Language): MetricReading | null {
  if (q.kind !== 'percent' || previous === '' || !SHARE_NOUN[language].test(previous)) return null;
  if (!ENDS_AFTER[language].test(sentence.slice(q.end, q.end + 20))) return null;
  if (STOCK_OPENING.test(sentence) || EXCHANGE.test(sentence)) return null;
  return { metric: 'market_share', value: Math.abs(q.value), unit: 'percent' };
}

// A stock moving is no share of a market (round 21): "Het aandeel verloor ruim 13 procent", "The
// stock lost 13%", "L'action a perdu 13 %" (a share of someone, "het aandeel van Amazon", is one),
// nor is anything told of a stock exchange: "op Wall Street", "à la Bourse de Paris".
const STOCK_OPENING = /^\s*(?:(?:the|its|het|l['’]|les|son|sa)\s*)?(?:shares|stock|aandeel|aandelen|action|actions|titre)(?!\s+(?:of|van|de|du|des|d['’]))(?![\p{L}])/iu;
const EXCHANGE = /(?<![\p{L}])(?:Wall Street|Nasdaq|NYSE|stock market|stock exchange|beurs|Bourse)(?![\p{L}])/iu;

/**
 * A market share is someone's measure of a whole market no company sees in full (a panel, a
 * market researcher): an estimate, unless it is aimed at.
 */
export const shareStatus = (status: Status): Status => (status === 'actual' ? 'estimate' : status);
