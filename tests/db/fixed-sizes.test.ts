import { describe, expect, it } from 'vitest';
import { fixedSizes, LONGEST_LIST, paddedList } from '../../src/db/fixed-sizes.js';

describe('fixed sizes', () => {
  it('fixedSizes: every count is cut into runs of a few sizes, largest first, adding up to it', () => {
    const shapes = new Set<number>();
    for (let count = 0; count <= 1200; count++) {
      const runs = fixedSizes(count);
      expect(runs.reduce((a, b) => a + b, 0)).toBe(count);
      expect(runs).toEqual([...runs].sort((a, b) => b - a));
      expect(runs.length).toBeLessThanOrEqual(Math.floor(count / 256) + 12);
      for (const r of runs) shapes.add(r);
    }
    expect([...shapes].sort((a, b) => a - b)).toEqual([1, 4, 16, 64, 256]);
    expect(fixedSizes(500)).toEqual([256, 64, 64, 64, 16, 16, 16, 4]);
    expect(fixedSizes(0)).toEqual([]);
  });

  it('paddedList: a list grows to the next fixed length by repeating its last value; same values, four lengths', () => {
    const lengths = new Set<number>();
    for (let n = 1; n <= LONGEST_LIST; n++) {
      const values = Array.from({ length: n }, (_, i) => `v${i}`);
      const padded = paddedList(values);
      expect(padded.slice(0, n)).toEqual(values);
      expect(new Set(padded)).toEqual(new Set(values));
      lengths.add(padded.length);
    }
    expect([...lengths]).toEqual([8, 32, 128, 512]);
    expect(() => paddedList([])).toThrow();
    expect(() => paddedList(Array.from({ length: LONGEST_LIST + 1 }, String))).toThrow();
  });
});
