import { describe, expect, it } from 'vitest';
import { BandHeads } from '../../src/ingest/band-heads.js';

describe('band heads', () => {
  it('band heads: each (band, key) leads to its newest entry, through growth and colliding slots', () => {
    const heads = new BandHeads(16);
    const expected = new Map<string, number>();
    // Keys that share low bits collide in a small table; the same key in two bands stays apart.
    for (let entry = 0; entry < 5000; entry++) {
      const band = entry % 16;
      const key = ((entry % 700) << 12) - 2 ** 30;
      const before = expected.get(`${band}:${key}`) ?? -1;
      expect(heads.push(band, key, entry)).toBe(before);
      expected.set(`${band}:${key}`, entry);
    }
    for (const [at, entry] of expected) {
      const [band, key] = at.split(':').map(Number);
      expect(heads.get(band!, key!)).toBe(entry);
    }
    expect(heads.get(3, 12345)).toBe(-1);
  });
});
