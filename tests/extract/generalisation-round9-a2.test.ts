import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.

describe('round 9 (a2): a range is one figure (its lower end since round 17)', () => {
  it('"A to B", "entre A et B", "A tot B" with the unit written once or twice', () => {
    expect(read('Temu', 'Brokers put Temu’s German sales last year at €4 billion to €6 billion, according to analysts.')).toEqual(['temu:gmv:4000000000:DE:estimate']);
    expect(read('Shein', "Selon les analystes, Shein aurait réalisé entre 1 et 2 milliards d'euros de chiffre d'affaires en Espagne.", 'fr')).toEqual([
      'shein:revenue:1000000000:ES:estimate',
    ]);
    expect(read('Bol', 'Bol zou in België een omzet van 300 tot 400 miljoen euro halen, schatten analisten.', 'nl')).toEqual(['bol:revenue:300000000:BE:estimate']);
  });
  it('a range of percentages, and "between A and B"', () => {
    expect(read('Amazon', 'Amazon holds between 30 and 34 percent of the German online market.')).toEqual(['amazon:market_share:30:DE:estimate']);
    expect(read('Temu', 'Temu heeft in Polen een marktaandeel van 5 à 7 procent.', 'nl')).toEqual(['temu:market_share:5:PL:estimate']);
  });
  it('"from A to B" is a change, not a range', () => {
    expect(read('Shein', 'Shein grew its Italian customers from 2 to 3 million.').filter((f) => f.includes(':2500000:'))).toEqual([]);
  });
});

describe('round 9 (a2): a market share is an estimate, and rankings go on without the noun', () => {
  it('a share told by the company or a panel is an estimate unless it is aimed at', () => {
    expect(read('Bol', 'Bol heeft een marktaandeel van 19 procent in Nederland.', 'nl')).toEqual(['bol:market_share:19:NL:estimate']);
    expect(read('Temu', 'Temu wants a 10% market share in Spain by 2026.')).toEqual(['temu:market_share:10:ES:target']);
  });
  it('a figure alone right after a sentence naming a market share is a share too', () => {
    const en = read('Retail ranking', 'Amazon has a market share of 31% in Germany, a panel found. Temu sits at 3%. Zalando stands at 7%.');
    expect(en).toEqual(['amazon:market_share:31:DE:estimate', 'temu:market_share:3:DE:estimate']);
    const fr = read('Classement', 'En Italie, Amazon domine avec 28 % de part de marché. Shein plafonne à 2 %, selon le panel.', 'fr');
    expect(fr).toEqual(['amazon:market_share:28:IT:estimate', 'shein:market_share:2:IT:estimate']);
    const nl = read('Ranglijst', 'In België heeft bol een marktaandeel van 12 procent. Temu blijft steken op 4 procent.', 'nl');
    expect(nl).toEqual(['bol:market_share:12:BE:estimate', 'temu:market_share:4:BE:estimate']);
  });
  it('a figure with a noun of its own after a share sentence keeps its own reading', () => {
    const facts = read('Temu', 'Temu has a market share of 4% in Spain. About 40% of its buyers are women.');
    expect(facts).toEqual(['temu:market_share:4:ES:estimate']);
  });
  it('"its share fell to N%" is the share, not a change', () => {
    expect(read('Shein', 'Shein zag zijn aandeel in Duitsland zakken naar 2 procent.', 'nl')).toEqual(['shein:market_share:2:DE:estimate']);
    expect(read('Shein', 'Shein saw its share in Germany slip to 2%.')).toEqual(['shein:market_share:2:DE:estimate']);
  });
  it('"down from N%" after a share is the earlier level, no fall', () => {
    expect(read('Amazon', 'Amazon held 35% of online spending in Poland, down from 38% a year before.')).toEqual(['amazon:market_share:35:PL:estimate']);
  });
  it('a share with no market in its sentence takes the one the article named a few sentences back', () => {
    const facts = read('Webwinkels', 'Bol blijft in België de populairste webwinkel. Dat meldt een onderzoeksbureau. Het rapport verscheen dinsdag. Bol heeft een marktaandeel van 14 procent.', 'nl');
    expect(facts).toEqual(['bol:market_share:14:BE:estimate']);
  });
});

describe('round 9 (a2): the second figure of a comparison counts what the first did', () => {
  it('however far the first figure’s cue stands', () => {
    const nl = read('Bol', 'Bol heeft een marktaandeel van 18 procent van de Belgische onlineaankopen, tegen naar schatting 6 procent voor Amazon.', 'nl');
    expect(nl).toEqual(['bol:market_share:18:BE:estimate', 'amazon:market_share:6:BE:estimate']);
    const en = read('Shein', 'Shein holds a market share of roughly 9% of what Spanish households spend online on fashion, against about 2% for Temu.');
    expect(en).toContain('temu:market_share:2:ES:estimate');
  });
});

