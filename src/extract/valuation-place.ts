import type { MarketHit } from './markets.js';

/**
 * A valuation is the whole company's: a place told after the clause of the figure is where the
 * company goes on to do something else, not what was valued (round 18): "Shein, which was valued
 * at $66 billion in May, has been growing in Europe" is no valuation in Europe; "TikTok Shop's US
 * arm, valued at $20 billion" keeps its place, told before.
 */
export function valuationPlaces(hits: readonly MarketHit[], sentence: string, figureEnd: number): MarketHit[] {
  const comma = sentence.indexOf(',', figureEnd);
  const semi = sentence.indexOf(';', figureEnd);
  const end = Math.min(comma < 0 ? sentence.length : comma, semi < 0 ? sentence.length : semi);
  // "Sequoia China", "Amazon France": a country closing a firm's name is no place of the valuation (round 19).
  return hits.filter((m) => m.kind !== 'city' && m.start < end && !NAME_BEFORE.test(sentence.slice(Math.max(0, m.start - 24), m.start)));
}

// A capitalised word inside the sentence right before the place: the place ends a name.
const NAME_BEFORE = /[\p{L},]\s+\p{Lu}[\p{L}&-]+\s+$/u;
