import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';
import { findMarkets } from '../../src/extract/markets.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const codes = (text: string, language: 'en' | 'fr' | 'nl' = 'en') => findMarkets(text, language).map((m) => m.code);

describe('round 13 (markets): towns and regions stand for their country', () => {
  it('en/fr/nl: a logistics town names its country', () => {
    expect(codes('The new depot near Wellingborough opens in May.')).toEqual(['GB']);
    expect(codes('Le site de Lauwin-Planque recrute.', 'fr')).toEqual(['FR']);
    expect(codes('Het magazijn in Roermond wordt uitgebreid.', 'nl')).toEqual(['NL']);
    expect(codes('Un entrepôt à Ghlin, près de Mons.', 'fr')).toEqual(['BE', 'BE']);
  });
  it('only with its capital: a paisley scarf, the word "saran" are no places', () => {
    expect(codes('She sells paisley scarves and kettering is no word.')).toEqual([]);
    expect(codes('Il a enveloppé le plat de saran.', 'fr')).toEqual([]);
  });
  it('French press metonyms: outre-Manche, outre-Rhin, outre-Quiévrain', () => {
    expect(codes('Outre-Manche, la plateforme progresse.', 'fr')).toEqual(['GB']);
    expect(codes('Les ventes outre-Rhin ont reculé.', 'fr')).toEqual(['DE']);
    expect(codes('Outre-Quiévrain, le succès est net.', 'fr')).toEqual(['BE']);
  });
  it('a staff count at a site in a named town takes its country', () => {
    expect(only('employees')(read('Amazon', 'Amazon’s fulfilment centre outside Kettering now employs 1,900 people.'))).toEqual(['amazon:employees:1900:GB:actual']);
    expect(only('employees')(read('Amazon', 'L’entrepôt d’Amazon à Saran emploie 1 700 salariés en CDI.', 'fr'))).toEqual(['amazon:employees:1700:FR:actual']);
  });
  it('an authority of one country names it: FOD Economie, the Groceries Code Adjudicator', () => {
    expect(codes('De FOD Economie onderzoekt de kortingen.', 'nl')).toEqual(['BE']);
    expect(codes('The Groceries Code Adjudicator opened a case.')).toEqual(['GB']);
  });
});

describe('round 13 (markets): the staff of one site are counted where the article is', () => {
  it('en/fr/nl: the site sentence names no place, the title does', () => {
    expect(only('employees')(read('Bol opens a hub in Tilburg', 'The company confirmed the plans. The warehouse will have 900 staff when it opens.'))).toEqual([
      'bol:employees:900:NL:actual',
    ]);
    expect(
      only('employees')(read('Amazon agrandit son site de Douai', 'Le groupe l’a confirmé mardi. L’entrepôt compte aujourd’hui 2 100 salariés, selon la direction.', 'fr')),
    ).toEqual(['amazon:employees:2100:FR:actual']);
    expect(only('employees')(read('Bol breidt uit in Waalwijk', 'Bol bevestigt de plannen. Het distributiecentrum telt nu ruim 1.800 medewerkers.', 'nl'))).toEqual([
      'bol:employees:1800:NL:actual',
    ]);
  });
  it('a company’s whole staff is not the title’s country', () => {
    expect(only('employees')(read('Amazon opens a hub in Leeds', 'The company confirmed the plans. Amazon employs 1.5 million people.'))).toEqual([
      'amazon:employees:1500000:null:actual',
    ]);
    expect(only('employees')(read('Amazon à Douai', 'Le groupe l’a confirmé. Ses entrepôts emploient 20 000 personnes.', 'fr'))).toEqual(['amazon:employees:20000:null:actual']);
  });
});

