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
  return hits.filter((m) => m.kind !== 'city' && m.start < end && !inFirmName(sentence, m));
}

// A country closing a firm's name is no place of the valuation (round 19): "led by General
// Atlantic and Sequoia China", "avec HongShan et Tiger Global Asia", "met SoftBank Japan".
// The word before the country is a capitalised word inside the sentence, not its first word.
const NAME_WORD_BEFORE = /[^\s.!?:;«"“]\s+\p{Lu}[\p{L}\p{N}&-]+\s$/u;
function inFirmName(sentence: string, m: MarketHit): boolean {
  if (!/\p{Lu}/u.test(sentence[m.start] ?? '')) return false;
  return NAME_WORD_BEFORE.test(sentence.slice(Math.max(0, m.start - 40), m.start));
}
