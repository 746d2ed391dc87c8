import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));

describe('round 15 (attribution): an apposition after "the company" names no subject', () => {
  it('en/fr/nl: the owner told in the apposition does not take the figure', () => {
    expect(only('customers')(read('Bol', 'Bol changed its fees. The company, part of Ahold Delhaize, serves 12 million customers.'))).toEqual(['bol:customers:12000000:null:actual']);
    expect(only('customers')(read('Shein', 'Shein grandit vite. L’enseigne, détenue par le fonds Sequoia Capital, revendique 20 millions de clients.', 'fr'))).toEqual([
      'shein:customers:20000000:null:actual',
    ]);
    expect(only('customers')(read('Bol', 'Bol groeit. Het bedrijf, onderdeel van Ahold Delhaize, bedient 12 miljoen klanten.', 'nl'))).toEqual(['bol:customers:12000000:null:actual']);
  });
  it('negatives: a company that opens the clause itself still owns its figure', () => {
    expect(only('customers')(read('Bol', 'Bol changed its fees. Zalando, part of no group, serves 12 million customers.'))).toEqual([]);
    expect(only('customers')(read('Bol', 'Bol groeit. Coolblue, de concurrent, bedient 12 miljoen klanten.', 'nl'))).toEqual([]);
  });
});

describe('round 15 (attribution): a sector’s sales opening a clause are the market’s', () => {
  it('en/fr/nl: online sales told by a trade body are nobody’s figure', () => {
    expect(only('gmv', 'revenue', 'growth', 'market_share')(read('Temu', 'Temu opened a warehouse. According to the trade association, online sales reached €42 billion in Spain last year.'))).toEqual([]);
    expect(only('gmv', 'revenue', 'growth')(read('Shein', 'Shein a ouvert un entrepôt. D’après la fédération, les ventes sur internet ont atteint 98 milliards d’euros en Italie, en hausse de 7 %.', 'fr'))).toEqual([]);
    expect(only('gmv', 'revenue')(read('Bol', 'Bol opent een magazijn. De online verkopen in België kwamen uit op 14 miljard euro, meldt de brancheclub.', 'nl'))).toEqual([]);
    expect(only('gmv', 'revenue', 'growth')(read('Bol', 'Bol opent een magazijn. Volgens de brancheclub stegen de online verkopen in België met 5 procent tot 14 miljard euro.', 'nl'))).toEqual([]);
  });
  it('negatives: a company’s own online sales, told as its object, stay its figure', () => {
    expect(only('gmv', 'revenue')(read('Bol', 'Bol groeit. De webwinkel zag de online verkopen stijgen tot 6 miljard euro.', 'nl')).length).toBe(1);
    expect(only('gmv', 'revenue')(read('Shein', 'Shein grew. The company saw online sales rise to $30 billion last year.')).length).toBe(1);
    expect(only('gmv', 'revenue')(read('Shein', 'Shein’s online sales reached $30 billion last year.')).length).toBe(1);
  });
});

describe('round 15 (attribution): the second figure of a comparison set at a market is nobody’s', () => {
  it('en/fr/nl: a market told with its place or kind before it', () => {
    expect(only('growth')(read('Temu', 'Temu grows. Temu’s sales rose 40% in Germany, against 5% for the wider German online market.'))).toEqual(['temu:growth:40:DE:actual']);
    expect(only('growth', 'market_share')(read('Shein', 'Shein grandit. Les ventes de Shein ont progressé de 20 % en France, contre 4 % pour l’ensemble du marché français.', 'fr'))).toEqual([
      'shein:growth:20:FR:actual',
    ]);
    expect(only('growth')(read('TikTok', 'TikTok groeit. In China groeide het handelsvolume van Douyin met 25 procent, tegen 8 procent voor de Chinese onlinemarkt als geheel.', 'nl'))).toEqual([
      'tiktok-shop:growth:25:CN:actual',
    ]);
  });
  it('negatives: a market leader named after the figure is a company, and the first figure stays', () => {
    expect(only('growth')(read('Temu', 'Temu grows. Temu’s sales rose 40% in Germany, against 5% for market leader Amazon.'))).toEqual(['temu:growth:40:DE:actual', 'amazon:growth:5:DE:actual']);
  });
});

