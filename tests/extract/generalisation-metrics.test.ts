import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const facts = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}:${f.market}`,
  );

describe('extract: what a count counts, read from further away', () => {
  it('en: "the number of European merchants ... had tripled to more than 30,000, and that ..."', () => {
    expect(
      facts(
        'Temu',
        'The company said the number of European merchants on its marketplace had tripled to more than 30,000, and that it would open warehouses in Poland.',
      ),
      // "would open warehouses in Poland" is an announced entry of its own.
    ).toEqual(['temu:growth:3:EU', 'temu:sellers:30000:EU', 'temu:expansion::PL']);
  });
  it('nl: "het aantal verkooppartners, de externe winkels, groeide tot 58.000"', () => {
    expect(facts('Bol', 'Het aantal verkooppartners, de externe winkels die via het platform verkopen, groeide tot 58.000.', 'nl')).toEqual([
      'bol:sellers:58000:null',
    ]);
  });
  it('people using an app are its users; people employed are employees', () => {
    expect(facts('Temu', 'In Nederland gebruiken ruim 4 miljoen mensen de app van Temu maandelijks.', 'nl')).toEqual(['temu:users:4000000:NL']);
    expect(facts('Amazon', 'Amazon employs 6,500 people in Ireland.')).toEqual(['amazon:employees:6500:IE']);
  });
  it('fr: "partenaires de vente" are sellers', () => {
    expect(facts('Bol', 'La plateforme réunit plus de 55 000 partenaires de vente.', 'fr')).toEqual(['bol:sellers:55000:null']);
  });
  it('a source named after "according to" is another clause', () => {
    expect(facts('TikTok Shop', 'Globally, TikTok Shop’s GMV reached $33bn in 2024, according to a consultancy, with Indonesia its largest market.')).toEqual([
      'tiktok-shop:gmv:33000000000:GLOBAL',
    ]);
  });
});

describe('extract: a figure for several companies together is no one’s', () => {
  it('fr/en/nl: cumulées, combined, samen', () => {
    expect(facts('Mode', 'Shein et Temu, qui cumulent à eux deux plus de 40 millions d’utilisateurs en France, voient arriver un rival.', 'fr')).toEqual([]);
    expect(facts('Mode', 'Une riposte à Temu et Shein, dont les ventes cumulées en France auraient progressé de 30 %.', 'fr')).toEqual([]);
    expect(facts('Apps', 'Temu and Shein have 90 million users combined in Europe.')).toEqual([]);
    expect(facts('Apps', 'Temu and Shein together have 90 million users in Europe.')).toEqual([]);
    expect(facts('Apps', 'Temu en Shein hebben samen 9 miljoen klanten in België.', 'nl')).toEqual([]);
  });
});

describe('extract: a growth verb may stand further before the figure in its clause', () => {
  it('nl: "steeg de omzet van bol in het eerste halfjaar met 6,5 procent"', () => {
    expect(facts('Bol', 'Volgens de cijfers steeg de omzet van bol in het eerste halfjaar met 6,5 procent.', 'nl')).toEqual(['bol:growth:6.5:null']);
  });
  it('but not across a comma', () => {
    expect(facts('Bol', 'De omzet van bol steeg flink in het eerste halfjaar, en 6,5 procent van de klanten is zakelijk.', 'nl')).toEqual([]);
  });
});
