import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/ingest/dedupe.js';
import {
  SHINGLE_WORDS,
  SIGNATURE_SIZE,
  signatureFromStored,
  signatureOf,
  signatureOfNormalised,
  signatureToStored,
} from '../../src/ingest/story-signature.js';

// Signatures are stored and compared with those of later runs, so the fast code must give exactly
// what the plain definition gives: FNV-1a of each 5-word shingle as joined text, then per hash
// function i the least (a_i·x + b_i) mod 2^32, a_i and b_i drawn from a fixed LCG.
function referenceSignature(text: string): Int32Array | null {
  const words = normaliseText(text).split(' ').filter(Boolean);
  if (!words.length) return null;
  const n = Math.min(SHINGLE_WORDS, words.length);
  const shingles: number[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    const joined = words.slice(i, i + n).join(' ');
    let h = 0x811c9dc5;
    for (let k = 0; k < joined.length; k++) h = Math.imul(h ^ joined.charCodeAt(k), 0x01000193) >>> 0;
    shingles.push(h);
  }
  const sig = new Int32Array(SIGNATURE_SIZE);
  for (let i = 0, seed = 0x9e3779b9; i < SIGNATURE_SIZE; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const a = (seed | 1) >>> 0;
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const b = seed;
    let least = 2 ** 32;
    for (const x of shingles) least = Math.min(least, (Math.imul(a, x) + b) >>> 0);
    sig[i] = least | 0;
  }
  return sig;
}

/** A small seeded generator, so a failure can be replayed. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const WORDS = ['temu', 'shein', 'Amazon', 'omzet', 'chiffre', "d'affaires", 'été', 'groeit', 'Straße', 'naïve', '17,5', '€3', 'x', 'ab', 'marketplace', 'vendeurs', 'klanten', 'über', 'ÉLAN', '—', '...', '2024'];

describe('story signature matches its plain definition', () => {
  it('signature: random texts of every length, ASCII or not, sign exactly as the plain definition', () => {
    const next = lcg(7);
    for (let t = 0; t < 400; t++) {
      const length = t < 12 ? t : next(160);
      const text = Array.from({ length }, () => WORDS[next(WORDS.length)]).join(next(4) === 0 ? ',  ' : ' ');
      expect(signatureOf(text), text).toEqual(referenceSignature(text));
    }
  });

  it('signature: a long text (beyond the reused buffers’ first size) signs as the plain definition', () => {
    const next = lcg(11);
    const text = Array.from({ length: 5000 }, () => WORDS[next(WORDS.length)]).join(' ');
    expect(signatureOf(text)).toEqual(referenceSignature(text));
  });

  it('signature: a text of more shingles than the SIMD module holds (the plain loop signs it) signs as the plain definition', () => {
    const next = lcg(13);
    const text = Array.from({ length: 20_000 }, () => WORDS[next(WORDS.length)]).join(' ');
    expect(signatureOf(text)).toEqual(referenceSignature(text));
  });

  it('signature: the stored form reads back as the same signature', () => {
    const sig = signatureOf('Temu opened a warehouse in Poland for parcels to Germany and France')!;
    const stored = signatureToStored(sig, 'postgres') as string;
    expect(stored).toHaveLength(344);
    expect(signatureFromStored(stored)).toEqual(sig);
    // Little-endian int32s in base64, as written before: the first value's four bytes lead.
    expect(Buffer.from(stored, 'base64').readInt32LE(0)).toBe(sig[0]);
    // On SQLite the same bytes themselves.
    const bytes = signatureToStored(sig, 'sqlite') as Buffer;
    expect(bytes.equals(Buffer.from(stored, 'base64'))).toBe(true);
    expect(signatureFromStored(bytes)).toEqual(sig);
  });

  it('signature: written into a slice of a shared array, the same signature and the same stored form', () => {
    const texts = ['Shein opens a warehouse near Wroclaw for Polish parcels', 'Temu is fined in the Netherlands over discounts shown in its app'];
    const shared = new Int32Array(3 * SIGNATURE_SIZE).fill(7);
    texts.forEach((text, i) => {
      const slice = shared.subarray((i + 1) * SIGNATURE_SIZE, (i + 2) * SIGNATURE_SIZE);
      const sig = signatureOfNormalised(normaliseText(text), slice)!;
      expect(sig).toBe(slice);
      expect(sig).toEqual(signatureOf(text));
      expect(signatureToStored(sig, 'postgres')).toBe(signatureToStored(signatureOf(text)!, 'postgres'));
      expect(signatureToStored(sig, 'sqlite')).toEqual(signatureToStored(signatureOf(text)!, 'sqlite'));
    });
    expect(shared.subarray(0, SIGNATURE_SIZE).every((v) => v === 7)).toBe(true);
  });
});
