import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 20b (results and audiences): fixture sentences written for each rule in our own words, in
// each language the rule covers, with sentences the rule must not fire on. None is taken from an
// evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe('round 20b: a source told first is no company, nor is any name in its opening clause', () => {
  it('"Selon Médiamétrie, le géant américain...", "According to Comscore, the group...", "Volgens Multiscope, ..."', () => {
    expect(metrics(read('Audiences', "Amazon domine le classement. Selon Médiamétrie, le géant américain a attiré 30 millions de visiteurs uniques en France en mars.", 'fr'))).toEqual([
      'amazon:users:30000000:FR:actual',
    ]);
    expect(metrics(read('Audiences', 'Temu keeps climbing. According to Comscore, the group drew 20 million monthly users in Spain in May.'))).toEqual(['temu:users:20000000:ES:actual']);
  });
  it('a trade body in brackets deep in the opening clause is a source too', () => {
    expect(
      metrics(read('Audiences', "Shein progresse. Selon l'étude publiée lundi par l'Association des commerçants en ligne (Fevad), la plateforme a attiré 12 millions de visiteurs uniques en France.", 'fr')),
    ).toEqual(['shein:users:12000000:FR:actual']);
    expect(metrics(read('Audiences', 'Shein keeps growing. According to a survey run for the trade body (Ecommerce Europe), the platform drew 12 million users in Italy.'))).toEqual([
      'shein:users:12000000:IT:estimate',
    ]);
  });
  it('negative: a company named after the opening clause still owns its figure', () => {
    expect(metrics(read('Audiences', 'Temu keeps climbing. According to Comscore, Zalando drew 20 million monthly users in Spain in May.'))).toEqual([]);
    expect(metrics(read('Audiences', 'Temu grimpe. Selon Médiamétrie, Vinted a attiré 20 millions de visiteurs uniques en France.', 'fr'))).toEqual([]);
  });
  it('negative: a trade named after "fédération" is no sector figure, but the e-commerce as subject still is', () => {
    expect(metrics(read('Commerce en ligne', "Selon la Fevad, le e-commerce a pesé 160 milliards d'euros en France l'an dernier.", 'fr'))).toEqual([]);
  });
});

describe('round 20b: a name the owner is ranked behind or ahead of owns none of the figure', () => {
  it('"..., derrière Cdiscount", "..., behind Zalando", "..., achter Coolblue"', () => {
    expect(metrics(read('Audiences', "Shein recule. Avec 15 millions de visiteurs, l'enseigne glisse à la septième place, derrière Cdiscount et Vinted.", 'fr'))).toEqual([
      'shein:users:15000000:null:actual',
    ]);
    expect(metrics(read('Audiences', 'Shein slips. With 15 million visitors, the brand fell to seventh place, behind Zalando.'))).toEqual(['shein:users:15000000:null:actual']);
    expect(metrics(read('Bezoekers', 'Temu zakt. Met 4 miljoen bezoekers eindigt de app op de vijfde plaats, achter Coolblue.', 'nl'))).toEqual(['temu:users:4000000:null:actual']);
  });
  it('negative: a name after the figure with no ranking word still owns it', () => {
    expect(metrics(read('Audiences', 'Shein slips. With 15 million visitors, Zalando came seventh.'))).toEqual([]);
  });
});

describe('round 20b: the change of an audience just counted is told where it was counted', () => {
  it('"son audience recule de 4 %", "its audience fell 4%", "het bereik daalde met 4 procent"', () => {
    expect(metrics(read('Audiences', "Shein en France. Avec 17 millions de visiteurs uniques en France, son audience recule de 4 %.", 'fr'))).toEqual([
      'shein:users:17000000:FR:actual',
      'shein:growth:-4:FR:actual',
    ]);
    expect(metrics(read('Audiences', 'Shein in Spain. With 9 million visitors in Spain, its audience fell 4%.'))).toEqual(['shein:users:9000000:ES:actual', 'shein:growth:-4:ES:actual']);
    expect(metrics(read('Bezoekers', 'Temu in België. Met 3 miljoen bezoekers in België daalde het bereik met 4 procent.', 'nl'))).toEqual([
      'temu:users:3000000:BE:actual',
      'temu:growth:-4:BE:actual',
    ]);
  });
  it('negative: a change of another noun keeps no place', () => {
    expect(metrics(read('Shein', 'Shein in Spain. Shein counted 9 million visitors in Spain; its profit fell 4%.'))).toEqual(['shein:users:9000000:ES:actual', 'shein:growth:-4:null:actual']);
  });
});

