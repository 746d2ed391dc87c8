import { declareGate } from './gates.js';

/**
 * Sales told of a sales event are what shoppers spent during it, gross merchandise, at a retailer
 * that also hosts other sellers and whose own "sales" are otherwise its revenue: "$12.9 billion
 * of US sales during the event", "Prime Day sales of $14 billion", "les ventes pendant les
 * Journées Prime", "de verkopen tijdens Black Friday". The event's tally takes in every seller on
 * the site; the company's revenue is told for a quarter or a year. A brand that sells only its
 * own goods (Shein) books its event sales as revenue.
 * `start`/`end` are the sales word's place in the sentence.
 */
const HOSTS_SELLERS: ReadonlySet<string> = new Set(['amazon', 'bol']);

const EVENT =
  '(?:Prime Days?|Prime Big Deal Days|Black Friday|Cyber Monday|Cyber Week|Singles[’\']? Day|Double 11|(?:the|this|that) (?:sales |shopping |four-day |two-day |\\d+-day )?event|Journées Prime|French Days|(?:l[’\']|cet |cette )(?:événement|opération)|(?:de|die|deze) (?:actiedagen|actieweek|actie|koopjesdagen))';
const DURING_AFTER = new RegExp(`^[^.;:]{0,40}?(?<![\\p{L}])(?:during|on|over|across|for|pendant|durant|lors d(?:e|es|u)|tijdens|op|rond)\\s+(?:(?:les|la|le|het)\\s+)?${EVENT}(?![\\p{L}])`, 'iu');
const EVENT_BEFORE = new RegExp(`(?<![\\p{L}])${EVENT}(?:[’']s)?\\s+$`, 'iu');
const GATE = /prime|friday|monday|cyber|single|double|event|french|journées|événement|opération|actie|koopjes/iu;
declareGate('event sales: during the event', DURING_AFTER, GATE);
declareGate('event sales: event before', EVENT_BEFORE, GATE);

export function salesOfEvent(competitor: string, sentence: string, start: number, end: number): boolean {
  if (!HOSTS_SELLERS.has(competitor) || !GATE.test(sentence)) return false;
  return DURING_AFTER.test(sentence.slice(end, end + 80)) || EVENT_BEFORE.test(sentence.slice(Math.max(0, start - 30), start));
}
