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
  'https://example.com/a/./b',
  'https://example.com/a/../b/',
  'https://example.com/..',
  'https://example.com/a/.',
  'https://xn--nxasmq6b.example/x',
  'https://xn--a.example/x',
  'https://192.168.0.1/x/',
  'https://example.123/x',
  'https://a.0x1f/x',
  'https://example.com///',
  'https://example.com//x//',
  'https://ex-ample.co.uk/Mixed_Case/~user/file.name-1/',
  'HTTPS://example.com/x',
  'https://example.com.',
  '/relative/path',
  '',
];

describe('canonicalUrl', () => {
  it('gives what it always gave, for links with and without fragments, parameters and slashes', () => {
    for (const link of LINKS) expect(canonicalUrl(link), link).toBe(reference(link));
  });

  it('plain links (taken without parsing) give what URL parsing gives, dot segments and odd hosts included', () => {
    let seed = 99;
    const pick = <T>(xs: readonly T[]) => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return xs[(seed >>> 8) % xs.length]!;
    };
    const hosts = ['example.com', 'a-b.example', 'news.site.co.uk', 'x.y', '1.example', 'example.1a', 'xn--bcher-kva.example', 'a--b.example', '-a.example', 'A.example'];
    const segments = ['', '.', '..', 'a', 'B', 'a.b', '~x', 'a_b', 'a-b', '...', '.x', 'x.', '%41', 'é', 'a b'];
    for (let t = 0; t < 3000; t++) {
      const path = Array.from({ length: t % 5 }, () => `/${pick(segments)}`).join('');
      const link = `${pick(['https', 'http'])}://${pick(hosts)}${path}${pick(['', '/', '//'])}`;
      expect(canonicalUrl(link), link).toBe(reference(link));
    }
  });

  it('drops the fragment and tracking parameters, keeps the others', () => {
    expect(canonicalUrl('https://EXAMPLE.com/news/1/?utm_medium=rss&id=7#comments')).toBe('https://example.com/news/1?id=7');
    expect(canonicalUrl('https://example.com/?gclid=1')).toBe('https://example.com');
  });
});
