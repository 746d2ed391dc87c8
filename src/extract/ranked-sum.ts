import type { Language, MetricName } from '../domain/vocabulary.js';
import type { Told } from './gapping.js';
import { lastMoneyCue, type MetricReading } from './metrics.js';
import type { Quantity } from './numbers.js';
import { toldWithRank } from './ranked-share.js';

const RANKED_MEASURES: ReadonlySet<MetricName> = new Set(['revenue', 'gmv', 'profit']);

/**
 * A sum told with a company's rank and no money word of its own counts what the ranking counts,
 * the sum the article told last, a few sentences back (round 21): "...klimt naar plek 5 met een
 * geschatte omzet van 780 miljoen euro. ... Shein staat op de negende plaats met 420 miljoen euro",
 * "Coolblue comes second with €2.1 billion", "Cdiscount se classe sixième avec 1,9 milliard".
 */
export function rankedSum(q: Quantity, sentence: string, language: Language, earlier: Told | null, previous: string, competitor: string): MetricReading | null {
  if (q.kind !== 'money' || !toldWithRank(q, sentence, language)) return null;
  // The sum before may be a company's we do not track: its money word still names the measure.
  const metric = earlier && earlier.kind === 'money' && earlier.reading.unit === q.unit ? earlier.reading.metric : previous === '' ? null : lastMoneyCue(previous, language, competitor);
  return metric && RANKED_MEASURES.has(metric) ? { metric, value: q.value, unit: q.unit } : null;
}
