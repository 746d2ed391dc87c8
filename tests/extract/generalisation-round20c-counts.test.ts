import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 20c (counts): counts of people and things that were missed or given the wrong company or
// kind. Fixture sentences written for each rule in our own words; none is taken from an
// evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe('round 20c: what people counted do with the company says what they are', () => {
  it('people who visit or consult its site or app are users', () => {
    expect(read('Shein in Spain', 'Shein keeps growing in Spain. About 9 million people in Spain visit the app each month, the retailer says.')).toEqual(['shein:users:9000000:ES:actual']);
    expect(read('Shein', 'Le site de Shein a été consulté par 6 millions de personnes en Italie en janvier.', 'fr')).toEqual(['shein:users:6000000:IT:actual']);
    expect(read('Shein in Duitsland', 'Shein groeit. Volgens het bedrijf bezochten 11 miljoen mensen in Duitsland de webwinkel in maart.', 'nl')).toEqual(['shein:users:11000000:DE:actual']);
  });
  it('people who buy, order or pay there are customers, the Dutch verb standing before the count too', () => {
    expect(read('Amazon Prime', 'Amazon does not split out Prime. It has said 30 million people in Japan pay for the membership.')).toEqual(['amazon:customers:30000000:JP:actual']);
    expect(read('Temu en Espagne', "Temu poursuit sa croissance. Selon la plateforme, 7 millions de personnes ont acheté sur l'application en Espagne l'an dernier.", 'fr')).toEqual([
      'temu:customers:7000000:ES:actual',
    ]);
    expect(read('Temu in Duitsland', 'Temu groeit snel. Vorig jaar bestelden 14 miljoen Duitsers iets op Temu.', 'nl')).toEqual(['temu:customers:14000000:DE:actual']);
  });
  it('the nearer verb tells, staff beside shoppers', () => {
    expect(metrics(read('Amazon emploi', 'Amazon a ouvert un entrepôt près de Lyon. Le site emploie 1 200 personnes et 3 millions de personnes y commandent chaque mois.', 'fr'))).toEqual([
      'amazon:employees:1200:FR:actual',
      'amazon:customers:3000000:FR:actual',
    ]);
  });
  it('negative: people a survey asked are its sample', () => {
    expect(metrics(read('Shein', 'Of the 1,000 people polled, 400 people had ordered from Shein before.'))).toEqual([]);
    expect(metrics(read('Shein', 'Van de 1.000 ondervraagde mensen kochten 400 mensen al eens bij Shein.', 'nl'))).toEqual([]);
  });
  it('negative: visitors of a pop-up store are no users', () => {
    expect(metrics(read('Amazon pop-up', 'Amazon opened a pop-up store in Paris. Some 40,000 people visited the pop-up store in its first week.'))).toEqual([]);
  });
});

describe('round 20c: the company named by an epithet keeps its count beside a parent or a source', () => {
  it('a parent told in an aside after "the company" is not the subject', () => {
    expect(read('Bol', 'Bol breidt uit. Het bedrijf, onderdeel van de groep Ahold Delhaize, telt 12 miljoen klanten in Nederland.', 'nl')).toEqual(['bol:customers:12000000:NL:actual']);
    expect(read('Shein en France', "Shein accélère. L'enseigne, filiale du groupe Roadget, compte 20 millions de clients en France.", 'fr')).toEqual(['shein:customers:20000000:FR:actual']);
    expect(metrics(read('Temu in Japan', 'Temu is expanding. The company, a unit of the group PDD Holdings, has 20 million users in Japan.'))).toEqual(['temu:users:20000000:JP:actual']);
  });
  it('a name in a clause opening on "according to" is a source, and a trade body\'s name no trade\'s sales', () => {
    expect(read('Temu', "Temu progresse. Selon le baromètre publié jeudi par l'Observatoire Kantar, la plateforme chinoise a attiré 21 millions de visiteurs en France en mai.", 'fr')).toEqual([
      'temu:users:21000000:FR:actual',
    ]);
    expect(read('Amazon', "Amazon reste en tête. Selon le classement publié par la Fédération du e-commerce (Fevad), le géant américain a attiré 38 millions de visiteurs uniques par mois en France.", 'fr')).toEqual([
      'amazon:users:38000000:FR:actual',
    ]);
  });
  it('negative: an untracked company with a relative clause keeps its count', () => {
    expect(read('Bol', 'Bol breidt uit. Het bedrijf werkt samen met de keten Blokker, die 500 winkels telt.', 'nl')).toEqual([]);
  });
  it('negative: the trade\'s sales told on a trade body\'s word stay the market\'s', () => {
    expect(read('Fevad', "Selon la Fédération du e-commerce, les ventes en ligne ont atteint 160 milliards d'euros en France.", 'fr')).toEqual([]);
  });
});

