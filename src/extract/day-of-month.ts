import type { Quantity } from './numbers.js';
import { MONTH_NAMES } from './periods.js';

// The day of a date is no count: "from January 1", "on May 2", "le 1er janvier", "per 2 mei".
// The month names of all three languages (a date's language need not be the article's), and the
// English short forms.
const MONTH = [...MONTH_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].join('|');
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${MONTH})\\.?[\\s\\u00A0]+$`, 'iu');
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th|er|e)?[\\s\\u00A0]+(?:${MONTH})(?![\\p{L}])`, 'iu');

/** Whether a small plain number at `q` is the day of a month written next to it. */
export function dayOfMonth(q: Quantity, sentence: string): boolean {
  if (q.kind !== 'count' || q.scaled || !Number.isInteger(q.value) || q.value < 1 || q.value > 31) return false;
  return MONTH_AFTER.test(sentence.slice(q.end, q.end + 16)) || MONTH_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start));
}