describe('round 15 (attribution): a name told as owned by someone is a company we do not track', () => {
  it('en/fr/nl: its figures and events are not the article’s company’s', () => {
    expect(read('Temu', 'Temu was fined. Brixo, owned by a Swedish fund, was fined €12 million in March.').filter((f) => f.includes('12000000'))).toEqual([]);
    expect(only('customers')(read('Shein', 'Shein a été sanctionnée. Modalia, détenue par un fonds suédois, revendique 8 millions de clients en France.', 'fr'))).toEqual([]);
    expect(only('customers')(read('Bol', 'Bol kreeg een boete. Winkelwijs, eigendom van een Zweeds fonds, telt 3 miljoen klanten in Nederland.', 'nl'))).toEqual([]);
  });
  it('negatives: a tracked name or a place told as owned keeps its reading', () => {
    expect(only('customers')(read('Temu', 'Temu grew. Temu, owned by PDD Holdings, now counts 20 million customers.'))).toEqual(['temu:customers:20000000:null:actual']);
    expect(only('gmv')(read('Temu', 'Temu grew. Hong Kong, part of China, saw Temu sales of $2 billion.'))).toEqual(['temu:gmv:2000000000:HK:actual']);
  });
});

describe('round 15 (markets): a figure in a "where" clause is the place’s the clause hangs on', () => {
  it('en/fr/nl: the place named just before the comma', () => {
    expect(only('users')(read('Temu', 'Temu grew. Germany is its largest market, followed by Poland, where the app counts 9 million users.'))).toEqual(['temu:users:9000000:PL:actual']);
    expect(only('customers')(read('Shein', 'Shein grandit. La France reste son premier marché, devant l’Espagne, où l’enseigne revendique 4 millions de clients.', 'fr'))).toEqual([
      'shein:customers:4000000:ES:actual',
    ]);
    expect(only('users')(read('Temu', 'Temu groeit. Nederland is de grootste markt, gevolgd door België, waar de app 2 miljoen gebruikers telt.', 'nl'))).toEqual(['temu:users:2000000:BE:actual']);
  });
  it('negatives: a place named inside the clause, and a figure outside it, keep their own', () => {
    expect(only('users')(read('Temu', 'Temu grew. Its first market was Poland, where it later also reached 3 million users in Czechia.'))).toEqual(['temu:users:3000000:CZ:actual']);
    expect(only('users')(read('Temu', 'Temu grew. In Poland, where it opened last year, the app counts 9 million users.'))).toEqual(['temu:users:9000000:PL:actual']);
  });
});

describe('round 15 (markets): a figure told over the same period is told in the same place', () => {
  it('en/nl: the previous sentence’s one place', () => {
    expect(only('growth')(read('Temu', 'Temu users in Spain fell 30% in May. Shein’s fell 12% over the same period.'))).toEqual(['temu:growth:-30:ES:actual', 'shein:growth:-12:ES:actual']);
    expect(only('growth')(read('Temu', 'Het aantal gebruikers van Temu in Spanje daalde in mei met 30 procent. Dat van Shein daalde in dezelfde periode met 12 procent.', 'nl'))).toEqual([
      'temu:growth:-30:ES:actual',
      'shein:growth:-12:ES:actual',
    ]);
  });
  it('negatives: the same period a year before is a comparison, no pointer', () => {
    expect(only('growth')(read('Temu', 'Temu users in Spain fell 30% in May. Shein’s revenue rose 12% on the same period last year.'))).toEqual(['temu:growth:-30:ES:actual', 'shein:growth:12:null:actual']);
    expect(only('growth')(read('Temu', 'Les utilisateurs de Temu en Espagne ont reculé de 30 % en mai. Les ventes de Shein ont progressé de 12 % par rapport à la même période de l’an dernier.', 'fr'))).toEqual([
      'temu:growth:-30:ES:actual',
      'shein:growth:12:null:actual',
    ]);
  });
});