describe('round 20b: people told visiting or consulting an app or a site are its users', () => {
  it('active and passive, in three languages', () => {
    expect(metrics(read('Shein', 'Shein opened a shop. The company says about 8 million people in Italy visit its app every month.'))).toEqual(['shein:users:8000000:IT:actual']);
    expect(metrics(read('Shein', "Shein est en cause. Le site de Shein est consulté par 9 millions de personnes par mois en Espagne.", 'fr'))).toEqual(['shein:users:9000000:ES:actual']);
    expect(metrics(read('Bol', 'Bol groeit. De webwinkel wordt elke maand door 4 miljoen mensen in België bezocht.', 'nl'))).toEqual(['bol:users:4000000:BE:actual']);
  });
  it('negative: people visiting a shop are no users', () => {
    expect(metrics(read('Shein', 'Shein opened a shop. About 8,000 people visit its Paris store every week.'))).toEqual([]);
  });
});

describe('round 20b: Dutch people buying at a company with the verb before them are its customers', () => {
  it('"kochten vorig jaar 2 miljoen Nederlanders iets bij Shein"', () => {
    expect(metrics(read('Shein', 'Shein is populair: volgens een peiling kochten vorig jaar 2 miljoen Nederlanders iets bij Shein.', 'nl'))).toEqual(['shein:customers:2000000:NL:actual']);
  });
  it('negative: people buying with no company named are no one’s customers', () => {
    expect(metrics(read('Webwinkels', 'Volgens een peiling kochten vorig jaar 2 miljoen Nederlanders iets bij een buitenlandse webwinkel.', 'nl'))).toEqual([]);
  });
});

describe('round 20b: a business line that generated a sum took it in; a reporting segment named by a capital', () => {
  it('"generated $9 billion", "a généré 9 milliards", "genereerde 9 miljard"', () => {
    expect(metrics(read('Amazon results', 'Amazon reported results. Its cloud arm generated $9 billion in the quarter.'))).toEqual(['amazon:revenue:9000000000:null:actual']);
    expect(metrics(read('Amazon', "Amazon a publié ses comptes. Sa branche publicitaire a généré 9 milliards de dollars au trimestre.", 'fr'))).toEqual([
      'amazon:revenue:9000000000:null:actual',
    ]);
    expect(metrics(read('Amazon', 'Amazon publiceerde cijfers. De advertentietak genereerde 9 miljard dollar in het kwartaal.', 'nl'))).toEqual(['amazon:revenue:9000000000:null:actual']);
  });
  it('"The International segment grew 8% to $30 billion" is the company\'s; the apposition with a relative names no company', () => {
    expect(metrics(read('Amazon results', 'Amazon reported results. The International segment grew 8% to $30 billion.'))).toEqual([
      'amazon:growth:8:null:actual',
      'amazon:revenue:30000000000:null:actual',
    ]);
    expect(metrics(read('Amazon results', 'Amazon reported results. Advertising, a business that now rivals the big networks, generated $9 billion in the quarter.'))).toEqual([
      'amazon:revenue:9000000000:null:actual',
    ]);
  });
  it('negative: a market segment in lower case is the market\'s; a company described by a class noun stays itself', () => {
    expect(metrics(read('Fashion', 'Amazon sells clothes. The luxury segment grew 8% to $30 billion.'))).toEqual([]);
    expect(metrics(read('Amazon', 'Amazon reported results. Zalando, a retailer based in Berlin, generated €3 billion in the quarter.'))).toEqual([]);
  });
});

