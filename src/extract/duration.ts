import type { Quantity } from './numbers.js';

/**
 * Whether a number only tells how long something lasts (round 11, b): "its own 12-day Black Friday
 * event", "une opération de 10 jours", "een actie van drie weken" is no figure a sales day could
 * date, so the sales day stays a promotion.
 */
const UNIT_AFTER = /^(?:-|\s|\u00A0)?(?:days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?|dagen|daagse|dag|weken|weekse|maanden|uur)(?![\p{L}])/iu;

export const isDuration = (q: Quantity, sentence: string): boolean => q.kind === 'count' && !q.scaled && UNIT_AFTER.test(sentence.slice(q.end, q.end + 10));
