import { describe, expect, it } from 'vitest';
import { findMarkets } from '../../src/extract/markets.js';

const codes = (text: string, lang: 'en' | 'fr' | 'nl') => findMarkets(text, lang).map((m) => m.code);

describe('markets', () => {
  it('en: names, acronyms and regions', () => {
    expect(codes('Sales in the UK, the U.S. and Southeast Asia rose; Latin America lagged.', 'en')).toEqual(['GB', 'US', 'SEA', 'LATAM']);
  });
  it('en: the pronoun "us" and the currency "US$" are not the United States', () => {
    expect(codes('Tell us more: it paid US$5m.', 'en')).toEqual([]);
  });
  it('fr: demonyms and the Hexagone', () => {
    expect(codes('des clients allemands et italiens, partout dans l’Hexagone', 'fr')).toEqual(['DE', 'IT', 'FR']);
  });
  it('fr: a nationality describing the company is not a market', () => {
    expect(codes('la plateforme chinoise vend aux consommateurs belges', 'fr')).toEqual(['BE']);
  });
  it('nl: Verenigd Koninkrijk, Belgische and wereldwijd', () => {
    expect(codes('in het Verenigd Koninkrijk, bij Belgische shoppers en wereldwijd', 'nl')).toEqual(['GB', 'BE', 'GLOBAL']);
  });
  it('nl: "de Amerikaanse reus" describes the company', () => {
    expect(codes('de Amerikaanse reus opent in Duitsland', 'nl')).toEqual(['DE']);
  });
});

describe('findMarkets: a city that names a company by its seat', () => {

  it('"le groupe de Seattle", "the Seattle giant", "de reus uit Seattle" are no market', () => {
    expect(codes("Le bénéfice du groupe de Seattle a doublé.", 'fr')).toEqual([]);
    expect(codes('The Seattle giant cut 900 jobs.', 'en')).toEqual([]);
    expect(codes('De reus uit Seattle groeit hard.', 'nl')).toEqual([]);
  });
  it('a city where something happens still is', () => {
    expect(codes('Amazon opened a depot in Seattle.', 'en')).toEqual(['US']);
  });
  it('amazon.com.be is Belgium', () => {
    expect(codes('Amazon launched amazon.com.be in 2022.', 'en')).toEqual(['BE']);
  });
});
