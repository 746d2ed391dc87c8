import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 19 (missed metrics): fixture sentences written for each rule in our own words; none is
// taken from an evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe('round 19: a place closing an opening phrase is no company; nor a place before "the company said"', () => {
  it('"Headquartered in Dublin, the company...", "Installée à Dublin, la plateforme...", "Gevestigd in Dublin, het platform..."', () => {
    expect(read('Temu grows', 'Temu opened an office. Headquartered in Dublin, the company now has 90 million users in Europe.')).toEqual(['temu:users:90000000:EU:actual']);
    expect(read('Temu grandit', "Temu a ouvert un bureau. Installée à Dublin, la plateforme compte 90 millions d'utilisateurs en Europe.", 'fr')).toEqual(['temu:users:90000000:EU:actual']);
    expect(read('Temu groeit', 'Temu opende een kantoor. Gevestigd in Dublin, het platform telt 90 miljoen gebruikers in Europa.', 'nl')).toEqual(['temu:users:90000000:EU:actual']);
  });
  it('a place then "the company said", "a indiqué la société"', () => {
    expect(read('Shein grows', 'The app now has about 40,000 sellers in Mexico, the company said.')).toEqual(['shein:sellers:40000:MX:actual']);
    expect(read('Shein', "L'application compte 40 000 vendeurs au Mexique, a indiqué la société.", 'fr')).toEqual(['shein:sellers:40000:MX:actual']);
  });
  it('negative: a firm a class noun describes stays another company', () => {
    expect(read('Temu grows', 'Temu opened an office. Zalando, the German retailer, has 50 million customers.')).toEqual([]);
  });
});

describe('round 19: French conditional verbs of investing', () => {
  it('"investirait", "consacrerait" in reported speech', () => {
    expect(read('Temu en Pologne', "Temu a fait savoir qu'il investirait 100 millions d'euros en Pologne d'ici 2026.", 'fr')).toEqual(['temu:investment:100000000:PL:target']);
    expect(metrics(read('Temu', "Le groupe a précisé qu'il consacrerait 30 millions d'euros à la formation de vendeurs français.", 'fr')).map((f) => f.split(':').slice(0, 3).join(':'))).toEqual(['temu:investment:30000000']);
  });
});

describe('round 19: the noun right after a sum names it, whatever money word came before', () => {
  it('"$50 billion of revenue", "milliards de dollars de chiffre d\'affaires", "miljard dollar aan omzet"', () => {
    expect(read('Fine for Temu', 'Temu was fined €2 million. The fine is small for a company that booked $50 billion of revenue last year.')).toContain('temu:revenue:50000000000:null:actual');
    expect(read('Amende pour Temu', "Temu a reçu une amende de 2 millions d'euros. La sanction pèse peu face aux 50 milliards de dollars de chiffre d'affaires du groupe.", 'fr')).toContain('temu:revenue:50000000000:null:actual');
    expect(read('Boete voor Temu', 'Temu kreeg een boete van 2 miljoen euro. De boete valt weg tegen de 50 miljard dollar aan omzet van het concern.', 'nl')).toContain('temu:revenue:50000000000:null:actual');
  });
  it('negative: money put "in" sales staff stays an investment', () => {
    expect(read('Amazon', 'Amazon invested $500 million in sales staff across Europe.')).toEqual(['amazon:investment:500000000:EU:actual']);
  });
});

describe('round 19: "a retailer that ..." points at the company an outside source speaks of', () => {
  it('an analyst\'s estimate of the company\'s sales', () => {
    expect(read('Shein', 'Shein was fined. The fine is modest for a retailer that analysts at Bernstein think made about $40 billion of sales in 2024.')).toEqual(['shein:revenue:40000000000:null:estimate']);
  });
  it('negative: a sector figure on an analyst\'s word stays dropped', () => {
    expect(read('Shopping', 'Online sales of clothing rose 4% to $40 billion, according to analysts at Forrester.')).toEqual([]);
  });
});

describe('round 19: the dots of a country\'s initials do not end a count\'s clause', () => {
  it('"8 million U.K. shoppers"', () => {
    expect(read('Temu', 'Temu said more than 8 million U.K. shoppers used the app in May.')).toEqual(['temu:customers:8000000:GB:actual']);
  });
});

