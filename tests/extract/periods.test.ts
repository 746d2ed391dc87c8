import { describe, expect, it } from 'vitest';
import { findPeriods, parseAnchor } from '../../src/extract/periods.js';

const anchor = parseAnchor('2024-05-20');
const periods = (text: string, lang: 'en' | 'fr' | 'nl') => findPeriods(text, lang, anchor).map((h) => h.period);

describe('periods', () => {
  it('en: a month with a year, a quarter and "last year"', () => {
    expect(periods('It opened in March 2021, beat Q2 2022 and grew last year.', 'en')).toEqual(['2021-03', '2022-Q2', '2023']);
  });
  it('en: "second-quarter" without a year is the latest such quarter before the article', () => {
    expect(periods('second-quarter sales', 'en')).toEqual(['2023-Q2']);
  });
  it('en: "may" as a verb is not a month', () => {
    expect(periods('Shoppers may leave.', 'en')).toEqual([]);
  });
  it('fr: "l’an dernier", "cette année" and "en juillet dernier"', () => {
    expect(periods("l’an dernier, cette année et en juillet dernier", 'fr')).toEqual(['2023', '2024', '2023-07']);
  });
  it('fr: "l’année dernière" and "premier semestre 2022"', () => {
    expect(periods("l'année dernière puis au premier semestre 2022", 'fr')).toEqual(['2023', '2022-H1']);
  });
  it('nl: "vorig jaar", "dit jaar" and "in februari" (a bare past month)', () => {
    expect(periods('vorig jaar, dit jaar en in februari', 'nl')).toEqual(['2023', '2024', '2024-02']);
  });
  it('nl: a month range "van maart tot juni 2022"', () => {
    expect(periods('van maart tot juni 2022', 'nl')).toEqual(['2022-03/2022-06']);
  });
  it('relative forms need the published date', () => {
    expect(findPeriods('last year', 'en', null)).toEqual([]);
  });
});
