import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { findMarkets } from '../../src/extract/markets.js';

const facts = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}:${f.market}`,
  );

describe('extract: a figure takes its market from the sentence before or the title', () => {
  it('en: "there" points back to the previous sentence', () => {
    expect(facts('Temu grows', 'The shopping app is now one of the most downloaded in Germany. It reported 15 million monthly users there.')).toEqual([
      'temu:users:15000000:DE',
    ]);
  });
  it('fr: "y" points back; "il y a" does not', () => {
    expect(facts('Temu', 'Temu est arrivée en Pologne l’an dernier. La plateforme y compte 9 millions d’utilisateurs.', 'fr')).toContain(
      'temu:users:9000000:PL',
    );
    expect(facts('Temu', 'Temu a présenté ses résultats. Il y a 9 millions de vendeurs sur la plateforme.', 'fr')).toEqual([
      'temu:sellers:9000000:null',
    ]);
  });
  it('nl: "daar" points back', () => {
    expect(facts('Shein', 'Shein opende vorig jaar een kantoor in Polen. Het bedrijf telt daar 4 miljoen klanten.', 'nl')).toContain(
      'shein:customers:4000000:PL',
    );
  });
  it('an audience count in an article about one market is counted in that market', () => {
    expect(facts('Shein in Spanje', 'Shein heeft inmiddels 7 miljoen klanten.', 'nl')).toEqual(['shein:customers:7000000:ES']);
    expect(facts('Temu s’installe en Italie', 'La plateforme revendique 12 millions d’utilisateurs.', 'fr')).toEqual(['temu:users:12000000:IT']);
  });
  it('company-wide money is not pinned on the title’s market without a pointer', () => {
    expect(facts('Shein eyes a London listing', 'Shein made revenue of $32.5 billion in 2023.')).toContain('shein:revenue:32500000000:null');
  });
  it('a market named in the sentence itself wins', () => {
    expect(facts('Temu in France', 'In Germany, Temu has 14 million users.')).toEqual(['temu:users:14000000:DE']);
  });
});

describe('extract: a fact told again with a market keeps only the placed copy', () => {
  it('nl: the title’s placeless layoff gives way to the body’s', () => {
    const out = extractFacts({ title: 'Bol schrapt 150 banen', text: 'Bol schrapt 150 banen in Nederland.', language: 'nl' }).facts;
    // The jobs cut are the layoff, not a staff count (round 7).
    expect(out.map((f) => `${f.metric ?? f.event}:${f.market}`).sort()).toEqual(['layoff:NL']);
  });
});

describe('markets: more places, and seats that are not markets', () => {
  const codes = (text: string, language: 'en' | 'fr' | 'nl' = 'en') => findMarkets(text, language).map((m) => m.code);
  it('Hong Kong, Wallonia, Latin American, Utrecht', () => {
    expect(codes('Shein filed for a listing in Hong Kong.')).toEqual(['HK']);
    expect(codes('Bol vise un million de clients wallons en Wallonie.', 'fr')).toEqual(['BE', 'BE']);
    expect(codes('its biggest Latin American bet')).toEqual(['LATAM']);
    expect(codes('Bol schrapt banen in Utrecht.', 'nl')).toEqual(['NL']);
  });
  it('where a company or source sits is not a market', () => {
    expect(codes('according to Singapore-based consultancy Momentum Works')).toEqual([]);
    expect(codes('The retailer, founded in Nanjing and now headquartered in Singapore, is expected to list.')).toEqual([]);
    expect(codes('la plateforme basée à Utrecht', 'fr')).toEqual([]);
  });
  it('a possessive makes a nationality the company’s own arm', () => {
    expect(codes('Amazon, whose British marketplace handled £31bn of sales')).toEqual(['GB']);
    expect(codes('the Chinese marketplace Temu')).toEqual([]);
  });
});

describe('extract: a fine takes the market named just before', () => {
  it('fr: "les autorités françaises. La DGCCRF lui a infligé une amende"', () => {
    expect(
      facts('Shein', "Shein n'en est pas à son premier démêlé avec les autorités françaises. La DGCCRF lui a infligé une amende de 40 millions d'euros.", 'fr'),
    ).toContain('shein:fine:40000000:FR');
  });
});

describe('markets: a French adjective before a name describes it', () => {
  it('"propriété du chinois ByteDance" names no market; "clients chinois" does', () => {
    const codes = (text: string) => findMarkets(text, 'fr').map((m) => m.code);
    expect(codes('Le réseau social, propriété du chinois ByteDance, compte 25 millions d’utilisateurs.')).toEqual([]);
    expect(codes('Temu compte 5 millions de clients chinois.')).toEqual(['CN']);
  });
});

describe('extract: markets a name or a headline stands for', () => {
  it('Douyin is China; amazon.fr is France', () => {
    expect(facts('TikTok', 'Zusterapp Douyin verwerkte vorig jaar naar schatting 3,5 biljoen yuan aan verkopen, meer dan Amazon wereldwijd.', 'nl')).toEqual([
      'tiktok-shop:gmv:3500000000000:CN',
    ]);
    expect(facts('Amazon', 'Amazon.fr a réalisé un chiffre d’affaires de 9 milliards d’euros.', 'fr')).toEqual(['amazon:revenue:9000000000:FR']);
  });
  it('one country in the title beside a region is the article’s market', () => {
    const out = extractFacts({ title: 'TikTok Shop goes live in Brazil, its biggest Latin American bet', text: 'TikTok Shop is subsidising free shipping until August.', language: 'en' }).facts;
    expect(out.filter((f) => f.event === 'promotion').map((f) => f.market)).toEqual(['BR']);
  });
  it('"Brussel:" in a headline is the EU', () => {
    const out = extractFacts({ title: 'Brussel: Temu overtreedt Europese regels', text: 'Temu riskeert een boete.', language: 'nl' }).facts;
    expect(out.filter((f) => f.event === 'regulation').map((f) => f.market)).toEqual(['EU']);
  });
});