describe('round 19: a multiple is not set against a company past a comma', () => {
  it('"about double the figure a year earlier, as the app..."', () => {
    expect(read('Temu', 'Temu said orders reached 2 million, about double the figure a year earlier, as the app widened its range.')).toContain('temu:growth:2:null:actual');
  });
  it('negative: "twice as many users as Amazon" compares two firms', () => {
    expect(read('Temu', 'Temu has twice as many users as Amazon in Poland.')).toEqual([]);
  });
});

describe('round 19: the company\'s own trade unit is no market at large', () => {
  it('"the retail unit", "the e-commerce unit"', () => {
    expect(read('Amazon', 'Amazon opened a hub. The retail unit now employs more than 20,000 people in Germany, the company said.')).toEqual(['amazon:employees:20000:DE:actual']);
    expect(metrics(read('TikTok Shop', 'TikTok Shop hired a new boss. The e-commerce unit now counts 80,000 sellers in Britain.'))).toEqual(['tiktok-shop:sellers:80000:GB:actual']);
  });
  it('negative: e-commerce at large stays the market\'s', () => {
    expect(metrics(read('TikTok Shop', 'TikTok Shop hired a new boss. E-commerce in Britain now counts 80,000 sellers.'))).toEqual([]);
  });
});

describe('round 19: the price paid for a stake is an investment', () => {
  it('en, fr, nl', () => {
    // The stake bought is also an acquisition event (round 20); the metric is what this test reads.
    expect(metrics(read('Amazon stake', 'Amazon will pay $300 million for a 15% stake in the courier.'))).toEqual(['amazon:investment:300000000:null:actual']);
    expect(read('Temu', "Temu versera 120 millions d'euros pour cette participation.", 'fr')).toEqual(['temu:investment:120000000:null:actual']);
    expect(metrics(read('Bol', 'Bol betaalt 80 miljoen euro voor het belang in de bezorger.', 'nl'))).toEqual(['bol:investment:80000000:null:actual']);
  });
  it('negative: what shoppers pay for a delivery', () => {
    expect(read('Amazon', 'Shoppers pay $5 for the delivery.')).toEqual([]);
  });
});

describe('round 19: a figure quoted alone keeps the noun after the quote', () => {
  it('« plus de 30 millions » de clients; "more than 30 million" customers', () => {
    expect(read('Shein', 'Shein revendique « plus de 30 millions » de clients en Europe.', 'fr')).toEqual(['shein:customers:30000000:EU:actual']);
    expect(read('Shein', 'Shein claims "more than 30 million" customers in Europe.')).toEqual(['shein:customers:30000000:EU:actual']);
  });
});

describe('round 19: a clause opening on "its/son" after an aside is the company named in the aside', () => {
  it('en and fr', () => {
    expect(metrics(read('Temu', 'In Japan, where Temu arrived in 2023, its sales reached about $2 billion last year, according to research firm Metric.'))).toEqual(['temu:gmv:2000000000:JP:estimate']);
    expect(metrics(read('Temu', "Au Japon, où Temu est arrivé en 2023, son volume d'affaires aurait atteint 2 milliards de dollars, selon le cabinet Metric.", 'fr'))).toEqual(['temu:gmv:2000000000:JP:estimate']);
  });
  it('negative: the aside names another company', () => {
    expect(read('Temu', 'Temu grows. In Japan, where Rakuten leads, its sales reached about $20 billion last year.')).toEqual([]);
  });
});

describe('round 19: a company the figure goes through ("via Adyen") does not own it', () => {
  it('nl and en', () => {
    expect(read('Bol', 'Vanaf volgend jaar lopen de betalingen aan de ruim 60.000 verkooppartners van bol via Adyen.', 'nl')).toEqual(['bol:sellers:60000:null:actual']);
    expect(read('Bol', 'Payouts to the 60,000 sellers on the platform will run via Adyen.')).toEqual(['bol:sellers:60000:null:actual']);
  });
  it('negative: the firm as the subject owns its count', () => {
    expect(read('Bol', 'Adyen processes payments for 60,000 merchants.')).toEqual([]);
  });
});

