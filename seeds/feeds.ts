/**
 * Default public news feeds: a Google News RSS search per competitor and language. They need
 * the internet; offline, ingestion reports each failure on the source and retries with backoff.
 */
export interface SeedFeed {
  url: string;
  name: string;
  competitorId: string;
  language: 'en' | 'fr' | 'nl';
}

const EDITIONS = {
  en: 'hl=en-US&gl=US&ceid=US:en',
  fr: 'hl=fr&gl=FR&ceid=FR:fr',
  nl: 'hl=nl&gl=NL&ceid=NL:nl',
} as const;

/** The search each competitor's feeds run; quoted so "bol" does not match every Dutch sentence. */
const QUERIES: Record<string, { label: string; query: string }> = {
  'tiktok-shop': { label: 'TikTok Shop', query: '"TikTok Shop"' },
  shein: { label: 'Shein', query: 'Shein' },
  temu: { label: 'Temu', query: 'Temu' },
  amazon: { label: 'Amazon', query: 'Amazon (e-commerce OR marketplace OR webshop OR "commerce en ligne")' },
  bol: { label: 'Bol.com', query: '"bol.com"' },
};

export const googleNewsUrl = (query: string, language: keyof typeof EDITIONS) =>
  `https://news.google.com/rss/search?q=${encodeURIComponent(query)}&${EDITIONS[language]}`;

export const seedFeeds: SeedFeed[] = Object.entries(QUERIES).flatMap(([competitorId, { label, query }]) =>
  (Object.keys(EDITIONS) as (keyof typeof EDITIONS)[]).map((language) => ({
    url: googleNewsUrl(query, language),
    name: `Google News (${language}): ${label}`,
    competitorId,
    language,
  })),
);
