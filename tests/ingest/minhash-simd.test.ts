import { describe, expect, it } from 'vitest';
import { simdMinHash } from '../../src/ingest/minhash-simd.js';

describe('MinHash with WebAssembly SIMD', () => {
  it('simdMinHash: the unsigned minima of a·x + b mod 2^32 for every function, or false when the hashes do not fit', () => {
    let seed = 5;
    const next = () => {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      return seed | 0;
    };
    const a = Int32Array.from({ length: 64 }, () => next() | 1);
    const b = Int32Array.from({ length: 64 }, next);
    const minhash = simdMinHash(a, b);
    // Node has had WebAssembly SIMD since 16.4; the engines field asks for 20.
    expect(minhash).not.toBeNull();
    for (const count of [1, 2, 5, 63, 64, 65, 1000, 16_128]) {
      const hashes = Int32Array.from({ length: count + 3 }, next);
      const out = new Int32Array(64);
      expect(minhash!(hashes, count, out)).toBe(true);
      const expected = Int32Array.from(a, (ai, i) => {
        let least = 2 ** 32;
        for (let j = 0; j < count; j++) least = Math.min(least, (Math.imul(ai, hashes[j]!) + b[i]!) >>> 0);
        return least | 0;
      });
      expect(out).toEqual(expected);
    }
    const untouched = new Int32Array(64).fill(9);
    expect(minhash!(new Int32Array(16_129), 16_129, untouched)).toBe(false);
    expect(untouched.every((v) => v === 9)).toBe(true);
  });
});
