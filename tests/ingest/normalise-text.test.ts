import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, hashOfNormalised, normaliseText } from '../../src/ingest/dedupe.js';

/** The general (Unicode) normalisation, which the ASCII fast path must agree with. */
const unicodeForm = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normaliseText', () => {
  it('ASCII text: the same as the Unicode normalisation, for any characters 0–127', () => {
    let seed = 12345;
    const next = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed >>> 16;
    };
    for (let t = 0; t < 2000; t++) {
      const length = next() % 120;
      const text = Array.from({ length }, () => String.fromCharCode(next() % 128)).join('');
      expect(normaliseText(text)).toBe(unicodeForm(text));
    }
  });

  it('ASCII text: lower case, one space between words, none at the ends', () => {
    expect(normaliseText('  Shein, Temu & TikTok-Shop:\n\n10 million users!! ')).toBe('shein temu tiktok shop 10 million users');
    expect(normaliseText('...')).toBe('');
    expect(normaliseText('')).toBe('');
  });

  it('a text longer than the reused buffer is normalised whole', () => {
    const long = 'Word '.repeat(40_000);
    expect(normaliseText(long)).toBe('word '.repeat(40_000).trim());
  });

  it('non-ASCII text: accents folded, other scripts kept', () => {
    expect(normaliseText('Élan à Paris — Zürich')).toBe('elan a paris zurich');
  });

  it('content hash: the SHA-1 (hex) of the normalised text, so hashes stored before stay comparable', () => {
    const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');
    expect(hashOfNormalised('shein opens a warehouse')).toBe(sha1('shein opens a warehouse'));
    expect(contentHash('Shein opens', '<p>a Warehouse!</p>')).toBe(sha1('shein opens p a warehouse p'));
    expect(contentHash('Élan', 'à Zürich')).toBe(sha1('elan a zurich'));
  });
});
