import { describe, expect, it } from 'vitest';
import { resolveLink } from '../../src/ingest/parse-feed.js';

/** What resolveLink gave before its plain-link shortcut: URL parsing, http(s) only. */
function parsed(href: string, base: string | null): string | null {
  try {
    const url = new URL(href, base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

const LINKS = [
  'https://news.example/a/1',
  'https://news.example',
  'https://news.example/',
  'http://sub.news.example/path/to/Article_2.html',
  'https://news.example//double//slash/',
  'https://news.example/a/./b',
  'https://news.example/a/../b',
  'https://news.example/a/.hidden/..',
  'https://xn--nw-fka.example/a',
  'https://News.Example/a',
  'https://news.example:443/a',
  'https://news.example/a?utm_source=x#top',
  'https://192.168.0.1/a',
  'https://news.example/a b',
  'https://news.example/caf%C3%A9',
  'ftp://news.example/a',
  'relative/path',
  '/rooted',
];

describe('resolving feed links', () => {
  it('resolveLink: every link, plain or not, resolves as URL parsing resolves it', () => {
    for (const base of [null, 'https://base.example/news/']) {
      for (const href of LINKS) expect(resolveLink(href, base), `${href} against ${base}`).toBe(parsed(href, base));
    }
  });

  it('resolveLink: a plain link with no path gains the slash URL parsing gives it', () => {
    expect(resolveLink('https://news.example', null)).toBe('https://news.example/');
  });
});
