/** DESIGN.md's fact vocabulary, in one place. */
export const METRICS = [
  'customers', 'users', 'sellers', 'gmv', 'revenue', 'profit', 'orders', 'valuation',
  'market_share', 'growth', 'investment', 'fine', 'employees',
] as const;
export const EVENTS = [
  'launch', 'expansion', 'suspension', 'exit', 'regulation', 'partnership', 'acquisition',
  'funding', 'promotion', 'leadership', 'layoff',
] as const;
export const UNITS = ['USD', 'EUR', 'GBP', 'CNY', 'count', 'percent', 'ratio'] as const;
export const STATUSES = ['actual', 'target', 'estimate'] as const;
export const LANGUAGES = ['en', 'fr', 'nl'] as const;

export type MetricName = (typeof METRICS)[number];
export type EventName = (typeof EVENTS)[number];
export type Unit = (typeof UNITS)[number];
export type Status = (typeof STATUSES)[number];
export type Language = (typeof LANGUAGES)[number];

/** A fact as the extractor produces it: the JSON shape of `rivalwatch extract --json`. */
export interface CandidateFact {
  competitor: string;
  type: 'metric' | 'event';
  metric?: MetricName;
  event?: EventName;
  value?: number;
  unit?: Unit;
  market: string | null;
  status: Status;
  period: string | null;
  quote: string;
  language: Language;
}

/** Where a fact was read: an ingested item, or a named publication for seeded facts. */
export interface Provenance {
  itemId?: number | null;
  /**
   * Set when the item is one version of a single document (a page or a file): the source it
   * came from. Versions of one document are one source, never two, and never contradict.
   */
  documentSourceId?: number | null;
  publisher: string;
  url?: string | null;
  title?: string | null;
  /** ISO date or date-time. */
  publishedAt?: string | null;
  language?: string | null;
  quote?: string | null;
}

export const factName = (f: Pick<CandidateFact, 'metric' | 'event'>): string => (f.metric ?? f.event)!;
