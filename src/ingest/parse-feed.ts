import Parser from 'rss-parser';
import { htmlToText, tidy } from './html-text.js';
import { isoDate, languageOf, type ParsedDocument, type ParsedItem } from './parsed.js';

type FeedExtra = { language?: string };
type ItemExtra = { 'content:encoded'?: string; 'dc:language'?: string; id?: string };

const parser = new Parser<FeedExtra, ItemExtra>({
  customFields: { feed: ['language'], item: ['content:encoded', 'dc:language', 'id'] },
});

/** Thrown when a document is not a feed rss-parser can read; the message says what was wrong. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

/** RSS 0.9x/1.0/2.0 or Atom text → items with plain text, declared language and dates. */
export async function parseFeed(xml: string): Promise<ParsedDocument> {
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml.replace(/^\uFEFF/, ''));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new FeedParseError(`not a readable RSS/Atom feed: ${reason}`);
  }
  const feedLanguage = languageOf(feed.language) ?? languageOf(/xml:lang\s*=\s*["']([^"']+)/.exec(xml.slice(0, 2000))?.[1]);
  const items: ParsedItem[] = [];
  for (const entry of feed.items ?? []) {
    const html = entry['content:encoded'] ?? entry.content ?? entry.summary ?? entry.contentSnippet ?? '';
    const title = tidy(htmlToText(entry.title ?? ''));
    const text = htmlToText(html);
    if (!title && !text) continue;
    items.push({
      guid: (entry.guid ?? entry.id ?? null) || null,
      url: entry.link?.trim() || null,
      title: title || text.slice(0, 120),
      text,
      // rss-parser's isoDate is already Date#toISOString of the entry's date: what isoDate() would give.
      publishedAt: entry.isoDate ?? isoDate(entry.pubDate),
      language: languageOf(entry['dc:language']) ?? feedLanguage,
    });
  }
  return { kind: 'rss', title: feed.title ? tidy(feed.title) : null, language: feedLanguage, items };
}
