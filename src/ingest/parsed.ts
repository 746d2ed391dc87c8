import type { ItemKeys } from './item-keys.js';

/** One article as read from a feed entry, a page or a file, before it is stored. */
export interface ParsedItem {
  guid: string | null;
  url: string | null;
  title: string;
  /** Plain text (HTML removed), paragraphs separated by blank lines. */
  text: string;
  /** ISO date-time or date, when the source says. */
  publishedAt: string | null;
  /** Declared language (two letters), when the source says. */
  language: string | null;
  /** Worked out on the parse thread for a large document (see item-keys.ts); else by whoever stores the item. */
  keys?: ItemKeys;
}

export interface ParsedDocument {
  kind: 'rss' | 'page' | 'file';
  title: string | null;
  language: string | null;
  items: ParsedItem[];
  /** A text file's "Published:" line whose date could not be read, as written. */
  unreadableDateLine?: string;
}

/** "fr-BE" → "fr"; anything that is not a language tag → null. */
export const languageOf = (tag: string | null | undefined): string | null => {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
};

/** A date a source gave, as ISO text; unparseable dates are dropped rather than guessed. */
export const isoDate = (value: string | null | undefined): string | null => {
  if (!value) return null;
  const t = Date.parse(value.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};
