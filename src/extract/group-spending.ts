import type { MetricReading } from './metrics.js';

/**
 * An investment of tens of billions is a group's spending across its business (data centres,
 * logistics worldwide), not a site's (round 18): "Amazon plans to spend $150 billion this year",
 * "Amazon wil 200 miljard dollar investeren". Told with no place of its own, it takes none from the
 * article's country, though a warehouse's €120 million does.
 */
const GROUP_SCALE: Readonly<Record<string, number>> = { USD: 1e10, EUR: 1e10, GBP: 1e10, CNY: 7e10 };

export function groupWideInvestment(reading: MetricReading): boolean {
  if (reading.metric !== 'investment') return false;
  const scale = GROUP_SCALE[reading.unit];
  return scale !== undefined && reading.value >= scale;
}