describe('round 13 (markets): a list of countries and a list of figures pair in order', () => {
  it('en/fr/nl, with or without "respectively"', () => {
    expect(only('revenue')(read('Amazon', 'Amazon said sales in France, Italy and Spain reached $9bn, $7bn and $5bn last year.'))).toEqual([
      'amazon:revenue:9000000000:FR:actual',
      'amazon:revenue:7000000000:IT:actual',
      'amazon:revenue:5000000000:ES:actual',
    ]);
    expect(only('users')(read('Temu', 'Temu revendique en France et en Espagne 20 millions et 12 millions d’utilisateurs.', 'fr'))).toEqual([
      'temu:users:20000000:FR:actual',
      'temu:users:12000000:ES:actual',
    ]);
    expect(only('customers')(read('Bol', 'Bol telt in Nederland en België 9 miljoen en 4 miljoen klanten.', 'nl'))).toEqual([
      'bol:customers:9000000:NL:actual',
      'bol:customers:4000000:BE:actual',
    ]);
  });
  it('one figure for two countries stays without a market', () => {
    expect(only('customers')(read('Bol', 'Bol has 13 million customers in the Netherlands and Belgium.'))).toEqual(['bol:customers:13000000:null:actual']);
  });
});

describe('round 13 (markets): countries given as a region’s examples leave the figure to the region', () => {
  it('en/fr/nl', () => {
    expect(only('gmv')(read('Shopee', 'In Southeast Asia, notably Indonesia and Vietnam, TikTok Shop sold an estimated $15 billion of goods.'))).toEqual([
      'tiktok-shop:gmv:15000000000:SEA:estimate',
    ]);
    expect(only('growth')(read('Temu', 'En Amérique latine, surtout au Brésil et au Mexique, les ventes de Temu ont progressé de 80 %.', 'fr'))).toEqual([
      'temu:growth:80:LATAM:actual',
    ]);
    expect(only('users')(read('Temu', 'In Zuidoost-Azië, waar Thailand en Maleisië de snelste groeiers zijn, telt Temu 30 miljoen gebruikers.', 'nl'))).toEqual([
      'temu:users:30000000:SEA:actual',
    ]);
  });
  it('a country told as the figure’s own place in a region keeps it', () => {
    expect(only('growth')(read('Temu', 'In Latin America, Temu’s sales in Brazil rose 80%.'))).toEqual(['temu:growth:80:BR:actual']);
  });
});

describe('round 13 (markets): goods served from a warehouse abroad come from there', () => {
  it('en/fr/nl: the warehouse’s country is no market of the figure', () => {
    expect(only('growth')(read('Shein', 'In Germany, where Shein serves shoppers from a warehouse in Poland, sales rose 30%.'))).toEqual(['shein:growth:30:DE:actual']);
    expect(only('growth')(read('Shein', 'En Allemagne, où Shein livre ses clients depuis un entrepôt situé en Pologne, les ventes ont progressé de 30 %.', 'fr'))).toEqual([
      'shein:growth:30:DE:actual',
    ]);
    expect(only('growth')(read('Shein', 'In Duitsland, waar Shein klanten bedient vanuit een magazijn in Polen, stegen de verkopen met 30 procent.', 'nl'))).toEqual([
      'shein:growth:30:DE:actual',
    ]);
  });
  it('a warehouse opened in a country is that country’s', () => {
    expect(only('investment')(read('Shein', 'Shein will invest €200 million in a warehouse in Poland.')).map((f) => f.split(':')[3])).toEqual(['PL']);
  });
});

describe('round 13 (markets): a listed parent’s results are worldwide unless a place is tied to the figure', () => {
  it('en/fr/nl: places of a cause or an aside give no market', () => {
    expect(only('revenue')(read('PDD', 'Temu’s rapid growth in the US pushed PDD Holdings’ quarterly revenue up 40% to RMB90bn.'))).toEqual(['temu:revenue:90000000000:null:actual']);
    expect(only('revenue')(read('PDD', 'PDD Holdings, qui exploite Pinduoduo en Chine, a publié un chiffre d’affaires de 90 milliards de yuans.', 'fr'))).toEqual([
      'temu:revenue:90000000000:null:actual',
    ]);
    expect(only('revenue')(read('PDD', 'PDD Holdings zag de omzet stijgen tot 90 miljard yuan, dankzij de groei van Temu in Europa.', 'nl'))).toEqual([
      'temu:revenue:90000000000:null:actual',
    ]);
  });
  it('a place tied to the figure stays', () => {
    expect(only('revenue')(read('PDD', 'PDD Holdings said its US revenue reached $20bn.'))).toEqual(['temu:revenue:20000000000:US:actual']);
    expect(only('revenue')(read('PDD', 'In Europe, ByteDance reported revenue of $6bn.'))).toEqual(['tiktok-shop:revenue:6000000000:EU:actual']);
    expect(only('revenue')(read('Temu', 'Temu, owned by PDD Holdings, said its revenue in Europe reached $2bn.'))).toEqual(['temu:revenue:2000000000:EU:actual']);
  });
});

