import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe("round 15 (metrics): a whole trade's sales, told on a statistician's word, are no company's", () => {
  it('en/fr/nl', () => {
    expect(metrics(read('Temu', 'Temu keeps growing in Britain. According to the trade body, online sales made up 30% of all UK retail spending in June.'))).toEqual([]);
    expect(metrics(read('Shein', 'Shein progresse en France. Selon la fédération du secteur, les ventes en ligne ont atteint 160 milliards d’euros en France l’an dernier, en hausse de 8 %.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Bol groeit. Volgens de branchevereniging stegen de online bestedingen vorig jaar met 6 procent tot 36 miljard euro.', 'nl'))).toEqual([]);
  });
  it("the company's own sales stay its own", () => {
    expect(only('growth')(read('Amazon', 'Amazon grew in Britain. According to the company, its online sales rose 12% in May.'))).toEqual(['amazon:growth:12:null:actual']);
    expect(only('growth')(read('Bol', 'Bol groeit. Volgens het bedrijf stegen zijn online verkopen vorig jaar met 6 procent.', 'nl'))).toEqual(['bol:growth:6:null:actual']);
  });
});

describe("round 15 (metrics): a portion of a trade's online sales or GMV is a market share", () => {
  const shares = only('market_share');
  it('en/fr/nl', () => {
    expect(shares(read('Temu', "Temu accounted for 9% of Latin America's e-commerce gross merchandise value last year."))).toEqual(['temu:market_share:9:LATAM:estimate']);
    expect(shares(read('Shein', "Shein représente 7 % du volume d'affaires de l'e-commerce en Espagne.", 'fr'))).toEqual(['shein:market_share:7:ES:estimate']);
    expect(shares(read('Temu', 'Temu is goed voor 4 procent van de Duitse online speelgoedverkoop.', 'nl'))).toEqual(['temu:market_share:4:DE:estimate']);
  });
  it('a portion of its own sales is no share', () => {
    expect(shares(read('Bol', 'Bij bol is 60 procent van de verkopen afkomstig van partners.', 'nl'))).toEqual([]);
    expect(shares(read('Amazon', 'Third-party sellers accounted for 61% of units sold in its store.'))).toEqual([]);
  });
});

describe('round 15 (metrics): a portion of the goods a company sold is no market share', () => {
  const shares = only('market_share');
  it('en/fr/nl', () => {
    expect(shares(read('Amazon', 'Amazon said outside sellers now account for about 60% of units sold in its German store.'))).toEqual([]);
    expect(shares(read('Amazon', 'Chez Amazon, les vendeurs indépendants représentent 60 % des articles vendus en France.', 'fr'))).toEqual([]);
    expect(shares(read('Bol', 'Bij bol zijn partners goed voor 60 procent van de verkochte artikelen.', 'nl'))).toEqual([]);
  });
});

describe("round 15 (metrics): 'combined' after one owner's possessive sums its own parts", () => {
  const gmv = only('gmv', 'revenue');
  it('en/fr/nl', () => {
    expect(gmv(read('Temu', "Temu's combined GMV across the two countries reached $9 billion last year."))).toEqual(['temu:gmv:9000000000:null:actual']);
    expect(gmv(read('Shein', "Shein a grandi. Son volume d'affaires cumulé a atteint 8 milliards d'euros.", 'fr'))).toEqual(['shein:gmv:8000000000:null:actual']);
    expect(gmv(read('Bol', 'Bol groeit. Zijn gezamenlijke omzet steeg tot 2 miljard euro.', 'nl'))).toEqual(['bol:revenue:2000000000:null:actual']);
  });
  it('a sum of several companies stays no one company’s', () => {
    expect(gmv(read('Temu', "Temu and Shein's combined sales reached $30 billion."))).toEqual([]);
    expect(gmv(read('Shein', "Shein et Temu ont grandi. Leurs ventes cumulées ont atteint 8 milliards d'euros.", 'fr'))).toEqual([]);
    expect(gmv(read('Bol', 'Bol en Coolblue groeien. Hun gezamenlijke omzet steeg tot 2 miljard euro.', 'nl'))).toEqual([]);
  });
});

