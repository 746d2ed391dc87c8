import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const facts = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}${f.unit ? `:${f.unit}` : ''}`,
  );

describe('extract: Ahold Delhaize’s web shop is bol', () => {
  it('nl: "de dochter van Ahold Delhaize" reports bol’s figures', () => {
    expect(facts('Jaarcijfers', 'De dochter van Ahold Delhaize boekte vorig jaar een omzet van 6,4 miljard euro.', 'nl')).toEqual([
      'bol:revenue:6400000000:EUR',
    ]);
  });
  it('fr: "la filiale d’Ahold Delhaize"', () => {
    expect(facts('Résultats', "La filiale d'Ahold Delhaize a réalisé un chiffre d'affaires de 6,4 milliards d'euros.", 'fr')).toEqual([
      'bol:revenue:6400000000:EUR',
    ]);
  });
  it('en: "the Ahold Delhaize subsidiary"; the group itself stays untracked', () => {
    expect(facts('Results', 'The Ahold Delhaize subsidiary reported net sales of 6.4 billion euros.')).toEqual(['bol:revenue:6400000000:EUR']);
    expect(facts('Results', 'Ahold Delhaize reported net sales of 89 billion euros.')).toEqual([]);
  });
});

describe('extract: a company named in an aside is not the subject', () => {
  it('en: a relative clause naming a rival does not take the figure', () => {
    expect(facts('Results', 'Amazon, which competes with Zalando, reported revenue of $143 billion.')).toEqual(['amazon:revenue:143000000000:USD']);
    expect(facts('Results', 'Walmart, which competes with Amazon, reported revenue of $160 billion.')).toEqual([]);
  });
  it('en: an apposition after the name does not take the figure or the event', () => {
    expect(facts('Social commerce', 'TikTok Shop, the ByteDance unit that competes with Amazon, said sales tripled.')).toEqual([
      'tiktok-shop:growth:3:ratio',
    ]);
    const events = extractFacts({ title: 'Expansion', text: 'Temu, a rival of Zalando, launched in Poland in 2023.', language: 'en' }).facts;
    expect(events.map((f) => `${f.competitor}:${f.event}:${f.market}`)).toEqual(['temu:launch:PL']);
  });
  it('fr: "Shein, qui concurrence Zalando, a vu ses ventes bondir de 40 %"', () => {
    expect(facts('Mode', 'Shein, qui concurrence Zalando, a vu ses ventes bondir de 40 %.', 'fr')).toEqual(['shein:growth:40:percent']);
  });
  it('nl: "Temu, net als Shein, ..." and a leading comparison', () => {
    expect(facts('Webwinkels', 'Bol, net als Zalando, zag de omzet met 8 procent stijgen.', 'nl')).toEqual(['bol:growth:8:percent']);
    expect(facts('Bol groeit', 'Anders dan Zalando, zag het bedrijf de omzet met 8 procent stijgen.', 'nl')).toEqual(['bol:growth:8:percent']);
  });
  it('a figure inside the aside still belongs to the name before it', () => {
    expect(facts('Results', 'Shein, which has 150 million customers, competes with Zalando.')).toEqual(['shein:customers:150000000:count']);
  });
  it('when only the aside names a company, it is still read', () => {
    expect(facts('Markets', 'In Poland, where Temu launched in 2023, the app now has 10 million users.')).toContain('temu:users:10000000:count');
  });
});

describe('extract: the market at large is a subject, not any mention of a market', () => {
  it('fr: "son premier marché européen" between two figures does not make them nobody’s', () => {
    expect(
      facts('Shein', "La plateforme revendique 25 millions de clients en France, son premier marché européen, et son chiffre d'affaires est de 1,8 Md€.", 'fr'),
    ).toEqual(['shein:customers:25000000:count', 'shein:revenue:1800000000:EUR']);
  });
  it('the market as the subject still belongs to nobody', () => {
    expect(facts('Shein', 'En France, le marché du e-commerce a progressé de 9 %.', 'fr')).toEqual([]);
  });
});
