import type { Quantity } from './numbers.js';

// Money spent buying back shares is no revenue, profit or investment (round 17, non-metric):
// "plans to buy back €1 billion of its own shares", "un programme de rachat d'actions de 2
// milliards", "wil voor 1 miljard euro eigen aandelen inkopen".
const BUYBACK_BEFORE = /(?<![\p{L}])(?:buy(?:ing)?[\s\u00A0-]?back|buybacks?|repurchas\p{L}*|rachat d['’]actions(?:[\s\u00A0]+de)?|rachat de ses (?:propres )?actions|racheter|inkoop (?:van )?eigen aandelen|aandeleninkoop(?:[\s\u00A0]+van)?)[\s\u00A0]+(?:(?:up to|about|some|jusqu['’]à|environ|ruim|zo['’]n|maximaal)[\s\u00A0]+)?$/iu;
const SHARES_AFTER = /^[\s\u00A0]*(?:(?:of|in|d['’]|de|aan)[\s\u00A0]*)?(?:(?:its|their|the group['’]s|ses|leurs|zijn|haar|hun)[\s\u00A0]+)?(?:own[\s\u00A0]+|propres[\s\u00A0]+|eigen[\s\u00A0]+)?(?:shares|stock|actions|aandelen)(?![\p{L}])/iu;
const STEMS = /buy|repurchas|rachat|rachet|inko|aandelen|shares|actions|stock/iu;

/** Whether the sum at `q` buys back shares. */
export function shareBuyback(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'money' || !STEMS.test(sentence)) return false;
  if (SHARES_AFTER.test(sentence.slice(q.end, q.end + 40))) return true;
  return BUYBACK_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start));
}
