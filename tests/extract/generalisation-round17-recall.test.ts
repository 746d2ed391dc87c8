import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 17 (recall): fixture sentences written for each rule in our own words; none is taken from
// an evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);
const events = (facts: string[]) => facts.filter((f) => f.split(':').length === 4);

describe('round 17: countries of Africa, the Middle East, Asia and Latin America are markets', () => {
  it('names, adjectives and capitals in en/fr/nl', () => {
    expect(events(read('Temu au Maroc', 'Temu a ouvert mardi sa boutique au Maroc.', 'fr'))).toEqual(['temu:launch::MA']);
    expect(events(read('Temu en Afrique', "Temu a ouvert jeudi en Côte d'Ivoire et au Sénégal.", 'fr'))).toEqual(['temu:launch::CI', 'temu:launch::SN']);
    expect(events(read('Shein in Kenya', 'Shein launched its app in Kenya on Monday.'))).toEqual(['shein:launch::KE']);
    expect(events(read('Temu in Marokko', 'Temu opende dinsdag zijn winkel in Marokko.', 'nl'))).toEqual(['temu:launch::MA']);
    expect(metrics(read('Temu', 'Temu compte 300 000 utilisateurs marocains.', 'fr'))).toEqual(['temu:users:300000:MA:actual']);
    expect(events(read('Temu in Qatar', 'Temu went live in Qatar this week.'))).toEqual(['temu:launch::QA']);
  });
  it('negative: a nationality describing the company, and a seat, stay no market', () => {
    expect(events(read('Jumia', 'Temu a ouvert une boutique, comme le groupe sénégalais avant lui.', 'fr'))).toEqual([]);
    expect(metrics(read('Temu', 'A Casablanca-based analyst says Temu has 2 million users.'))).toEqual(['temu:users:2000000:null:estimate']);
  });
});

describe('round 17: a round threshold "le million", "the million", "het miljoen" is one million', () => {
  it('with the noun told or left out', () => {
    expect(metrics(read('Bol', 'Bol compte 700 000 clients en Belgique et vise le million.', 'fr'))).toEqual(['bol:customers:700000:BE:actual', 'bol:customers:1000000:BE:target']);
    expect(metrics(read('Shein', 'Shein has 800,000 customers in Poland and aims for the million.'))).toEqual(['shein:customers:800000:PL:actual', 'shein:customers:1000000:PL:target']);
    expect(metrics(read('Bol', 'Bol telt 700.000 klanten in België en mikt op het miljoen.', 'nl'))).toEqual(['bol:customers:700000:BE:actual', 'bol:customers:1000000:BE:target']);
  });
  it('negative: a hyphen after makes it a word, not a number', () => {
    expect(metrics(read('Temu', 'For Temu, it is the million-dollar question.'))).toEqual([]);
  });
});

describe('round 17: Dutch "verkoopt" and "verkochten voor" give the value of goods sold', () => {
  it('present tense and plural past', () => {
    expect(metrics(read('Temu', 'Analisten verwachten dat Temu dit jaar voor 40 miljard dollar aan goederen verkoopt.', 'nl'))).toEqual(['temu:gmv:40000000000:null:estimate']);
    expect(metrics(read('Shein', 'Shein verkoopt in België voor 300 miljoen euro per jaar.', 'nl'))).toEqual(['shein:gmv:300000000:BE:actual']);
  });
  it('negative: a stake sold is no goods', () => {
    expect(metrics(read('Amazon', 'Amazon verkoopt zijn belang voor 2 miljard euro.', 'nl'))).toEqual([]);
  });
});

describe('round 17: launches told with a date between, after others, or with the verb last', () => {
  it('"accessible depuis lundi au", "volgde in 2021 in", "is sinds mei ook in ... actief"', () => {
    expect(events(read('Temu', 'Temu est accessible depuis lundi au Cameroun.', 'fr'))).toEqual(['temu:launch::CM']);
    expect(events(read('Shein', 'Shein volgde in maart 2021 in Duitsland en is sinds mei 2022 ook in Polen actief.', 'nl'))).toEqual(['shein:launch::DE', 'shein:launch::PL']);
    expect(events(read('Shein', 'Shein followed in March 2021 in Germany.'))).toEqual(['shein:launch::DE']);
  });
  it('"doit ouvrir au" is a planned entry', () => {
    expect(events(read('TikTok Shop', 'TikTok Shop doit ouvrir au Chili au printemps.', 'fr'))).toEqual(['tiktok-shop:expansion::CL']);
  });
  it('negative: following a course, being active in a sector', () => {
    expect(events(read('Temu', 'Een analist van Temu volgde in 2022 in Londen een opleiding.', 'nl'))).toEqual([]);
    expect(events(read('Temu', "Le site de Temu n'est plus disponible en France depuis lundi.", 'fr'))).not.toContain('temu:launch::FR');
  });
});

describe('round 17: jobs "te schrappen" are a layoff', () => {
  it('an infinitive with "te" after the announcement', () => {
    expect(events(read('Bol', 'Bol maakte bekend 150 banen te schrappen in Utrecht.', 'nl'))).toEqual(['bol:layoff::NL']);
  });
  it('negative: jobs it has no plan to cut', () => {
    expect(events(read('Bol', 'Bol zegt geen plannen te hebben om banen te schrappen.', 'nl'))).toEqual([]);
  });
});

describe('round 17: a French or Dutch version of a site is a language, not a market', () => {
  it('"une version française", "a Dutch version", "een Franse versie"', () => {
    expect(events(read('Bol', 'Bol a lancé une version française de son site en Belgique.', 'fr'))).toEqual(['bol:launch::BE']);
    expect(events(read('Bol', 'Bol lanceerde een Franse versie van zijn webshop in België.', 'nl'))).toEqual(['bol:launch::BE']);
  });
  it('negative: a Chinese version of an app is the Chinese market', () => {
    expect(metrics(read('TikTok', "Douyin, la version chinoise de TikTok, a réalisé un volume d'affaires de 100 milliards de yuans.", 'fr'))).toEqual(['tiktok-shop:gmv:100000000000:CN:actual']);
  });
});