describe('round 20b: places in a clause of what helped the figure, or of a headline\'s "as", are not its market', () => {
  it('"helped by", "porté par", "geholpen door"; a headline\'s "as" after the figure', () => {
    expect(metrics(read('Amazon results', 'Amazon reported results. Ad sales reached $9 billion, up 20%, helped by new formats in Japan.'))).toEqual([
      'amazon:revenue:9000000000:null:actual',
      'amazon:growth:20:null:actual',
    ]);
    expect(metrics(read("Temu's profit triples to $3 billion as Japanese shoppers flock to the app", 'Temu reported results.'))).toEqual(['temu:profit:3000000000:null:actual']);
    expect(metrics(read('Amazon', 'Amazon a publié ses comptes. Ses ventes publicitaires ont atteint 9 milliards de dollars, portées par les nouveaux formats au Japon.', 'fr'))).toEqual([
      'amazon:revenue:9000000000:null:actual',
    ]);
    expect(metrics(read('Amazon', 'Amazon publiceerde cijfers. De advertentieomzet steeg tot 9 miljard dollar, gedreven door nieuwe formats in Japan.', 'nl'))).toEqual([
      'amazon:revenue:9000000000:null:actual',
    ]);
  });
  it('an apposition with its own relative clause after the figure', () => {
    expect(metrics(read('Amazon', "Amazon prévoit des ventes de 150 milliards de dollars, un chiffre qui tient compte des droits de douane sur les produits chinois.", 'fr'))).toEqual([
      'amazon:revenue:150000000000:null:target',
    ]);
  });
  it('negative: a place told right with the figure stays its market', () => {
    expect(metrics(read('Amazon results', 'Amazon reported results. Sales in Japan reached $9 billion, helped by new formats.'))).toEqual(['amazon:revenue:9000000000:JP:actual']);
  });
});

describe('round 20b: a group change and a segment change of the same percent are two facts', () => {
  it('the placeless group growth stays beside the placed segment growth of another sentence', () => {
    expect(metrics(read('Amazon results', 'Amazon reported results. Net sales rose 9% to $150 billion. Sales in Germany grew 9% to $10 billion.'))).toEqual([
      'amazon:growth:9:null:actual',
      'amazon:revenue:150000000000:null:actual',
      'amazon:growth:9:DE:actual',
      'amazon:revenue:10000000000:DE:actual',
    ]);
  });
});

describe('round 20b: what analysts or the market expected is an estimate of the figure told before', () => {
  it('a bare expected sum after a sentence on net sales, in three languages', () => {
    expect(metrics(read('Amazon outlook', 'Amazon gave its outlook. The company expects net sales of $150 billion. Analysts had expected $153 billion.'))).toEqual([
      'amazon:revenue:150000000000:null:target',
      'amazon:revenue:153000000000:null:estimate',
    ]);
    expect(metrics(read('Amazon', "Amazon a donné ses prévisions. Le groupe prévoit un chiffre d'affaires de 150 milliards de dollars. Les analystes tablaient sur 153 milliards de dollars.", 'fr'))).toContain(
      'amazon:revenue:153000000000:null:estimate',
    );
  });
  it('"terwijl de markt rekende op", "while the market had expected" in the same sentence', () => {
    expect(metrics(read('Temu', 'PDD publiceerde cijfers. De omzet steeg tot 100 miljard yuan, terwijl de markt rekende op 104 miljard yuan.', 'nl'))).toEqual([
      'temu:revenue:100000000000:null:actual',
      'temu:revenue:104000000000:null:estimate',
    ]);
  });
  it('negative: a sector figure with its own noun, on analysts\' word, stays the sector\'s', () => {
    expect(metrics(read('Amazon', 'Amazon gave its outlook. Analysts expected online sales of $300 billion across the country.'))).toEqual([]);
  });
});

describe('round 20b: a regional figure noun points at the region; a share told from one a year earlier', () => {
  it('"its regional market share", "sa part de marché régionale", "het regionale marktaandeel"', () => {
    expect(metrics(read('Southeast Asia', 'TikTok Shop grows in Southeast Asia. TikTok Shop, which bought a business in Indonesia, lifted its regional market share to 20% in 2024 from 12%.'))).toEqual([
      'tiktok-shop:market_share:20:SEA:estimate',
    ]);
    expect(metrics(read('Asie du Sud-Est', "TikTok Shop progresse en Asie du Sud-Est. TikTok Shop, présent en Indonésie, a porté sa part de marché régionale à 20 %.", 'fr'))).toEqual([
      'tiktok-shop:market_share:20:SEA:estimate',
    ]);
    expect(metrics(read('Zuidoost-Azië', 'TikTok Shop groeit in Zuidoost-Azië. TikTok Shop, ook actief in Indonesië, bracht het regionale marktaandeel op 20 procent.', 'nl'))).toEqual([
      'tiktok-shop:market_share:20:SEA:estimate',
    ]);
  });
  it('negative: a share with a country of its own keeps it', () => {
    expect(metrics(read('Southeast Asia', 'TikTok Shop grows in Southeast Asia. Its market share in Indonesia rose to 20%.'))).toEqual(['tiktok-shop:market_share:20:ID:estimate']);
  });
});

