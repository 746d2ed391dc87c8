import type { Language } from '../domain/vocabulary.js';
import { GROWTH_DOWN_RE, GROWTH_UP_RE, SHARE_ALL_RE } from './metric-cues.js';
import type { Quantity } from './numbers.js';
import { hits } from './words.js';

/**
 * Whether a share cue near a percentage is that percentage's own (round 13, metrics). Two cues near
 * a figure belong to another one:
 * - a cue after the figure that its own percentage follows: "en hausse de 6 %, soit une part de
 *   marché d'environ 3 %" (the 3 is the share, the 6 the growth);
 * - a cue before the figure with a change word right before the figure in between: "des ventes en
 *   ligne (GMV) de 7,4 Mds€, en hausse de 5 %", "holds 20% of the market, up 3%" (not one that moves
 *   the share "to" its level: "Shein's share rose to 4.5%"). A share noun
 *   ("market share", "part de marché", "marktaandeel") stays the figure's: "its market share rose
 *   to 8%" is told elsewhere (levels).
 * `near` is the text the share cues were found in, starting at `lo` in the sentence.
 */
export function ownShareCue(q: Quantity, sentence: string, language: Language, lo: number, near: string): boolean {
  const s = q.start - lo;
  const e = q.end - lo;
  for (const h of hits(SHARE_ALL_RE[language], near)) {
    if (h.start >= e) {
      // Right after the figure ("a 38% share for Amazon and 6% for Walmart") the cue is its own.
      if (near.slice(e, h.start).trim() === '' || !PERCENT_SOON.test(sentence.slice(lo + h.end, lo + h.end + 30))) return true;
      continue;
    }
    if (SHARE_NOUN.test(h.text)) return true;
    const between = near.slice(h.end, s);
    const change = [...hits(GROWTH_UP_RE[language], between), ...hits(GROWTH_DOWN_RE[language], between)];
    // "Shein's share rose to 4.5%": the share's level, reached by the change.
    if (!change.some((c) => between.length - c.end <= 20) || LEVEL_TO.test(between)) return true;
  }
  return false;
}

const LEVEL_TO = /(?<![\p{L}])(?:to|à|tot|naar)[\s\u00A0]+(?:(?:about|around|roughly|approximately|nearly|almost|some|just over|just under|more than|environ|près de|plus de|ruim|bijna|ongeveer|circa|zo['’]n)[\s\u00A0]+)?$/iu;
const PERCENT_SOON = /\d(?:[\d.,\s\u00A0]*\d)?[\s\u00A0]*(?:%|procent|pour cent|per cent|percent)/iu;
const SHARE_NOUN = /market share|share of the market|part de marché|parts de marché|part du marché|marktaandeel|aandeel van de markt/iu;
