import { describe, expect, it } from 'vitest';
import { findMultiples } from '../../src/extract/multiples.js';
import { findQuantities } from '../../src/extract/numbers.js';

const one = (text: string, lang: 'en' | 'fr' | 'nl') => {
  const qs = findQuantities(text, lang);
  return qs.map((q) => ({ value: q.value, unit: q.unit }));
};

describe('numbers: English', () => {
  it('reads "$2.4 billion" as 2.4e9 USD', () => {
    expect(one('The retailer booked $2.4 billion in the period.', 'en')).toEqual([{ value: 2.4e9, unit: 'USD' }]);
  });
  it('reads comma thousands "750,000" as a count', () => {
    expect(one('It has 750,000 merchants.', 'en')).toEqual([{ value: 750000, unit: 'count' }]);
  });
  it('reads glued scales: US$3bn, £40m and €1.2bn', () => {
    expect(one('Deals of US$3bn, £40m and €1.2bn were struck.', 'en')).toEqual([
      { value: 3e9, unit: 'USD' },
      { value: 40e6, unit: 'GBP' },
      { value: 1.2e9, unit: 'EUR' },
    ]);
  });
  it('reads "8 per cent" and "12.5%" as percentages', () => {
    expect(one('Sales rose 8 per cent, margins 12.5%.', 'en')).toEqual([
      { value: 8, unit: 'percent' },
      { value: 12.5, unit: 'percent' },
    ]);
  });
  it('reads "7 billion yuan" as CNY', () => {
    expect(one('Profit reached 7 billion yuan.', 'en')).toEqual([{ value: 7e9, unit: 'CNY' }]);
  });
  it('skips a bare year and an ambiguous "3.500" without a scale', () => {
    expect(one('In 2023 it hired 3.500 people.', 'en')).toEqual([]);
  });
  it('reads a range as its lower end, in the unit and scale of its upper end', () => {
    expect(one('between 4-5 million users', 'en')).toEqual([{ value: 4e6, unit: 'count' }]);
  });
  it('keeps "from A to B" apart: a change, not a range', () => {
    expect(one('it rose from 10 to 15%', 'en')).toEqual([]);
  });
});

describe('numbers: French', () => {
  it('reads a decimal comma with milliards and "de dollars"', () => {
    expect(one('un chiffre de 4,8 milliards de dollars', 'fr')).toEqual([{ value: 4.8e9, unit: 'USD' }]);
  });
  it('reads space, no-break and narrow no-break thousands', () => {
    expect(one('12 500 vendeurs, 40\u00A0000 colis et 7\u202F000 salariés', 'fr').map((q) => q.value)).toEqual([12500, 40000, 7000]);
  });
  it('reads Md€, Mds and "pour cent"', () => {
    expect(one('3 Md€ puis 1,5 Mds d’euros, soit 9 pour cent', 'fr')).toEqual([
      { value: 3e9, unit: 'EUR' },
      { value: 1.5e9, unit: 'EUR' },
      { value: 9, unit: 'percent' },
    ]);
  });
  it('reads French "billion" as 10^12', () => {
    expect(one('une dette de 2 billions d’euros', 'fr')).toEqual([{ value: 2e12, unit: 'EUR' }]);
  });
  it('says nothing about an English-style "2.5" in French text', () => {
    expect(one('environ 2.5 millions', 'fr')).toEqual([]);
  });
  it('reads "14 %" with a space before the sign', () => {
    expect(one('une hausse de 14 %', 'fr')).toEqual([{ value: 14, unit: 'percent' }]);
  });
});

describe('numbers: Dutch', () => {
  it('reads a dot as thousands separator: 4.000 is four thousand', () => {
    expect(one('ruim 4.000 webwinkeliers', 'nl')).toEqual([{ value: 4000, unit: 'count' }]);
  });
  it('reads "3,7 miljard euro" and "mln." abbreviations', () => {
    expect(one('3,7 miljard euro en 85 mln. dollar', 'nl')).toEqual([
      { value: 3.7e9, unit: 'EUR' },
      { value: 85e6, unit: 'USD' },
    ]);
  });
  it('reads Dutch "biljoen" as 10^12 and "procent"', () => {
    expect(one('1 biljoen dollar, 6 procent', 'nl')).toEqual([
      { value: 1e12, unit: 'USD' },
      { value: 6, unit: 'percent' },
    ]);
  });
  it('reads "mld." as billions', () => {
    expect(one('een omzet van 2,2 mld. euro', 'nl')).toEqual([{ value: 2.2e9, unit: 'EUR' }]);
  });
});

describe('numbers: multiples', () => {
  it('reads tripled / triplé / verdrievoudigd as ratio 3', () => {
    expect(findMultiples('Orders tripled.', 'en')[0]?.value).toBe(3);
    expect(findMultiples('Les commandes ont triplé.', 'fr')[0]?.value).toBe(3);
    expect(findMultiples('Het aantal is verdrievoudigd.', 'nl')[0]?.value).toBe(3);
  });
  it('reads décupler as 10 and doubled as 2', () => {
    expect(findMultiples('Elle veut décupler ses ventes.', 'fr')[0]?.value).toBe(10);
    expect(findMultiples('Revenue doubled.', 'en')[0]?.value).toBe(2);
  });
});

describe('numbers: one written as a word, and "M€"', () => {
  const read = (text: string, language: 'en' | 'fr' | 'nl') => findQuantities(text, language).map((q) => `${q.value}:${q.unit}`);
  it('"un million", "one billion dollars", "een miljoen"', () => {
    expect(read('vise un million de clients', 'fr')).toEqual(['1000000:count']);
    expect(read('worth one billion dollars', 'en')).toEqual(['1000000000:USD']);
    expect(read('een miljoen klanten', 'nl')).toEqual(['1000000:count']);
    expect(read('a millionaire', 'en')).toEqual([]);
  });
  it('"150 M€" is 150 million euros; "150 m" is not', () => {
    expect(read('une sanction de 150 M€', 'fr')).toEqual(['150000000:EUR']);
    expect(read('un mur de 150 m de long', 'fr')).toEqual(['150:count']);
  });
});