describe('round 20c: a relative clause after an apposition hangs on the name before it', () => {
  it('"bol, the Dutch platform owned by X, which counts..." is bol\'s', () => {
    expect(metrics(read('Temu', 'Temu opened in the Netherlands. It takes on bol, the Dutch platform owned by Ahold Delhaize, which counts 13 million active customers.'))).toEqual([
      'bol:customers:13000000:NL:actual',
    ]);
    expect(metrics(read('Temu', 'Temu arrive aux Pays-Bas. Il y affronte bol, la plateforme néerlandaise détenue par Ahold Delhaize, qui revendique 13 millions de clients actifs.', 'fr'))).toEqual([
      'bol:customers:13000000:NL:actual',
    ]);
    expect(metrics(read('Temu', 'Temu komt naar Nederland. Het neemt het op tegen bol, het platform van Ahold Delhaize, dat 13 miljoen actieve klanten telt.', 'nl'))).toEqual([
      'bol:customers:13000000:NL:actual',
    ]);
  });
  it('negative: an untracked rival so described keeps its count', () => {
    expect(metrics(read('Temu in Polen', 'Temu opened in Poland. The launch puts it up against Allegro, the Polish marketplace backed by Cinven, which counts about 20 million active buyers.'))).toEqual([]);
    expect(metrics(read('Temu en Pologne', "Temu arrive en Pologne. Il y affronte Allegro, la place de marché polonaise détenue par Cinven, qui revendique 20 millions d'acheteurs actifs.", 'fr'))).toEqual([]);
  });
  it('negative: staff of a firm told in a "where" clause, an apposition after its name, are that firm\'s', () => {
    expect(metrics(read('Shein', 'Shein worries unions. In Rotterdam, where Maersk, the shipping group from Denmark, employs about 2,000 people, dock workers fear for their jobs.'))).toEqual([]);
    expect(metrics(read('Shein', "Shein inquiète. À Anvers, où Katoen Natie, le groupe logistique anversois, emploie quelque 2 000 personnes, on craint pour l'emploi.", 'fr'))).toEqual([]);
  });
});

describe('round 20c: counts of other things read as sellers or staff', () => {
  it('jobs supported at suppliers are no staff', () => {
    expect(metrics(read('Amazon in Chile', 'Amazon will build a data centre in Chile. The company says the project will add $2 billion to the economy and support about 4,000 jobs a year at local suppliers.'))).toEqual([]);
    expect(metrics(read('Amazon au Chili', 'Amazon va construire un centre de données au Chili. Le groupe estime que le projet soutiendra en moyenne 4 000 emplois par an chez ses fournisseurs locaux.', 'fr'))).toEqual([]);
    expect(metrics(read('Amazon in Chili', 'Amazon bouwt een datacenter in Chili. Het project levert volgens het bedrijf jaarlijks 4.000 banen op bij lokale leveranciers.', 'nl'))).toEqual([]);
  });
  it('negative: the staff a site will employ stay counted', () => {
    expect(read('Amazon in Chile', 'Amazon will build a data centre in Chile. The site will employ 300 people.')).toEqual(['amazon:employees:300:CL:target']);
  });
  it('creators are no sellers', () => {
    expect(metrics(read('TikTok Shop sale', 'TikTok Shop held its first sale in Spain. More than 12,000 creators ran live shows during the weekend.'))).toEqual([]);
    expect(read('TikTok Shop', 'TikTok Shop now has 15,000 sellers in Spain.')).toEqual(['tiktok-shop:sellers:15000:ES:actual']);
  });
  it('brands an event features are its participants', () => {
    expect(metrics(read('Amazon event', "Amazon will hold a 'Made in Italy' online event in May, featuring products from about 1,500 Italian brands."))).toEqual([]);
    expect(metrics(read('Amazon', 'Amazon organisera en mai une opération en ligne mettant en avant les produits de quelque 1 500 marques italiennes.', 'fr'))).toEqual([]);
    expect(metrics(read('Amazon', "Amazon houdt in mei een online actie met producten van zo'n 1.500 Italiaanse merken.", 'nl'))).toEqual([]);
  });
  it('negative: brands selling on the store are its sellers', () => {
    expect(read('Amazon Italia', 'Amazon says 1,500 Italian brands now sell on its Italian store.')).toEqual(['amazon:sellers:1500:IT:actual']);
  });
});

describe('round 20c: an earlier level counts what the figure it is set against counts', () => {
  it('"20 000 PME vendent leurs produits ..., contre 15 000" are sellers both', () => {
    expect(read('Amazon Italia', "Amazon fait le point. Plus de 20 000 PME italiennes vendent aujourd'hui leurs produits sur amazon.it, contre 15 000 il y a deux ans.", 'fr')).toEqual([
      'amazon:sellers:20000:IT:actual',
      'amazon:sellers:15000:IT:actual',
    ]);
    expect(read('Amazon Italia', 'Amazon took stock. More than 20,000 Italian businesses now sell their products on amazon.it, up from 15,000 in 2022.')).toEqual([
      'amazon:sellers:20000:IT:actual',
      'amazon:sellers:15000:IT:actual',
    ]);
    expect(read('Amazon Italia', 'Amazon maakte de balans op. Ruim 20.000 Italiaanse ondernemers verkopen hun producten nu via amazon.it, tegen 15.000 in 2022.', 'nl')).toEqual([
      'amazon:sellers:20000:IT:actual',
      'amazon:sellers:15000:IT:actual',
    ]);
  });
});

describe('round 20c: sellers told by a plural demonym are from that market', () => {
  it('"PME singapouriennes", "vendeurs singapouriens"', () => {
    expect(read('Amazon', "Plus de 3 000 PME singapouriennes vendent désormais sur les boutiques d'Amazon.", 'fr')).toEqual(['amazon:sellers:3000:SG:actual']);
    expect(read('Amazon', 'Amazon compte 3 000 vendeurs singapouriens.', 'fr')).toEqual(['amazon:sellers:3000:SG:actual']);
  });
});
