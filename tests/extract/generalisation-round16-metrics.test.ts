import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';
import { headBeforePreposition } from '../../src/extract/count-noun.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe('round 16 (metrics): a marketplace that "zet … om" reports GMV, a retailer revenue', () => {
  it('nl', () => {
    expect(only('gmv', 'revenue')(read('Temu', 'Temu zette vorig jaar in Europa zo’n 4 miljard euro om.', 'nl'))).toEqual(['temu:gmv:4000000000:EU:actual']);
    expect(only('gmv', 'revenue')(read('TikTok Shop', 'TikTok Shop heeft in Indonesië naar schatting 6 miljard dollar omgezet.', 'nl'))).toEqual(['tiktok-shop:gmv:6000000000:ID:estimate']);
  });
  it('a retailer’s turnover and the noun "omzet" stay revenue', () => {
    expect(only('gmv', 'revenue')(read('Bol', 'Bol zette vorig jaar ruim 5 miljard euro om.', 'nl'))).toEqual(['bol:revenue:5000000000:null:actual']);
    expect(only('gmv', 'revenue')(read('Temu', 'De omzet van Temu kwam uit op 3 miljard euro.', 'nl'))).toEqual(['temu:revenue:3000000000:null:actual']);
  });
});

describe('round 16 (metrics): staff said to be affected by a cut are no staff size', () => {
  const staff = only('employees');
  it('en/fr/nl', () => {
    expect(staff(read('Amazon', 'Amazon is closing its depot in Leeds. Some 320 workers at the site are affected, the company said.'))).toEqual([]);
    expect(staff(read('Amazon', 'Amazon ferme son entrepôt de Metz. Près de 180 salariés du site sont concernés, selon la direction.', 'fr'))).toEqual([]);
    expect(staff(read('Bol', 'Bol reorganiseert. Zo’n 90 banen bij de klantenservice in Gent verdwijnen volgend jaar.', 'nl'))).toEqual([]);
  });
  it('a staff size stays', () => {
    expect(staff(read('Amazon', 'Amazon employs some 320 workers at the Leeds site.'))).toEqual(['amazon:employees:320:GB:actual']);
    expect(staff(read('Amazon', 'Amazon emploie près de 180 salariés sur le site de Metz.', 'fr'))).toEqual(['amazon:employees:180:FR:actual']);
    expect(staff(read('Bol', 'Bol telt zo’n 90 medewerkers bij de klantenservice in Gent.', 'nl'))).toEqual(['bol:employees:90:BE:actual']);
  });
});

describe('round 16 (metrics): a count whose head noun comes before a preposition counts that noun', () => {
  it('en/fr/nl', () => {
    expect(metrics(read('Temu', 'Temu faces more than 900 complaints from British shoppers.'))).toEqual([]);
    expect(metrics(read('Shein', 'L’association a reçu 1 500 plaintes de clients de Shein en six mois.', 'fr'))).toEqual([]);
    expect(metrics(read('Temu', 'Temu kreeg ruim 700 meldingen van consumenten.', 'nl'))).toEqual([]);
  });
  it('a preposition right after the number leaves the count noun the head', () => {
    expect(headBeforePreposition(['de', 'nouveaux'])).toBe(false);
    expect(headBeforePreposition(['complaints', 'from', 'British'])).toBe(true);
    expect(only('customers')(read('Shein', 'Shein compte 3 millions de clients en Belgique.', 'fr'))).toEqual(['shein:customers:3000000:BE:actual']);
    expect(only('customers')(read('Temu', 'Temu heeft 2 miljoen klanten in Nederland.', 'nl'))).toEqual(['temu:customers:2000000:NL:actual']);
  });
});

describe('round 16 (metrics): goods said to be available are the range, and a poll’s merchants its sample', () => {
  it('en/fr/nl', () => {
    expect(only('orders')(read('Bol', 'About 5 million items will be available at launch in Wallonia.'))).toEqual([]);
    expect(only('orders')(read('Bol', 'Quelque 6 millions de produits seront disponibles en français dès l’ouverture.', 'fr'))).toEqual([]);
    expect(only('orders')(read('Bol', 'Ruim 4 miljoen artikelen zijn direct beschikbaar voor Waalse klanten.', 'nl'))).toEqual([]);
    expect(only('sellers')(read('TikTok Shop', 'In a survey of 300 TikTok Shop merchants, most said fees were too high.'))).toEqual([]);
  });
  it('goods sold and a seller count stay', () => {
    expect(only('orders')(read('Bol', 'Bol delivered 5 million items in Wallonia last year.'))).toEqual(['bol:orders:5000000:BE:actual']);
    expect(only('sellers')(read('TikTok Shop', 'TikTok Shop now has 300,000 merchants in Britain.'))).toEqual(['tiktok-shop:sellers:300000:GB:actual']);
  });
});

describe('round 16 (metrics): a fee rate moving or a price multiplied is no growth', () => {
  const growth = only('growth');
  it('en/fr/nl', () => {
    expect(growth(read('Bol', 'Voor boeken stijgt het commissietarief van 10 naar 11 procent.', 'nl'))).toEqual([]);
    expect(growth(read('Amazon', 'Amazon said its commissions rise 2% for apparel from March.'))).toEqual([]);
    expect(growth(read('Shein', 'Some dresses on Shein have doubled in price since May.'))).toEqual([]);
    expect(growth(read('Temu', 'Sur Temu, les prix de certains jouets ont triplé.', 'fr'))).toEqual([]);
  });
  it('the business doubling stays growth', () => {
    expect(growth(read('Shein', 'Shein doubled its sales in Poland last year.'))).toEqual(['shein:growth:2:PL:actual']);
    expect(growth(read('Bol', 'De omzet van bol steeg met 7 procent.', 'nl'))).toEqual(['bol:growth:7:null:actual']);
  });
});

