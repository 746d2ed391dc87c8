import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';
import { findMarkets } from '../../src/extract/markets.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const codes = (text: string, language: 'en' | 'fr' | 'nl' = 'en') => findMarkets(text, language).map((m) => m.code);

describe('round 14 (markets): cities of Southeast Asia, Latin America, the Gulf and Australia', () => {
  it('en/fr/nl: a capital or a big city names its country', () => {
    expect(codes('Regulators in Hanoi want new rules.')).toEqual(['VN']);
    expect(codes('Les livreurs de Bangkok sont en grève.', 'fr')).toEqual(['TH']);
    expect(codes('Het magazijn bij São Paulo gaat open.', 'nl')).toEqual(['BR']);
    expect(codes('A new office in Dubai and one in Sydney.')).toEqual(['AE', 'AU']);
  });
  it('a seller count in a named city takes its country', () => {
    expect(only('sellers')(read('TikTok Shop', 'In Ho Chi Minh City, TikTok Shop now works with 3,500 sellers.'))).toEqual(['tiktok-shop:sellers:3500:VN:actual']);
  });
});

describe('round 14 (markets): a country left out of a figure reads as the world', () => {
  it('en/fr/nl: outside China, hors de Chine, buiten China', () => {
    expect(codes('Its sales outside China doubled.')).toEqual(['GLOBAL']);
    expect(codes('Ses ventes hors de Chine ont doublé.', 'fr')).toEqual(['GLOBAL']);
    expect(codes('De omzet buiten China verdubbelde.', 'nl')).toEqual(['GLOBAL']);
  });
  it('a gmv told outside China is no Chinese figure', () => {
    expect(only('gmv')(read('TikTok Shop', 'Analysts estimate TikTok Shop sold goods worth $21 billion outside China last year.'))).toEqual([
      'tiktok-shop:gmv:21000000000:GLOBAL:estimate',
    ]);
    expect(only('gmv')(read('TikTok Shop', 'Hors de Chine, TikTok Shop aurait écoulé pour 21 milliards de dollars de marchandises.', 'fr'))).toEqual([
      'tiktok-shop:gmv:21000000000:GLOBAL:estimate',
    ]);
  });
  it('negatives: a city left out stays where it is; a country named plainly stays', () => {
    expect(codes('Sales outside Leeds rose.')).toEqual(['GB']);
    expect(codes('Ses ventes en Chine ont doublé.', 'fr')).toEqual(['CN']);
    expect(codes('De omzet in China verdubbelde.', 'nl')).toEqual(['CN']);
  });
});

describe('round 14 (markets): an authority named with another country is that country’s', () => {
  it('en/fr: Brazil’s Congress, le Sénat brésilien', () => {
    expect(codes('Brazil’s Congress voted the levy.')).toEqual(['BR']);
    expect(codes('Le Sénat brésilien a voté la taxe.', 'fr')).toEqual(['BR']);
  });
  it('a rule voted by another country’s parliament is that country’s', () => {
    expect(only('regulation')(read('Temu', 'Mexico’s Congress has passed a 30% tax on imported parcels that hits Temu.'))).toEqual(['temu:regulation::MX']);
  });
  it('negatives: alone, the authority keeps its own country', () => {
    expect(codes('Congress passed the bill.')).toEqual(['US']);
    expect(codes('Le Sénat a adopté la loi.', 'fr')).toEqual(['FR']);
  });
});

