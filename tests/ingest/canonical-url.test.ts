import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/ingest/dedupe.js';

/** canonicalUrl as first written (always clearing the fragment and walking the parameters). */
function reference(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim() || null;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (/^(utm_\w*|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src)$/i.test(key)) url.searchParams.delete(key);
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  const out = url.toString();
  return url.pathname === '/' && !url.search ? out.replace(/\/$/, '') : out;
}

const LINKS = [
  'https://Example.com:443/a/b/',
  'https://example.com/a/b#section',
  'https://example.com/a/b#',
  'https://example.com/a/b?',
  'https://example.com/a/b?#',
  'https://example.com/?utm_source=x&id=3&fbclid=y#top',
  'https://example.com/a?b=%20c&d=e+f',
  'https://example.com/a%23b',
  'https://example.com/',
  'https://example.com',
  '  https://example.com/x/  ',
  'http://example.com:80/path//',
  'mailto:news@example.com',
  'mailto:x ?subject',
  'data:text/plain,hello #frag',
  'not a url',
  '/relative/path',
  '',
];

describe('canonicalUrl', () => {
  it('gives what it always gave, for links with and without fragments, parameters and slashes', () => {
    for (const link of LINKS) expect(canonicalUrl(link), link).toBe(reference(link));
  });

  it('drops the fragment and tracking parameters, keeps the others', () => {
    expect(canonicalUrl('https://EXAMPLE.com/news/1/?utm_medium=rss&id=7#comments')).toBe('https://example.com/news/1?id=7');
    expect(canonicalUrl('https://example.com/?gclid=1')).toBe('https://example.com');
  });
});
