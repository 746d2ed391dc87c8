import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));

describe('round 15 (attribution): an apposition after "the company" names no subject', () => {
  it('en/fr/nl: the owner told in the apposition does not take the figure', () => {
    expect(only('customers')(read('Bol', 'Bol changed its fees. The company, part of Ahold Delhaize, serves 12 million customers.'))).toEqual(['bol:customers:12000000:null:actual']);
    expect(only('customers')(read('Shein', 'Shein grandit vite. L’enseigne, détenue par le fonds Sequoia Capital, revendique 20 millions de clients.', 'fr'))).toEqual([
      'shein:customers:20000000:null:actual',
    ]);
    expect(only('customers')(read('Bol', 'Bol groeit. Het bedrijf, onderdeel van Ahold Delhaize, bedient 12 miljoen klanten.', 'nl'))).toEqual(['bol:customers:12000000:null:actual']);
  });
  it('negatives: a company that opens the clause itself still owns its figure', () => {
    expect(only('customers')(read('Bol', 'Bol changed its fees. Zalando, part of no group, serves 12 million customers.'))).toEqual([]);
    expect(only('customers')(read('Bol', 'Bol groeit. Coolblue, de concurrent, bedient 12 miljoen klanten.', 'nl'))).toEqual([]);
  });
});
