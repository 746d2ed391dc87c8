import { describe, expect, it } from 'vitest';
import { importanceOf } from '../../src/domain/importance.js';

const metric = (value: number) => ({ type: 'metric' as const, value });
const event = (name: string) => ({ type: 'event' as const, event: name as 'launch' });

describe('importance', () => {
  it('importance: launches, expansions, suspensions, exits and regulation rank high; other events medium', () => {
    for (const e of ['launch', 'expansion', 'suspension', 'exit', 'regulation']) expect(importanceOf(event(e))).toBe(3);
    for (const e of ['partnership', 'promotion', 'leadership']) expect(importanceOf(event(e))).toBe(2);
  });

  it('importance: a metric ranks by how far it moved from the previous value, either way', () => {
    expect(importanceOf(metric(125), { previousValue: 100 })).toBe(3);
    expect(importanceOf(metric(75), { previousValue: 100 })).toBe(3);
    expect(importanceOf(metric(110), { previousValue: 100 })).toBe(2);
    expect(importanceOf(metric(102), { previousValue: 100 })).toBe(1);
    // Nothing to compare with: medium, so a first figure waits for the digest.
    expect(importanceOf(metric(100), { previousValue: null })).toBe(2);
    expect(importanceOf(metric(100), { previousValue: 0 })).toBe(2);
  });

  it('importance: a conflict ranks high whatever the size of the difference', () => {
    expect(importanceOf(metric(101), { previousValue: 100, conflict: true })).toBe(3);
  });
});