describe('round 20b: a share of a trade\'s sales is the company\'s; what a people spent is the market\'s', () => {
  it('"elle a capté 20 % des ventes en ligne", "it took 20% of online sales", "goed voor 20 procent van de onlineverkopen"', () => {
    expect(metrics(read('Vietnam', "TikTok Shop au Vietnam. Selon le cabinet Metric, elle a capté 20 % des ventes en ligne vietnamiennes l'an dernier.", 'fr'))).toEqual([
      'tiktok-shop:market_share:20:VN:estimate',
    ]);
    expect(metrics(read('Vietnam', 'TikTok Shop in Vietnam. According to Metric, it took 20% of online sales in Vietnam last year.'))).toEqual(['tiktok-shop:market_share:20:VN:estimate']);
    expect(metrics(read('Vietnam', 'TikTok Shop in Vietnam. Volgens Metric is het platform goed voor 20 procent van de onlineverkopen in Vietnam.', 'nl'))).toEqual([
      'tiktok-shop:market_share:20:VN:estimate',
    ]);
  });
  it('negative: the trade\'s sales as the subject stay the market\'s', () => {
    expect(metrics(read('Vietnam', 'TikTok Shop in Vietnam. According to Metric, online sales in Vietnam rose 20% last year.'))).toEqual([]);
  });
  it('a company named in a clause of its own after what a people spent owns none of it', () => {
    expect(metrics(read('Southeast Asia', 'Southeast Asian shoppers spent $100 billion on online platforms last year, and a growing slice of it went through TikTok.'))).toEqual([]);
    expect(metrics(read('Temu', 'Temu grows. Spanish shoppers spent $2 billion on Temu last year.'))).toEqual(['temu:gmv:2000000000:ES:actual']);
  });
});

describe('round 20b: social networks above a size are a class, not a company', () => {
  it('"les réseaux sociaux comptant plus de 8 millions d\'utilisateurs", "social networks with more than", "sociale netwerken met meer dan"', () => {
    expect(metrics(read('TikTok', "TikTok Shop en Malaisie. Les réseaux sociaux comptant plus de 8 millions d'utilisateurs devront obtenir une licence.", 'fr'))).toEqual([]);
    expect(metrics(read('TikTok', 'TikTok Shop in Malaysia. Social networks with more than 8 million users will need a licence.'))).toEqual([]);
    expect(metrics(read('TikTok', 'TikTok Shop in Maleisië. Sociale netwerken met meer dan 8 miljoen gebruikers hebben een licentie nodig.', 'nl'))).toEqual([]);
  });
  it('negative: the app\'s own users are still read', () => {
    expect(metrics(read('TikTok', 'TikTok Shop in Malaysia. TikTok has more than 8 million users in Malaysia.'))).toEqual(['tiktok-shop:users:8000000:MY:actual']);
  });
});

describe('round 20b: French demonyms in -ien in all their forms', () => {
  it('"PME singapouriennes", "vendeurs indonésiens", "marques vietnamiennes"', () => {
    expect(metrics(read('Amazon', "Amazon à Singapour. Plus de 2 000 PME singapouriennes vendent sur ses places de marché.", 'fr'))).toEqual(['amazon:sellers:2000:SG:actual']);
    expect(metrics(read('Shopee', "TikTok Shop recrute. Plus de 3 000 marques vietnamiennes vendent sur TikTok Shop.", 'fr'))).toEqual(['tiktok-shop:sellers:3000:VN:actual']);
  });
});

describe('round 20b: a parent named in an aside on the subject the sentence opens on', () => {
  it('"L\'entreprise, filiale du groupe X, compte...", "The company, part of group X, counts...", "Het bedrijf, dochter van groep X, telt..."', () => {
    expect(metrics(read('Bol', "Bol en Belgique. L'entreprise, filiale du groupe Ahold Delhaize, compte 4 millions de clients en Belgique.", 'fr'))).toEqual(['bol:customers:4000000:BE:actual']);
    expect(metrics(read('Bol', 'Bol in Belgium. The company, part of the group Ahold Delhaize, counts 4 million customers in Belgium.'))).toEqual(['bol:customers:4000000:BE:actual']);
  });
  it('negative: the group named as the subject owns its figure', () => {
    expect(metrics(read('Bol', "Bol en Belgique. Le groupe Ahold Delhaize compte 400 000 salariés.", 'fr'))).toEqual([]);
  });
});