describe('round 19: a share held of a trade\'s sales is a market share', () => {
  it('en and fr', () => {
    expect(read('Amazon in Canada', 'The group holds nearly 40% of new-book sales in Canada, the booksellers say.')).toEqual(['amazon:market_share:40:CA:estimate']);
    expect(read('Amazon au Québec', 'Le géant détiendrait près de 40 % des ventes de livres au Québec.', 'fr')).toEqual(['amazon:market_share:40:CA:estimate']);
  });
  it('negative: a stake in shares', () => {
    expect(read('Amazon', 'Amazon holds 20% of the shares of the courier.')).toEqual([]);
  });
});

describe('round 19: a valuation told beside its investors is the company\'s', () => {
  it('en and fr; a country closing a fund\'s name is no place of it', () => {
    expect(metrics(read('Shein IPO', 'Shein is preparing a listing. Investors including General Atlantic would accept a valuation of about $45 billion.'))).toEqual(['shein:valuation:45000000000:null:actual']);
    expect(metrics(read('Shein lève des fonds', "Shein a levé des fonds. L'opération, menée auprès du fonds Sequoia China, valorise le groupe à 50 milliards de dollars.", 'fr'))).toEqual(['shein:valuation:50000000000:null:actual']);
  });
  it('negative: an investor\'s own result stays its own', () => {
    expect(read('Shein', 'Shein is growing. SoftBank reported a loss of $5 billion last quarter.')).toEqual([]);
  });
});

describe('round 19: a count of a trade told by its verb', () => {
  it('people hired or looked for are staff', () => {
    expect(read('Temu hiring', 'Temu is looking for 300 engineers in Dublin.')).toEqual(['temu:employees:300:IE:actual']);
    expect(read('Temu recrute', 'Temu recrute 150 développeurs à Paris.', 'fr')).toEqual(['temu:employees:150:FR:actual']);
    expect(read('Bol', 'Tegelijk zoekt bol nog 250 ontwikkelaars.', 'nl')).toEqual(['bol:employees:250:null:target']);
  });
  it('people who sell on the platform are sellers', () => {
    expect(read('Amazon', 'Amazon says more than 3,000 publishers and authors sell on its platform.')).toEqual(['amazon:sellers:3000:null:actual']);
    expect(read('Amazon', 'Amazon affirme que 3 000 éditeurs français vendent sur sa plateforme.', 'fr')).toEqual(['amazon:sellers:3000:FR:actual']);
    expect(read('Bol', 'Ruim 3.000 uitgevers verkopen via het platform van bol.', 'nl')).toEqual(['bol:sellers:3000:null:actual']);
  });
  it('negative: goods sold are no sellers', () => {
    expect(read('Temu', 'Temu sold 300 dresses in Dublin.')).toEqual([]);
  });
});

describe('round 19: a place weighing a sum "of sales" is its part of the company\'s sales', () => {
  it('en, fr, nl on an outside source\'s word', () => {
    expect(metrics(read('Shein opens a warehouse', 'Shein opened a warehouse. According to Coresight Research, Europe accounted for about $7 billion of sales in 2022.'))).toEqual(['shein:revenue:7000000000:EU:actual']);
    expect(metrics(read('Shein ouvre un entrepôt', "Shein a ouvert un entrepôt. Selon le cabinet Kantar, l'Allemagne aurait pesé 3 milliards d'euros de ventes en 2023.", 'fr'))).toEqual(['shein:revenue:3000000000:DE:estimate']);
    expect(metrics(read('Shein opent een magazijn', 'Shein opende een magazijn. Volgens Coresight Research was Europa in 2022 goed voor zo\'n 7 miljard dollar aan verkopen.', 'nl'))).toEqual(['shein:revenue:7000000000:EU:actual']);
  });
  it('negative: online sales of a region are the market\'s', () => {
    expect(metrics(read('Shein opens a warehouse', 'Shein opened a warehouse. According to Coresight Research, Europe accounted for about $700 billion of online sales in 2022.'))).toEqual([]);
  });
});
