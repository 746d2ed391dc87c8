import type { MarketHit } from './markets.js';
import { declareGate } from './gates.js';

// "across 90 markets", "dans plus de 150 pays", "in ruim 50 landen": a figure told over many
// countries at once is a worldwide one. Fewer than ten is a list of places, not the world.
const MANY_MARKETS =
  /(?<![\p{L}])(?:across|in|into|dans|sur|en|in)\s+(?:(?:more than|over|nearly|almost|some|about|around|plus de|près de|quelque|environ|ruim|bijna|zo['’]n|meer dan|circa|ongeveer)\s+)?(\d{2,3})\s+(?:[\p{L}-]+\s+)?(?:markets|countries|marchés|pays|landen|markten)(?![\p{L}])/giu;
// A plain substring test first: most sentences name no markets or countries in the plural.
const WORD_GATE = /markets|countries|marchés|pays|landen|markten/i;
const GATE = /\d\d\s+(?:[\p{L}-]+\s+)?(?:markets|countr|march|pays|landen|markten)/iu;

declareGate('many markets', MANY_MARKETS, (text) => WORD_GATE.test(text) && GATE.test(text));

/** Spans that speak of many countries at once, as worldwide market hits. */
export function manyMarkets(text: string): MarketHit[] {
  if (!WORD_GATE.test(text) || !GATE.test(text)) return [];
  const out: MarketHit[] = [];
  MANY_MARKETS.lastIndex = 0;
  for (let m = MANY_MARKETS.exec(text); m !== null; m = MANY_MARKETS.exec(text)) {
    if (Number(m[1]) >= 10) out.push({ start: m.index, end: m.index + m[0].length, code: 'GLOBAL', kind: 'global' });
  }
  return out;
}
