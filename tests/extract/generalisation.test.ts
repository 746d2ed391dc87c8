import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { findMarkets } from '../../src/extract/markets.js';

const facts = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}${f.unit ? `:${f.unit}` : ''}`,
  );
const codes = (text: string, language: 'en' | 'fr' | 'nl') => findMarkets(text, language).map((m) => m.code);

describe('extract: members and subscribers are customers', () => {
  it('en: paying members of a loyalty programme count as customers', () => {
    expect(facts('Loyalty', 'Amazon says 180 million Prime members now shop with it.')).toEqual(['amazon:customers:180000000:count']);
  });
  it('fr: abonnés are customers', () => {
    expect(facts('Fidélité', 'Shein revendique 12 millions d’abonnés à son programme.', 'fr')).toEqual(['shein:customers:12000000:count']);
  });
  it('nl: leden are customers', () => {
    expect(facts('Loyaliteit', 'Bol telt inmiddels 900.000 leden van Select.', 'nl')).toEqual(['bol:customers:900000:count']);
  });
});

describe('extract: sellers and jobs in every language', () => {
  it('en: businesses selling on the platform are sellers', () => {
    expect(facts('Marketplace', 'Temu said 7,000 Spanish businesses now list goods on it.')).toEqual(['temu:sellers:7000:count']);
  });
  it('fr: entreprises on the marketplace are sellers, emplois are employees', () => {
    expect(facts('Place de marché', 'Amazon accueille 4 000 entreprises belges sur son site.', 'fr')).toEqual(['amazon:sellers:4000:count']);
    expect(facts('Emploi', 'Shein va créer 300 emplois à Lille.', 'fr')).toEqual(['shein:employees:300:count']);
  });
  it('nl: ondernemers are sellers, banen are employees', () => {
    expect(facts('Platform', 'Via bol.com verkopen nu 5.500 Belgische ondernemers.', 'nl')).toEqual(['bol:sellers:5500:count']);
    expect(facts('Werk', 'Amazon schept 700 banen in Limburg.', 'nl')).toEqual(['amazon:employees:700:count']);
  });
});

describe('extract: a share price is not a business figure', () => {
  it('en/fr/nl: a stock moving by a percentage is no growth fact', () => {
    expect(facts('Markets', 'PDD Holdings shares dropped 6% on Monday.')).toEqual([]);
    expect(facts('Bourse', 'L’action de PDD a reculé de 3 % mardi.', 'fr')).toEqual([]);
    expect(facts('Beurs', 'Het aandeel van PDD daalde 5 procent.', 'nl')).toEqual([]);
  });
});

describe('extract: rivals named after an event cue do not act', () => {
  it('nl: a reorganisation "to compete with" others belongs to the article’s company', () => {
    expect(facts('Bol schrapt banen', 'De ontslagen zijn nodig om de concurrentie met Temu en Shein aan te gaan.', 'nl')).not.toContain('temu:layoff:');
  });
});

describe('markets: a nationality describing the company is not a market', () => {
  it('fr: "le spécialiste chinois", "le distributeur en ligne néerlandais"', () => {
    expect(codes('Le spécialiste chinois de la mode a grandi.', 'fr')).toEqual([]);
    expect(codes('Le distributeur en ligne néerlandais ouvre un site.', 'fr')).toEqual([]);
  });
  it('en: "the Chinese fashion specialist"', () => {
    expect(codes('The Chinese specialist reported growth.', 'en')).toEqual([]);
  });
});

describe('language: obvious from function words, eld only otherwise', () => {
  it('a plain Dutch paragraph is Dutch without the detector; a headline alone is not obvious', async () => {
    const { obviousLanguage } = await import('../../src/extract/language.js');
    expect(obviousLanguage('Het bedrijf heeft volgens de topman een plan voor de markt, en dat is niet nieuw: het wil op termijn ook naar België met een eigen app voor klanten van het platform.')).toBe('nl');
    expect(obviousLanguage('Temu opens in Spain')).toBeNull();
  });
});
