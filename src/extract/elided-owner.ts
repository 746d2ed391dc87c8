import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * Whether a figure hangs on a possessive whose noun is left out, so it counts the same thing as
 * the figure told before it, in the same place: "Temu's users in the US fell 52%, while Shein's
 * dropped 25%", "celui de Shein a reculé de 25 %", "die van Shein daalde 25 procent". The place of
 * the first figure is the second's unless its own clause names one (checked by the caller).
 * A forecast of it too (round 21): "while Amazon's are forecast to rise 6%", "Shein's should grow 10%".
 */
const ELIDED_AFTER_NAME = /^(?:['’]s?|’s?)\s+(?:(?:own|figure|number)\s+)?(?:[\p{L}]+\s+){0,5}?$/u;
const ELIDED_BEFORE_NAME = /(?<![\p{L}])(?:celui|celle|ceux|celles|die|dat)\s+(?:de|d['’]|van)\s*$/iu;
const VERB_NOT_NOUN = /^(?:['’]s?|’s?)\s+(?:(?:own|figure|number)\s+)?(?:(?:fell|dropped|rose|grew|declined|slipped|jumped|climbed|increased|decreased|was|were|is|are|had|has|did|sank|plunged|shrank|slid|by|only|just|also|about|nearly|almost|will|would|could|may|might|should|be|been|forecast|expected|projected|predicted|seen|set|likely|to|rise|grow|fall|drop|climb|increase|decrease|decline|gain|jump|slip|shrink)\s+){1,5}$/iu;

export function elidedPossessive(mentions: Mention[], q: Quantity, sentence: string): boolean {
  let last: Mention | undefined;
  for (const m of mentions) if (m.end <= q.start) last = m;
  if (!last || last === mentions[0] || q.start - last.end > 40) return false;
  const between = sentence.slice(last.end, q.start);
  if (ELIDED_AFTER_NAME.test(between)) return VERB_NOT_NOUN.test(between);
  return ELIDED_BEFORE_NAME.test(sentence.slice(Math.max(0, last.start - 12), last.start)) && /^\s+(?:[\p{L}]+\s+){1,4}?(?:de|met|by)?\s*$/iu.test(between);
}