describe('round 15 (metrics): shares sold are no goods sold; a loss is a negative profit', () => {
  it('en/fr/nl: shares sold', () => {
    const gmv = only('gmv', 'revenue');
    expect(gmv(read('Amazon', 'Its founder sold 10 million Amazon shares worth about $2 billion in May.'))).toEqual([]);
    expect(gmv(read('Shein', "Un fonds a vendu des actions de Shein pour 2 milliards d'euros.", 'fr'))).toEqual([]);
    expect(gmv(read('Bol', 'De oprichter verkocht aandelen van bol ter waarde van 1 miljard euro.', 'nl'))).toEqual([]);
    expect(gmv(read('Temu', 'Temu sold $5 billion of goods in Mexico last year.'))).toEqual(['temu:gmv:5000000000:MX:actual']);
  });
  it('en/fr/nl: a loss', () => {
    const profit = only('profit');
    expect(profit(read('Shein', 'Shein made a profit of $2 billion, against a loss of $1 billion a year earlier.'))).toEqual(['shein:profit:2000000000:null:actual', 'shein:profit:-1000000000:null:actual']);
    expect(profit(read('Bol', "Bol a dégagé un bénéfice de 40 millions d'euros, contre une perte de 20 millions d'euros un an plus tôt.", 'fr'))).toEqual(['bol:profit:40000000:null:actual', 'bol:profit:-20000000:null:actual']);
    expect(profit(read('Bol', 'De winst van bol bedroeg 45 miljoen euro, tegen een verlies van 28 miljoen euro een jaar eerder.', 'nl'))).toEqual(['bol:profit:45000000:null:actual', 'bol:profit:-28000000:null:actual']);
  });
});

describe("round 15 (metrics): sales that take in the partners' sales are GMV", () => {
  const money = only('gmv', 'revenue');
  it('en/fr/nl', () => {
    expect(money(read('Amazon', 'Amazon said its sales, including those of third-party sellers, reached $9 billion in Spain.'))).toEqual(['amazon:gmv:9000000000:ES:actual']);
    expect(money(read('Amazon', "Les ventes d'Amazon en Espagne, y compris celles des vendeurs partenaires, ont atteint 6 milliards d'euros.", 'fr'))).toEqual(['amazon:gmv:6000000000:ES:actual']);
    expect(money(read('Bol', 'Bol zag de verkopen inclusief die van verkooppartners stijgen tot 6 miljard euro.', 'nl'))).toEqual(['bol:gmv:6000000000:null:actual']);
  });
  it("a retailer's own sales stay revenue", () => {
    expect(money(read('Bol', 'Bol zag de verkopen stijgen tot 6 miljard euro.', 'nl'))).toEqual(['bol:revenue:6000000000:null:actual']);
  });
});

describe('round 15 (metrics): a percentage that is the subject of a plural verb counts a group, no change', () => {
  const growth = only('growth');
  it('en/fr/nl', () => {
    expect(growth(read('Temu', 'Inspectors checked 300 toys bought on Temu; 40% were unsafe and prices rose for the rest.'))).toEqual([]);
    expect(growth(read('Shein', 'Selon le contrôle, 20 % des articles de Shein affichaient une fausse baisse et 11 % étaient des hausses.', 'fr'))).toEqual([]);
    expect(growth(read('Temu', 'Van de producten van Temu die werden getest, waren er veel fout: 30 procent waren duurder dan beloofd.', 'nl'))).toEqual([]);
  });
  it('a change stays a change', () => {
    expect(growth(read('Temu', 'Temu sales rose 40% in Spain.'))).toEqual(['temu:growth:40:ES:actual']);
  });
});

describe('round 15 (metrics): "of gross merchandise" is GMV', () => {
  it('en', () => {
    expect(only('gmv')(read('TikTok Shop', 'Analysts think TikTok Shop could handle about $2 billion of gross merchandise in Spain next year.'))).toEqual(['tiktok-shop:gmv:2000000000:ES:estimate']);
  });
});

describe("round 15 (metrics): growth told for the whole market is the market's", () => {
  const growth = only('growth');
  it('en/fr/nl', () => {
    expect(growth(read('Temu', 'Temu sales rose 30% in Spain, against 8% growth for the Spanish market as a whole.'))).toEqual(['temu:growth:30:ES:actual']);
    expect(growth(read('Shein', 'Les ventes de Shein ont progressé de 30 %, contre 8 % de croissance pour le marché français.', 'fr'))).toEqual(['shein:growth:30:FR:actual']);
    expect(growth(read('Bol', 'De omzet van bol steeg met 9 procent, tegen 4 procent groei voor de Nederlandse onlinemarkt.', 'nl'))).toEqual(['bol:growth:9:NL:actual']);
  });
});