describe('round 14 (markets): a rule or a fine is its authority’s market', () => {
  it('en/fr/nl: the authority in the clause wins over where the fined entity sits', () => {
    expect(only('regulation', 'fine')(read('Shein', 'La CNIL a infligé une amende de 40 millions d’euros à la filiale irlandaise de Shein.', 'fr'))).toEqual([
      'shein:fine:40000000:FR:actual',
      'shein:regulation::FR',
    ]);
    expect(only('fine')(read('Temu', 'The Bundeskartellamt fined Temu’s European unit €3 million for hidden fees.'))).toEqual(['temu:fine:3000000:DE:actual']);
    expect(only('fine')(read('Temu', 'De ACM legde de Ierse dochter van Temu een boete van 2 miljoen euro op.', 'nl'))).toEqual(['temu:fine:2000000:NL:actual']);
  });
  it('a country that is the subject of a rule makes it', () => {
    expect(only('regulation')(read('Shein', 'Chile will impose a new import tax on cheap parcels from Asian countries, including China, a blow to Shein.'))).toEqual(['shein:regulation::CL']);
    expect(only('regulation')(read('Shein', 'La Colombie va imposer une taxe sur les petits colis, y compris ceux de Chine, ce qui vise Shein.', 'fr'))).toEqual(['shein:regulation::CO']);
    expect(only('regulation')(read('Temu', 'Nederland wil een heffing invoeren op pakketjes, ook op die uit landen als China, wat Temu raakt.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
  it('negatives: with no authority and no subject country, the place after the cue stays', () => {
    expect(only('regulation')(read('Shein', 'Shein faces a new tax in Chile on imported parcels.'))).toEqual(['shein:regulation::CL']);
    expect(only('fine')(read('Amazon', 'Amazon was fined €5 million in Spain last year.'))).toEqual(['amazon:fine:5000000:ES:actual']);
  });
});

describe('round 14 (markets): "the region" is the region named last', () => {
  it('en/fr/nl', () => {
    expect(only('gmv')(read('TikTok Shop in Southeast Asia', 'TikTok Shop keeps growing. It sold goods worth $9 billion across the region, including Thailand, last year.'))).toEqual([
      'tiktok-shop:gmv:9000000000:SEA:actual',
    ]);
    expect(only('growth')(read('TikTok Shop in Zuidoost-Azië', 'TikTok Shop groeit snel. Het bedrijf wil zijn verkopen in de regio dit jaar verdubbelen.', 'nl'))).toEqual([
      'tiktok-shop:growth:2:SEA:target',
    ]);
    expect(only('gmv')(read('Mercado et Shein en Amérique latine', 'Shein accélère. Son volume d’affaires dans la région a atteint 4 milliards de dollars.', 'fr'))).toEqual([
      'shein:gmv:4000000000:LATAM:actual',
    ]);
  });
  it('negatives: no region named before, or the pointer in another clause', () => {
    expect(only('gmv')(read('TikTok Shop', 'TikTok Shop sold goods worth $9 billion across the region.'))).toEqual(['tiktok-shop:gmv:9000000000:null:actual']);
  });
});

describe('round 14 (markets): currencies, sources and company descriptions are no market', () => {
  it('en/fr: a currency names no market', () => {
    expect(codes('It will spend 5 billion Australian dollars.')).toEqual([]);
    expect(codes('soit environ 3 milliards de dollars américains', 'fr')).toEqual([]);
    expect(codes('about 8 billion US dollars')).toEqual([]);
  });
  it('fr: a source’s nationality after the noun', () => {
    expect(codes('Selon une banque d’affaires américaine, les ventes ont doublé.', 'fr')).toEqual([]);
    expect(codes('Le cabinet britannique estime la part à 10 %.', 'fr')).toEqual([]);
  });
  it('en: the US group is the company, the place is elsewhere', () => {
    expect(codes('The US group employs 9,000 people in Spain.')).toEqual(['ES']);
  });
  it('en/fr/nl: a seat told with a verb', () => {
    expect(codes('La société, dont le siège est à Dublin, conteste.', 'fr')).toEqual([]);
    expect(codes('The firm, whose headquarters are in Singapore, appealed.')).toEqual([]);
    expect(codes('Het bedrijf, waarvan het hoofdkantoor is in Dublin, gaat in beroep.', 'nl')).toEqual([]);
  });
  it('negatives: the currency word alone, a market after the group, a plain place', () => {
    expect(codes('Sales in Australia rose 9%.')).toEqual(['AU']);
    expect(codes('Les clients américains achètent davantage.', 'fr')).toEqual(['US']);
    expect(codes('US sales rose.')).toEqual(['US']);
    expect(codes('The firm opened its headquarters in Dublin.')).toEqual(['IE']);
  });
});

describe('round 14 (markets): the name a relative clause describes carries its market', () => {
  it('en/nl/fr: Douyin, Pinduoduo opening the sentence', () => {
    expect(read('PDD', 'Pinduoduo, waar PDD nog altijd het meeste geld verdient, telt ruim 700 miljoen actieve kopers.', 'nl')).toEqual(['temu:customers:700000000:CN:actual']);
    expect(read('ByteDance', 'Douyin, which ByteDance runs at home, has 600 million daily users.')).toEqual(['tiktok-shop:users:600000000:CN:actual']);
    expect(read('ByteDance', 'Douyin, dont ByteDance tire l’essentiel de ses revenus, compte 600 millions d’utilisateurs.', 'fr')).toEqual([
      'tiktok-shop:users:600000000:CN:actual',
    ]);
  });
  it('negatives: a name standing for no market, or an aside closed after the name', () => {
    expect(read('ByteDance', 'TikTok, waar ByteDance veel in investeert, telt 150 miljoen gebruikers.', 'nl')).toEqual(['tiktok-shop:users:150000000:null:actual']);
    expect(read('PDD', 'PDD Holdings, the owner of Temu and Pinduoduo, said revenue rose to $13 billion.')).toEqual(['temu:revenue:13000000000:null:actual']);
  });
});
