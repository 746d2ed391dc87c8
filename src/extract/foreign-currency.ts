import type { Quantity } from './numbers.js';

// A sum in a currency the money reader does not know counts nothing the company has (round 17,
// non-metric): "orders above 199 pesos and charge sellers ...", "plus de 500 dirhams", "150
// zloty". Such a number is never a count of customers, sellers or orders, though a count noun
// may follow a few words on.
const CURRENCY_AFTER =
  /^[\s\u00A0-]*(?:(?:de|d['’])[\s\u00A0]*)?(?:pesos|peso|dirhams?|rupees?|rupiah|reais|ringgit|baht|zlot(?:y|ys|ych)|kroner|kronor|naira|shillings?)(?![\p{L}\d])/iu;

/** Whether the number at `q` is a sum in a currency the money reader does not know. */
export function foreignCurrency(q: Quantity, sentence: string): boolean {
  return q.kind === 'count' && CURRENCY_AFTER.test(sentence.slice(q.end, q.end + 30));
}