describe('round 9 (a2): companies we do not track', () => {
  it('a name a class noun describes in apposition is an untracked company', () => {
    expect(read('Amazon', 'Amazon sells in Saudi Arabia. Zoomi, its main local rival, says it has 8 million customers.')).toEqual([]);
    expect(read('Temu', 'Temu arrive au Maroc. Souqly, le distributeur marocain, compte 2 millions de clients.', 'fr')).toEqual(['temu:launch::MA']);
    expect(read('Bol', 'Bol groeit. Winkelo, de grootste concurrent, telt 3 miljoen klanten.', 'nl')).toEqual([]);
  });
  it('a sentence a speaker opens in the first person is not about the rivals it names', () => {
    const nl = read('Bol-baas over concurrentie', "Bol wil groeien, zegt de topman. 'We zien Temu als een serieuze concurrent,' aldus de topman. Het platform telde vorig jaar 12 miljoen klanten.", 'nl');
    expect(nl).toEqual(['bol:customers:12000000:null:actual']);
    const en = read('Amazon boss on rivals', '"We take Shein very seriously," the executive said. The company counts 9 million customers.');
    expect(en).toEqual(['amazon:customers:9000000:null:actual']);
  });
  it('a plural owner ("leurs ventes", "their sales") is not the article’s one company', () => {
    expect(read('Amazon', 'Amazon accompagne 800 vendeurs français. Leurs ventes ont atteint 300 millions d’euros.', 'fr')).toEqual(['amazon:sellers:800:FR:actual']);
    expect(read('Bol', 'Bol helpt 400 Vlaamse ondernemers. Hun omzet bedroeg 90 miljoen euro.', 'nl')).toEqual(['bol:sellers:400:BE:actual']);
  });
});

describe('round 9 (a2): several competitors in one sentence', () => {
  it('figures with the verb left out, joined by "and"', () => {
    const en = read('Ireland', 'Temu reached 3 million users in Ireland, while Shein had about 2 million and TikTok Shop roughly 1 million.');
    expect(en).toEqual(['temu:users:3000000:IE:actual', 'shein:users:2000000:IE:actual', 'tiktok-shop:users:1000000:IE:actual']);
    const fr = read('Belgique', 'Temu a séduit 4 millions d’utilisateurs en Belgique et Shein environ 3 millions.', 'fr');
    expect(fr).toEqual(['temu:users:4000000:BE:actual', 'shein:users:3000000:BE:actual']);
  });
});

describe('round 9 (a2): parts of a whole', () => {
  it('"dont", "of which", "waarvan": the part counts what the whole counted, in its own market', () => {
    expect(read('Temu', 'Temu revendique 30 000 vendeurs européens inscrits sur son programme local, dont 4 000 en Italie.', 'fr')).toEqual([
      'temu:sellers:30000:EU:actual',
      'temu:sellers:4000:IT:actual',
    ]);
    expect(read('Amazon', 'Amazon works with 50,000 European sellers signed up to the scheme, of which about 6,000 in Spain.')).toContain('amazon:sellers:6000:ES:actual');
    expect(read('Bol', 'Bol telt 60.000 verkooppartners die via het platform verkopen, waarvan 11.000 in België.', 'nl')).toContain('bol:sellers:11000:BE:actual');
  });
});

describe('round 9 (a2): a change in apposition keeps its figure’s market', () => {
  it('"soit une hausse de", "up N%", "een groei van"', () => {
    expect(read('Shein', "Shein aurait réalisé 3 milliards d'euros de chiffre d'affaires en Allemagne, soit une hausse de 25 %.", 'fr')).toEqual([
      'shein:revenue:3000000000:DE:estimate',
      'shein:growth:25:DE:estimate',
    ]);
    expect(read('Amazon', 'Amazon booked $20 billion of sales in Japan, up 9%.')).toEqual(['amazon:revenue:20000000000:JP:actual', 'amazon:growth:9:JP:actual']);
  });
  it('a change with a subject of its own does not take the market', () => {
    expect(read('Amazon', 'Amazon booked $20 billion of sales in Japan, while its ads revenue grew 15%.')).toContain('amazon:growth:15:null:actual');
  });
});

describe('round 9 (a2): what a sum or a count is', () => {
  it('two companies "in one country together" share a figure that is neither’s', () => {
    expect(read('Shein en Temu', 'Shein en Temu hebben vorig jaar in Frankrijk samen 2 miljard euro omgezet.', 'nl')).toEqual([]);
  });
  it('Dutch "zette … om" and "omgezet" are turnover', () => {
    expect(read('Bol', 'Bol zette vorig jaar ruim 7 miljard euro om.', 'nl')).toEqual(['bol:revenue:7000000000:null:actual']);
    expect(read('Bol', 'Bol heeft in België 900 miljoen euro omgezet.', 'nl')).toEqual(['bol:revenue:900000000:BE:actual']);
  });
  it('the people a survey asked are no customers', () => {
    expect(read('Temu', 'The agency surveyed 3,000 consumers in Italy. Temu counts 6 million customers there.')).toEqual(['temu:customers:6000000:IT:actual']);
    expect(read('Shein', "Un sondage réalisé auprès de 2 000 acheteurs montre l'essor de Shein en France.", 'fr')).toEqual([]);
    expect(read('Bol', 'Uit een enquête onder 5.000 consumenten blijkt dat bol populair is in Nederland.', 'nl')).toEqual([]);
  });
  it('visitors to a shop or a fair are no users', () => {
    expect(read('Shein', 'Shein’s pop-up store in Dublin drew 15,000 visitors in a week.')).toEqual([]);
    expect(read('Shein', 'La boutique éphémère de Shein à Lille a reçu 12 000 visiteurs.', 'fr')).toEqual([]);
    expect(read('Shein', 'De pop-upwinkel van Shein in Antwerpen trok 9.000 bezoekers.', 'nl')).toEqual([]);
  });
  it('a company’s “place de marché” is not the market at large', () => {
    expect(read('Shein', 'La plateforme a ouvert sa place de marché en Espagne et revendique 1 500 vendeurs locaux.', 'fr')).toContain('shein:sellers:1500:ES:actual');
  });
});