describe('round 16 (metrics): brands taking part in a service are no seller count', () => {
  const sellers = only('sellers');
  it('en/fr/nl', () => {
    expect(sellers(read('Amazon', 'About 80 brands are taking part in the first Amazon Live streams in Spain.'))).toEqual([]);
    expect(sellers(read('Amazon', 'Quelque 120 marques participent au lancement d’Amazon Live en France.', 'fr'))).toEqual([]);
    expect(sellers(read('Bol', 'Aan de eerste editie doen zo’n 60 merken mee, meldt bol.', 'nl'))).toEqual([]);
  });
  it('sellers joining the platform stay', () => {
    expect(sellers(read('Bol', 'Sinds de start hebben zich 900 Waalse verkopers bij bol aangesloten.', 'nl'))).toEqual(['bol:sellers:900:BE:actual']);
  });
});

describe('round 16 (metrics): one seller’s own turnover is not the platform’s', () => {
  it('en/fr/nl', () => {
    expect(metrics(read('Amazon', 'Last year the seller made $400,000 in revenue on the marketplace.'))).toEqual([]);
    expect(metrics(read('Amazon', 'Le vendeur a vu ses ventes chuter de 40 % l’an dernier.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'De webwinkelier, die jaarlijks zo’n 300.000 euro omzet draaide, stapte naar de rechter.', 'nl'))).toEqual([]);
  });
  it('a company told as a seller keeps its figure', () => {
    expect(only('revenue')(read('Amazon', 'Amazon, the largest seller of books, made $600 billion in revenue last year.'))).toEqual(['amazon:revenue:600000000000:null:actual']);
  });
});

describe('round 16 (metrics): another app named before a figure owns it', () => {
  it('en/fr/nl', () => {
    expect(only('users')(read('TikTok Shop', 'Meanwhile the rival app Lemon8, which gained 2 million new users in a week, climbed the charts.'))).toEqual([]);
    expect(only('users')(read('Shein', 'Pendant ce temps, l’application chinoise Lemon8, qui a attiré 2 millions de nouveaux utilisateurs, progresse.', 'fr'))).toEqual([]);
    expect(only('users')(read('Temu', 'Intussen groeit de Chinese app Lemon8, die 2 miljoen nieuwe gebruikers trok.', 'nl'))).toEqual([]);
  });
  it('the tracked app keeps its users', () => {
    expect(only('users')(read('Temu', 'De app Temu heeft 5 miljoen Nederlandse gebruikers.', 'nl'))).toEqual(['temu:users:5000000:NL:actual']);
  });
});

describe('round 16 (metrics): a figure bounding a class of companies is a threshold', () => {
  const users = only('users');
  it('en/fr/nl', () => {
    expect(users(read('Amazon', 'The new rules cover every marketplace with more than 45 million users in the EU.'))).toEqual([]);
    expect(users(read('Temu', 'Le texte vise les plateformes de plus de 45 millions d’utilisateurs en Europe.', 'fr'))).toEqual([]);
    expect(users(read('Temu', 'De regels gelden voor alle platforms met meer dan 45 miljoen gebruikers in de EU.', 'nl'))).toEqual([]);
  });
  it('a company’s own users stay', () => {
    expect(users(read('Temu', 'Temu has more than 90 million users in the EU.'))).toEqual(['temu:users:90000000:EU:actual']);
  });
});

describe('round 16 (metrics): the total of a whole trade’s online sales is the market’s, with no source named', () => {
  it('en/fr/nl', () => {
    expect(metrics(read('TikTok Shop', 'TikTok Shop grew. A tracker put total US online spending over the holiday weekend at $12 billion, up 8%.'))).toEqual([]);
    expect(metrics(read('Temu', 'Temu progresse. Le total des achats en ligne a atteint 20 milliards d’euros en novembre, en hausse de 7 %.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Bol groeit. De totale Nederlandse online bestedingen stegen met 6 procent tot 36 miljard euro.', 'nl'))).toEqual([]);
  });
  it('a company’s own total stays', () => {
    expect(only('growth')(read('TikTok Shop', 'TikTok Shop said its total US online sales rose 8% to $1 billion.'))).toEqual(['tiktok-shop:growth:8:US:actual']);
  });
});

describe('round 16 (metrics): a name after an inverted reporting verb is the source, not the owner', () => {
  const money = only('revenue', 'growth');
  it('en/fr/nl', () => {
    expect(money(read('Bol', 'Bol had a good year. Revenue rose 8% to €6 billion, said parent company Ahold Delhaize on Wednesday.'))).toEqual(['bol:growth:8:null:actual', 'bol:revenue:6000000000:null:actual']);
    expect(money(read('Bol', 'Bol a connu une bonne année. Le chiffre d’affaires a augmenté de 8 % à 6 milliards d’euros, a annoncé la maison mère Ahold Delhaize.', 'fr'))).toEqual(['bol:growth:8:null:actual', 'bol:revenue:6000000000:null:actual']);
    expect(money(read('Bol', 'Bol had een goed jaar. De omzet steeg met 8 procent tot 6 miljard euro, maakte moederbedrijf Ahold Delhaize woensdag bekend.', 'nl'))).toEqual(['bol:growth:8:null:actual', 'bol:revenue:6000000000:null:actual']);
  });
  it('the other company named as subject keeps its own figure', () => {
    expect(money(read('Bol', 'Bol had a good year. Ahold Delhaize said its revenue rose 8% to €90 billion.'))).toEqual([]);
  });
});