describe('round 15 (markets): a route’s first place is where goods leave from', () => {
  it('en/fr/nl: "China-to-US shipments" happen in the US', () => {
    expect(read('Temu', 'Temu halts China-to-US shipments as small-parcel exemption ends').filter((f) => f.includes(':CN'))).toEqual([]);
    expect(read('Temu', 'Temu suspend ses envois Chine-Brésil après la nouvelle taxe', 'fr').filter((f) => f.includes(':CN'))).toEqual([]);
    expect(read('Temu', 'Temu pauzeert de zendingen China-België na de nieuwe heffing', 'nl').filter((f) => f.includes(':CN'))).toEqual([]);
  });
  it('negatives: a place alone before goods is still their origin; a hyphen glued to a word is no route', () => {
    expect(read('Temu', 'Temu halts shipments to Brazil as Chinese goods face new levy')).toEqual(['temu:suspension::BR', 'temu:regulation::BR']);
  });
});

describe('round 15 (markets): a place after a second verb joined by and / et / en is that clause’s', () => {
  it('en/fr/nl: the first event keeps only its own place', () => {
    expect(only('layoff')(read('TikTok', 'TikTok Shop cuts jobs in London and delays its Benelux launch'))).toEqual(['tiktok-shop:layoff::GB']);
    expect(only('layoff')(read('TikTok', 'TikTok Shop supprime des postes à Londres et reporte son lancement au Benelux', 'fr'))).toEqual(['tiktok-shop:layoff::GB']);
    expect(only('layoff')(read('TikTok', 'TikTok Shop schrapt banen in Londen en stelt Benelux-start uit', 'nl'))).toEqual(['tiktok-shop:layoff::GB']);
  });
  it('negatives: a list of places joined by and / et / en stays one list', () => {
    expect(only('launch')(read('Temu', 'Temu launched in Poland and possibly Czechia'))).toEqual(['temu:launch::PL', 'temu:launch::CZ']);
    expect(only('launch')(read('Temu', 'Temu s’est lancé en Pologne et en République tchèque', 'fr'))).toEqual(['temu:launch::PL', 'temu:launch::CZ']);
    expect(only('launch')(read('Temu', 'Temu ging van start in Polen en later ook in Tsjechië', 'nl'))).toEqual(['temu:launch::PL', 'temu:launch::CZ']);
  });
});

describe('round 15 (markets): a partnership’s market is told by the shoppers its service is for', () => {
  it('en/fr/nl: shoppers of one nation', () => {
    expect(only('partnership')(read('Bol', 'Bol also announced a partnership with bpost: from October, Belgian customers can collect parcels at 1,200 more points.'))).toEqual(['bol:partnership::BE']);
    expect(only('partnership')(read('Shein', 'Shein a signé un partenariat avec Correos : les clients espagnols pourront retirer leurs colis dans 3 000 points.', 'fr'))).toEqual([
      'shein:partnership::ES',
    ]);
    expect(only('partnership')(read('Bol', 'Tegelijk kondigde bol een samenwerking aan met bpost: vanaf oktober kunnen Belgische klanten hun pakketten ophalen bij 1.200 extra punten.', 'nl'))).toEqual([
      'bol:partnership::BE',
    ]);
  });
  it('negatives: people of a nation who are no shoppers tell no market', () => {
    expect(only('partnership')(read('Bol', 'Bol also announced a partnership with bpost, which employs many Belgian workers.'))).toEqual(['bol:partnership::null']);
  });
});

describe('round 15 (markets): the Commission told alone is the European one', () => {
  it('en/fr/nl: its proceedings are in the EU, not in the country told before', () => {
    expect(only('regulation')(read('Temu', 'In France, Temu counts 23 million users. The Commission opened formal proceedings against Temu in October.'))).toEqual(['temu:regulation::EU']);
    expect(only('regulation')(read('Temu', 'En France, Temu compte 23 millions d’utilisateurs. La Commission a ouvert en octobre une procédure formelle visant Temu.', 'fr'))).toEqual([
      'temu:regulation::EU',
    ]);
    expect(only('regulation')(read('Temu', 'In Frankrijk telt Temu 23 miljoen gebruikers. De Commissie opende in oktober een formele procedure tegen Temu.', 'nl'))).toEqual(['temu:regulation::EU']);
  });
  it('negatives: a national commission keeps its country', () => {
    expect(only('regulation')(read('Shein', 'Shein veut entrer en Bourse mais attend le feu vert de la Commission chinoise de réglementation des valeurs mobilières.', 'fr'))).toEqual([
      'shein:regulation::CN',
    ]);
  });
});
