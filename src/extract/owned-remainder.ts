import type { Mention } from './companies.js';
import type { Quantity } from './numbers.js';

/**
 * "4.000 lokale verkooppartners, een fractie van de ruim 55.000 van bol", "4,000 sellers, a
 * fraction of the 55,000 of bol", "4 000 vendeurs, une fraction des quelque 55 000 de bol": a count
 * after a definite article with its noun left out, owned by a company named right after it, is
 * that company's count of what the figure before it counted (round 16). The caller reads it as
 * the other party's figure of a comparison; without an article before the figure ("55.000 van
 * bol's klanten") or with a noun after it, it is no such count.
 */
const ARTICLE_BEFORE =
  /(?<![\p{L}])(?:the|those|de|die|les|ces|des|ceux)\s+(?:(?:some|about|around|nearly|almost|more than|over|roughly|ruim|bijna|ongeveer|zo['’]n|circa|meer dan|quelque|environ|près de|plus de)\s+)?$/iu;
const OF_BEFORE_NAME = /^\s+(?:of|van|de|d['’]|du|chez|bij)\s*(?:(?:the|het)\s+)?$/iu;

/** The company owning an elided count at `q`, or undefined when the count is no such one. */
export function ownedRemainder(mentions: readonly Mention[], q: Quantity, sentence: string): string | null | undefined {
  if (q.kind !== 'count') return undefined;
  // The name right after the figure is looked for first: most figures have none, and the
  // patterns are then not tried.
  const next = mentions.find((m) => m.start >= q.end);
  if (!next || next.start - q.end > 12) return undefined;
  if (!ARTICLE_BEFORE.test(sentence.slice(Math.max(0, q.start - 24), q.start)) || !OF_BEFORE_NAME.test(sentence.slice(q.end, next.start))) return undefined;
  return next.competitor ?? undefined;
}
