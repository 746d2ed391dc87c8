import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/parse-feed.js';
import { atom, rss } from './helpers/feeds.js';

const entry = (guid: string, date?: string) => ({ guid, title: `Story ${guid}`, link: `https://n.example/${guid}`, text: 'Temu opened a depot.', date });

describe('feed dates', () => {
  it('feed: an RSS pubDate becomes the ISO date-time of the same instant', async () => {
    const doc = await parseFeed(rss([entry('a', '2024-05-14T07:30:00+02:00'), entry('b', '2023-12-31T23:59:59Z')]));
    expect(doc.items.map((i) => i.publishedAt)).toEqual(['2024-05-14T05:30:00.000Z', '2023-12-31T23:59:59.000Z']);
  });

  it('feed: an Atom updated date with an offset becomes UTC', async () => {
    const doc = await parseFeed(atom([entry('c', '2024-02-29T12:00:00-05:00')]));
    expect(doc.items[0]!.publishedAt).toBe('2024-02-29T17:00:00.000Z');
  });

  it('feed: a date that cannot be read is left out rather than guessed', async () => {
    const xml = rss([entry('d')]).replace(/<pubDate>[^<]*<\/pubDate>/, '<pubDate>sometime last spring</pubDate>');
    const doc = await parseFeed(xml);
    expect(doc.items[0]!.publishedAt).toBeNull();
  });
});
