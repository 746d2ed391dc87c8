import type { Quantity } from './numbers.js';

/**
 * Whether a percent is a rate charged: a tax, a levy, a duty, a commission ("an import levy of
 * 19%", "une taxe de 2 %", "een heffing van 21 procent", "a commission of up to 15%"). The rate is
 * the rule's or the fee's, never a company's growth.
 */
export function ratePercent(q: Quantity, sentence: string): boolean {
  return q.kind === 'percent' && RATE_BEFORE.test(sentence.slice(Math.max(0, q.start - 45), q.start));
}

const RATE_BEFORE =
  /(?:tax|taxes|levy|levies|duty|duties|tariffs?|VAT|commissions?|fees?|taxe|taxes|droits? de douane|TVA|heffing|heffingen|belasting|btw|invoerrechten|invoerheffing|commissie)\s+(?:(?:of|van|de|d['’]|at|à)\s*)(?:(?:up to|as much as|about|some|tot|wel|maximaal|ongeveer|jusqu['’]à|environ|près de)\s+)?$/iu;
