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
    expect(parseFactFilter(['nl+be'])).toEqual({ market: 'NL+BE', page: 1 });
  });
  it('facts filter: an unknown word is reported by name', () => {
    expect(parseFactFilter(['revenue', 'banana'])).toEqual({ error: '"banana" is not a fact type, metric, event, market or year.' });
  });
  it('facts filter: a year between 1990 and 2100 is a year, a short number a page, other numbers an error', () => {
    expect(parseFactFilter(['2023', '2'])).toEqual({ year: '2023', page: 2 });
    expect(parseFactFilter(['page', '2023'])).toEqual({ page: 2023 });
    expect(parseFactFilter(['5000'])).toEqual({ error: expect.stringContaining('neither a year') });
  });
  it('facts filter: multi-word market names in any of the three languages', () => {
    expect(parseFactFilter(['united', 'states', 'revenue'])).toEqual({ type: 'metric', name: 'revenue', market: 'US', page: 1 });
    expect(parseFactFilter(['Verenigd', 'Koninkrijk'])).toEqual({ market: 'GB', page: 1 });
    expect(parseFactFilter(['royaume-uni'])).toEqual({ market: 'GB', page: 1 });
  });
  it('facts filter: contradicting words are refused, not overwritten', () => {
    expect(parseFactFilter(['metric', 'events'])).toEqual({ error: 'Pick metrics or events, not both ("metric", "events").' });
    expect(parseFactFilter(['revenue', 'users'])).toEqual({ error: 'Pick one metric or event at a time: "revenue" or "users".' });
    expect(parseFactFilter(['us', 'france'])).toEqual({ error: 'Pick one market at a time: "us" or "france".' });
    expect(parseFactFilter(['revenue', 'metric', 'us', 'usa'])).toEqual({ type: 'metric', name: 'revenue', market: 'US', page: 1 });
  });
});
