import { parseFeed } from './parse-feed.js';
import { parsePage } from './parse-page.js';
import { isoDate, type ParsedDocument } from './parsed.js';

export type DocumentKind = 'feed' | 'page' | 'text';

/** Tells a feed from a web page from plain text by its first tags, whatever the file is called. */
export function sniffKind(text: string, contentType?: string | null): DocumentKind {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/<(rss|feed|rdf:rdf)\b/.test(head)) return 'feed';
  if (/^<!doctype html|<html\b|<head\b|<body\b/.test(head)) return 'page';
  if (/(rss|atom)\+xml/.test(contentType ?? '')) return 'feed';
  if (/html/.test(contentType ?? '') || head.startsWith('<')) return 'page';
  return 'text';
}

/** The optional second line of a plain-text article that dates it: "Published: 2024-02-01" (or Date:, Publié :, Gepubliceerd:). */
export const DATE_LINE = /^\s*(?:published|date|publié|gepubliceerd)\s*:\s*(\S+)\s*$/i;

/**
 * Plain text as one article: the first line is the title (as `rivalwatch extract` reads it).
 * An optional "Published: YYYY-MM-DD" second line dates it.
 */
export function parsePlainText(text: string, url: string | null): ParsedDocument {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const title = (lines.shift() ?? '').trim();
  const dated = DATE_LINE.exec(lines[0] ?? '');
  if (dated) lines.shift();
  const body = lines.join('\n').trim();
  if (!title && !body) return { kind: 'file', title: null, language: null, items: [] };
  return {
    kind: 'file',
    title,
    language: null,
    items: [{ guid: null, url, title: title || body.slice(0, 120), text: body, publishedAt: isoDate(dated?.[1]), language: null }],
  };
}

/** Any fetched or read document → items, by what it looks like. */
export async function parseDocument(text: string, url: string | null, contentType?: string | null): Promise<ParsedDocument> {
  switch (sniffKind(text, contentType)) {
    case 'feed':
      return parseFeed(text, url);
    case 'page':
      return parsePage(text, url);
    default:
      return parsePlainText(text, url);
  }
}
