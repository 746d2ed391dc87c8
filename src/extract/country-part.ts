import type { CandidateFact, Status } from '../domain/vocabulary.js';
import type { Told } from './gapping.js';
import type { MarketHit } from './markets.js';
import { clauseAround } from './markets.js';
import type { MetricReading } from './metrics.js';
import type { Quantity } from './numbers.js';

/**
 * "Indonesia was its largest market, at an estimated $6.2 billion", "Thailand came next with $3.6
 * billion", "l'Allemagne a pesé 2 milliards d'euros", "Duitsland was goed voor 3 miljard euro": a
 * sum with no noun of its own, told of a country, a few sentences after the company's sales or
 * revenue for a wider area (a region, or no place at all). It is that figure's part in the country:
 * the same measure, in the same currency, and smaller than the whole (round 21).
 */
export function countryPart(q: Quantity, sentence: string, whole: Whole | null, competitor: string, places: readonly MarketHit[]): MetricReading | null {
  if (!whole || q.kind !== 'money' || whole.competitor !== competitor || q.unit !== whole.reading.unit) return null;
  const { metric, value } = whole.reading;
  if ((metric !== 'gmv' && metric !== 'revenue') || !(q.value < value)) return null;
  // The whole is a region's or the world's, not a country's own.
  if (whole.market !== null && !REGIONS.has(whole.market)) return null;
  const [from] = clauseAround(sentence, q.start);
  const country = places.some((p) => p.kind === 'name' && !REGIONS.has(p.code) && p.start >= from && p.end <= q.start);
  return country ? { metric, value: q.value, unit: q.unit } : null;
}

// The vocabulary's regions; every other code is a country's.
const REGIONS: ReadonlySet<string> = new Set(['EU', 'SEA', 'LATAM', 'GLOBAL']);

/** A region's figure, with the period it was told for and on whose word. */
export interface Whole extends Told {
  status: Status;
  period: string | null;
}

/**
 * The largest sales or revenue sum a sentence's facts tell for a region or with no place, as the
 * whole later sentences may break down by country; null when they tell none.
 */
export function wholeOf(found: readonly CandidateFact[]): Whole | null {
  let best: Whole | null = null;
  for (const f of found) {
    if (f.type !== 'metric' || (f.metric !== 'gmv' && f.metric !== 'revenue') || typeof f.value !== 'number' || !f.unit) continue;
    if (f.market !== null && !REGIONS.has(f.market)) continue;
    if (!best || f.value > best.reading.value) best = { competitor: f.competitor, kind: 'money', reading: { metric: f.metric, value: f.value, unit: f.unit }, market: f.market, status: f.status, period: f.period };
  }
  return best;
}
