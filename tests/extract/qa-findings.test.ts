import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const facts = (title: string, text: string, language = 'en', published = '2025-03-01') =>
  extractFacts({ title, text, language, published }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}:${f.market}:${f.status}:${f.period}`,
  );

describe('extract: a headline fact told again in the body', () => {
  it('keeps the body’s period and status', () => {
    expect(
      facts('Shein tops 4 million UK customers', 'Shein had 4 million UK customers in 2023, analysts at a consultancy estimate.'),
    ).toEqual(['shein:customers:4000000:GB:estimate:2023']);
  });
  it('keeps the body’s period when the headline already named the market', () => {
    expect(facts('Bol haalt 3 miljoen klanten in België', 'Bol telde in het eerste halfjaar van 2024 3 miljoen klanten in België.', 'nl')).toEqual([
      'bol:customers:3000000:BE:actual:2024-H1',
    ]);
  });
  it('keeps both when the body puts the figure in another market', () => {
    expect(facts('Temu claims 5 million users in Spain', 'Temu also claims 5 million users in Italy.')).toHaveLength(2);
  });
});

describe('extract: status', () => {
  it('fr: the conditional of hearsay is an estimate', () => {
    expect(facts('Marketplaces', 'Selon la presse, Shein pèserait 2 milliards d’euros de ventes en Allemagne.', 'fr')[0]).toMatch(/:estimate:/);
    expect(facts('Marketplaces', 'Amazon compterait 4 000 vendeurs en Pologne.', 'fr')[0]).toMatch(/:estimate:/);
    // A noun in -rait is not a conditional.
    expect(facts('Marketplaces', 'Après le retrait de Temu, Shein a 3 000 vendeurs en Italie.', 'fr')[0]).toMatch(/:actual:/);
  });
  it('a launch dated after publication is a plan', () => {
    expect(facts('Nieuws', 'Temu opent in 2027 in België.', 'nl')).toEqual(['temu:launch::BE:target:2027']);
    expect(facts('News', 'Shein launched in Poland in 2022.')).toEqual(['shein:launch::PL:actual:2022']);
  });
});

describe('extract: several subjects', () => {
  it('"both", "chacun", "beide" give the figure to each', () => {
    expect(facts('Retail', 'Shein and Temu both doubled their sellers in Spain.')).toEqual(
      expect.arrayContaining(['shein:growth:2:ES:actual:null', 'temu:growth:2:ES:actual:null']),
    );
    expect(facts('Nieuws', 'Amazon en bol groeiden beide 12 procent in Nederland.', 'nl').sort()).toEqual([
      'amazon:growth:12:NL:actual:null',
      'bol:growth:12:NL:actual:null',
    ]);
  });
  it('without a joint word the figure is the nearer subject’s only', () => {
    expect(facts('Retail', 'Shein and Temu compete in Spain, where Temu grew 12%.')).toEqual(['temu:growth:12:ES:actual:null']);
  });
  it('a relative clause naming a rival does not take the figure', () => {
    expect(facts('Retail', 'Temu, which competes with Shein, reached 2,400 sellers in Austria.')).toEqual([
      'temu:sellers:2400:AT:actual:null',
    ]);
  });
});

describe('extract: a shop’s country domain is its market', () => {
  it('amazon.nl, amazon.fr, amazon.co.uk', () => {
    expect(facts('Nieuws', 'Amazon opende in 2020 amazon.nl.', 'nl')).toEqual(['amazon:launch::NL:actual:2020']);
    expect(facts('Actualité', 'Amazon a lancé amazon.fr en 2000.', 'fr')).toEqual(['amazon:launch::FR:actual:2000']);
    expect(facts('News', 'Amazon launched amazon.co.uk in 1998.')).toContain('amazon:launch::GB:actual:1998');
  });
  it('a .com is no market', () => {
    expect(facts('News', 'Bol.com launched a new app.')).not.toContain('bol:launch::NL:actual:null');
  });
});

describe('extract: one figure for two countries together', () => {
  it('has no market of its own (the vocabulary has no code for a pair)', () => {
    expect(facts('Retail', 'Amazon has 9,000 sellers in Austria and Switzerland.')).toEqual(['amazon:sellers:9000:null:actual:null']);
    expect(facts('Retail', 'Temu revendique 4 millions de clients en Suisse et en Autriche.', 'fr')[0]).toMatch(/:null:actual:/);
    expect(facts('Nieuws', 'Shein telt 2 miljoen klanten in Nederland en België.', 'nl')[0]).toMatch(/:null:actual:/);
  });
  it('a figure for one country beside another clause keeps its market', () => {
    expect(facts('Retail', 'Amazon has 9,000 sellers in Austria.')).toEqual(['amazon:sellers:9000:AT:actual:null']);
  });
});

describe('extract: a share of a market told without the word "share"', () => {
  it('"holds 30% of online sales", "capte 12 % des ventes en ligne", "in handen"', () => {
    expect(facts('Retail', 'Shein holds about 30% of online fashion sales in Spain.')[0]).toMatch(/^shein:market_share:30:ES:/);
    expect(facts('Retail', 'En Italie, Temu capte 12 % des ventes en ligne.', 'fr')[0]).toMatch(/^temu:market_share:12:IT:/);
    expect(facts('Retail', 'In België heeft Amazon 9 procent van de online markt in handen.', 'nl')[0]).toMatch(/^amazon:market_share:9:BE:/);
  });
  it('a stake is still no share of a market', () => {
    expect(facts('Retail', 'Temu holds a 20% stake in a logistics firm.')).toEqual([]);
  });
  it('a sector as the subject is nobody’s figure', () => {
    expect(facts('TikTok Shop', 'Social commerce could account for 9% of Spanish online retail by 2028.')).toEqual([]);
  });
});

describe('extract: a third party’s measurement is an estimate', () => {
  it('en/fr/nl: a study, a research firm, a market researcher', () => {
    expect(facts('Retail', 'Shein has 3 million customers in Spain, according to a study by a market researcher.')[0]).toMatch(/:estimate:/);
    expect(facts('Retail', 'Selon une étude publiée mardi, Temu compte 2 millions de clients en Belgique.', 'fr')[0]).toMatch(/:estimate:/);
    expect(facts('Nieuws', 'Temu heeft volgens marktonderzoeker GfK 2 miljoen klanten in Nederland.', 'nl')[0]).toMatch(/:estimate:/);
  });
  it('the company’s own figure stays actual', () => {
    expect(facts('Retail', 'Shein said it has 3 million customers in Spain.')[0]).toMatch(/:actual:/);
  });
});

describe('extract: an investment takes the market the article is about', () => {
  it('from the previous sentence or the title', () => {
    expect(facts('Shein bouwt magazijn in Polen', 'Het bedrijf investeert 150 miljoen euro in een nieuw magazijn.', 'nl')[0]).toMatch(
      /^shein:investment:150000000:PL:/,
    );
  });
  it('revenue still does not', () => {
    expect(facts('Shein in Polen', 'Het bedrijf haalde 30 miljard dollar omzet.', 'nl')[0]).toMatch(/:null:/);
  });
});

describe('extract: the market of a company-wide figure', () => {
  it('a reason clause after ", as" does not lend its market to the figure', () => {
    expect(facts('Results', 'Shein said revenue rose 12% to $30 billion, as weaker French demand was offset elsewhere.')).toEqual(
      expect.arrayContaining(['shein:revenue:30000000000:null:actual:null']),
    );
  });
  it('a sister app closing an aside gives the figure no market', () => {
    expect(facts('Results', 'ByteDance, the owner of TikTok and Douyin, said revenue rose 20% to $110 billion.')).toEqual(
      expect.arrayContaining(['tiktok-shop:revenue:110000000000:null:actual:null']),
    );
    expect(facts('Results', 'Douyin processed 3 trillion yuan of sales.')[0]).toMatch(/:CN:/);
  });
});
