import type { Language } from '../domain/vocabulary.js';
import { MAX_SENTENCE } from './article-context.js';
import { isOrigin } from './events.js';
import { findMarkets, type MarketHit } from './markets.js';

/**
 * "TikTok Shop went live in Germany, France and Italy. ... it is offering free delivery in all
 * three markets": a sentence that points back at several places ("in all three markets", "in
 * both countries", "dans ces trois pays", "in alle drie de landen", "in deze landen") tells its
 * event in each place the nearest sentence before it names (round 11, b). Only used for an
 * event that needs a market and found no single one.
 */
const POINTS_TO_SEVERAL: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:in|across|to)\s+(?:all\s+|each of\s+)?(?:(?:the|these|those|both)\s+)?(?:(?:two|three|four|five|six)\s+)?(?:markets|countries)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:dans|sur)\s+(?:(?:les|ces)\s+)(?:(?:deux|trois|quatre|cinq|six)\s+)?(?:marchés|pays)(?![\p{L}])/iu,
  nl: /(?<![\p{L}])(?:in|op)\s+(?:(?:alle|beide|deze|die)\s+)(?:(?:twee|drie|vier|vijf|zes)\s+)?(?:de\s+)?(?:markten|landen)(?![\p{L}])/iu,
};

export function pointedMarkets(sentence: string, language: Language, sentences: string[], i: number, cache: Map<string, MarketHit[]>): string[] {
  const pointer = POINTS_TO_SEVERAL[language].exec(sentence);
  if (!pointer) return [];
  // "all three markets": the first three places named; "both": the first two.
  const count = COUNTS.find(([re]) => re.test(pointer[0]))?.[1] ?? Number.POSITIVE_INFINITY;
  for (let j = i - 1; j >= 1 && j >= i - 3; j--) {
    const s = sentences[j]!.slice(0, MAX_SENTENCE);
    let all = cache.get(s);
    if (!all) {
      all = findMarkets(s, language);
      cache.set(s, all);
    }
    const codes = [...new Set(all.filter((m) => m.kind !== 'global' && !isOrigin(s, m)).map((m) => m.code))];
    if (codes.length > 0) return codes.length > 1 && codes.length >= Math.min(count, 2) ? codes.slice(0, count) : [];
  }
  return [];
}

const COUNTS: Array<[RegExp, number]> = [
  [/(?<![\p{L}])(?:two|both|deux|twee|beide)(?![\p{L}])/iu, 2],
  [/(?<![\p{L}])(?:three|trois|drie)(?![\p{L}])/iu, 3],
  [/(?<![\p{L}])(?:four|quatre|vier)(?![\p{L}])/iu, 4],
  [/(?<![\p{L}])(?:five|cinq|vijf)(?![\p{L}])/iu, 5],
  [/(?<![\p{L}])(?:six|zes)(?![\p{L}])/iu, 6],
];
