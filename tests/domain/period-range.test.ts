import { describe, expect, it } from 'vitest';
import { daysApart, periodRange } from '../../src/domain/period-range.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('periodRange', () => {
  it('reads years, halves, quarters, months, days and ranges as [start, end)', () => {
    expect(periodRange('2023')).toEqual({ start: day('2023-01-01'), end: day('2024-01-01') });
    expect(periodRange('2023-H2')).toEqual({ start: day('2023-07-01'), end: day('2024-01-01') });
    expect(periodRange('2023-Q3')).toEqual({ start: day('2023-07-01'), end: day('2023-10-01') });
    expect(periodRange('2023-12')).toEqual({ start: day('2023-12-01'), end: day('2024-01-01') });
    expect(periodRange('2023-09-14')).toEqual({ start: day('2023-09-14'), end: day('2023-09-15') });
    expect(periodRange('2023-07/2023-12')).toEqual({ start: day('2023-07-01'), end: day('2024-01-01') });
  });

  it('gives null for what it cannot read, or a range that runs backwards', () => {
    for (const p of ['late 2023', '2023-13', '2023-Q5', '23', '2024/2023', '']) expect(periodRange(p)).toBeNull();
  });

  it('daysApart is 0 for overlapping spans and the gap otherwise', () => {
    expect(daysApart(periodRange('2023')!, periodRange('2023-Q3')!)).toBe(0);
    expect(daysApart(periodRange('2023-01')!, periodRange('2023-03')!)).toBe(28);
  });
});
