import type { EventName } from '../domain/vocabulary.js';

/**
 * A promotion needs a market (events.ts, NEEDS_MARKET), and one told with none is usually dropped:
 * a sale of a company present in many markets could be anywhere. Bol sells only in the Netherlands
 * and Belgium, so its sale told with no place ("Bol held Black Friday deals all week with up to 60%
 * off") is in its home markets, kept with no market rather than lost (round 18).
 */
export function homeSale(event: EventName, competitor: string): boolean {
  return event === 'promotion' && HOME_ONLY.has(competitor);
}

const HOME_ONLY: ReadonlySet<string> = new Set(['bol']);
