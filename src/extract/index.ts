import type { CandidateFact, Language } from '../domain/vocabulary.js';

export interface Article {
  title: string;
  text: string;
  /** Declared by the feed or page; detected when absent. */
  language?: Language | string | null;
  /** YYYY-MM-DD; anchors "last year", "en septembre dernier". */
  published?: string | null;
}

export interface Extraction {
  language: Language;
  facts: CandidateFact[];
}

/**
 * Turns one article into candidate facts. Pure, no network, never throws, bounded time.
 * (Placeholder until the extractor lands: returns no facts.)
 */
export function extractFacts(article: Article): Extraction {
  const language = article.language === 'fr' || article.language === 'nl' ? article.language : 'en';
  return { language, facts: [] };
}
