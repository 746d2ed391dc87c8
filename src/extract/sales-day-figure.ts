import type { Quantity } from './numbers.js';

/**
 * Whether a figure in a sentence that names a sales day is the sales day's result, so the day only
 * dates it ("its Black Friday sales reached $2 billion", "Les soldes ne pèsent plus que 15 % des
 * ventes"): a figure read as a metric, or a share or sum that is no term of the offer. The terms of
 * an offer are the promotion itself: "a Singles Day sale with 30% off", "Black Friday, met kortingen
 * tot 70 procent", "an 11-day event with 100,000 deals", "jusqu'à 70 % de remise".
 */
export function datesAFigure(quantities: readonly Quantity[], sentence: string, metricRead: boolean, isDuration: (q: Quantity) => boolean): boolean {
  if (metricRead) return true;
  return quantities.some((q) => (q.kind === 'percent' || (q.kind === 'money' && q.scaled)) && !isDuration(q) && !offerTerm(q, sentence));
}

const UP_TO_BEFORE = /(?:up to|as much as|jusqu['’]à|tot|tot wel|à|-)\s*$/iu;
const OFF_AFTER = /^\s*(?:off|discount|de (?:remise|réduction|rabais)|korting|minder|de moins)(?![\p{L}])/iu;

function offerTerm(q: Quantity, sentence: string): boolean {
  return UP_TO_BEFORE.test(sentence.slice(Math.max(0, q.start - 14), q.start)) || OFF_AFTER.test(sentence.slice(q.end, q.end + 20));
}
