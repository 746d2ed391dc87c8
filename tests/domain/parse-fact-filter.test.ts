import { describe, expect, it } from 'vitest';
import { parseFactFilter } from '../../src/domain/parse-fact-filter.js';

describe('parsing /facts filter words', () => {
  it('facts filter: nothing means every fact, first page', () => {
    expect(parseFactFilter([])).toEqual({ page: 1 });
  });
  it('facts filter: a metric name implies the type, a market code is upper-cased', () => {
    expect(parseFactFilter(['revenue', 'us'])).toEqual({ type: 'metric', name: 'revenue', market: 'US', page: 1 });
  });
  it('facts filter: words come in any order, plurals and country names work', () => {
    expect(parseFactFilter(['Belgique', 'launches', 'page', '2'])).toEqual({ type: 'event', name: 'launch', market: 'BE', page: 2 });
    expect(parseFactFilter(['EU', 'events'])).toEqual({ type: 'event', market: 'EU', page: 1 });
    expect(parseFactFilter(['uk'])).toEqual({ market: 'GB', page: 1 });
  });
  it('facts filter: an unknown word is reported by name', () => {
    expect(parseFactFilter(['revenue', 'banana'])).toEqual({ error: '"banana" is not a fact type, metric, event or market.' });
  });
});