describe('round 13 (markets): a place followed by its own figure is that figure’s', () => {
  it('nl/fr/en', () => {
    expect(only('users')(read('Temu', 'Temu heeft in Nederland 5 miljoen gebruikers en in België 2 miljoen.', 'nl'))).toEqual(['temu:users:5000000:NL:actual', 'temu:users:2000000:BE:actual']);
    expect(only('users')(read('Temu', 'Temu compte aux Pays-Bas 5 millions d’utilisateurs et en Belgique 2 millions.', 'fr'))).toEqual([
      'temu:users:5000000:NL:actual',
      'temu:users:2000000:BE:actual',
    ]);
    expect(only('customers')(read('Shein', 'Shein has 3 million customers in France and in Spain 2 million.'))).toContain('shein:customers:3000000:FR:actual');
  });
});

describe('round 13 (markets): an aside word does not hide the place of a relative clause', () => {
  it('en/fr/nl', () => {
    expect(only('launch')(read('TikTok Shop', 'In Spain, however, where TikTok Shop launched last year, sellers are unhappy.'))).toEqual(['tiktok-shop:launch::ES']);
    expect(only('launch')(read('TikTok Shop', 'En Espagne, en revanche, où TikTok Shop a été lancé l’an dernier, les vendeurs grognent.', 'fr'))).toEqual(['tiktok-shop:launch::ES']);
    expect(only('launch')(read('TikTok Shop', 'In Spanje, daarentegen, waar TikTok Shop vorig jaar werd gelanceerd, morren de verkopers.', 'nl'))).toEqual(['tiktok-shop:launch::ES']);
  });
});

describe('round 13 (markets): a source’s seat or an office’s region is no market', () => {
  it('en/nl: "a Singapore brokerage", "een Amerikaanse zakenbank"', () => {
    expect(only('gmv')(read('Shopee', 'Analysts at a Singapore brokerage expect TikTok Shop’s gross merchandise value to reach $30 billion this year.'))).toEqual([
      'tiktok-shop:gmv:30000000000:null:estimate',
    ]);
    expect(codes('Een Amerikaanse zakenbank schat de omzet hoger in.', 'nl')).toEqual([]);
    expect(codes('Sales at its British shop rose.')).toEqual(['GB']);
  });
  it('"its European headquarters in Dublin" is Dublin', () => {
    expect(only('employees')(read('Temu', 'Temu will hire 200 people at its European headquarters in Dublin.')).map((f) => f.split(':')[3])).toEqual(['IE']);
    expect(codes('Temu breidt zijn Europese hoofdkantoor in Amsterdam uit.', 'nl')).toEqual(['NL']);
    expect(codes('Temu opens a European office in Dublin.')).toEqual(['EU', 'IE']);
  });
  it('a people counted is a market, not an adjective', () => {
    expect(only('users')(read('Shein', 'Elke maand gebruiken 2,4 miljoen Belgen de Shein-app.', 'nl'))).toEqual(['shein:users:2400000:BE:actual']);
  });
  it('Dutch city adjectives: "het Rotterdamse kantoor"', () => {
    expect(codes('Het Rotterdamse kantoor groeit.', 'nl')).toEqual(['NL']);
    expect(codes('Het Rotterdamse bedrijf groeit in België.', 'nl')).toEqual(['BE']);
  });
  it('a site told with its size still counts as one site', () => {
    expect(only('employees')(read('Shein opens a hub in Poznań', 'Shein confirmed it. The 90,000-square-metre site employs about 500 people.'))).toEqual([
      'shein:employees:500:PL:actual',
    ]);
  });
});
