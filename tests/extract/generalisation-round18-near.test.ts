import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 18 (near misses): a fact right in all but its status, market or company. Fixture
// sentences written for each rule; none is taken from an evaluation set.

const only = (facts: string[], part: string): string[] => facts.filter((f) => f.includes(part));

describe('round 18 (near): money and jobs still to come are planned', () => {
  it('a sum to spend in the current year, with a plain future, is a target', () => {
    expect(read('Shein', "Shein va investir 300 millions d'euros en Italie en 2024, surtout dans la logistique.", 'fr')).toContain('shein:investment:300000000:IT:target');
    expect(read('Temu', 'Temu will invest $400 million in Brazil in 2024, mainly in warehouses.')).toContain('temu:investment:400000000:BR:target');
    expect(read('Bol', 'Bol gaat in 2024 zo’n 90 miljoen euro investeren in België.', 'nl')).toContain('bol:investment:90000000:BE:target');
  });
  it('money for a site that is still to open, or dated after publication, is a target', () => {
    expect(read('Amazon', 'The investment in the Lyon hub comes to €150 million; the site is due to open next spring.')).toContainEqual(expect.stringMatching(/^amazon:investment:150000000:.*:target$/));
    expect(read('Bol', "L'investissement s'élève à 60 millions d'euros, a précisé bol, qui prévoit une mise en service fin 2025.", 'fr')).toContainEqual(
      expect.stringMatching(/^bol:investment:60000000:.*:target$/),
    );
  });
  it('"the coming fifteen years" without a preposition spreads a sum over years to come', () => {
    expect(read('Amazon', 'Amazon maakte bekend de komende tien jaar 3 miljard euro te investeren in Spanje.', 'nl')).toContain('amazon:investment:3000000000:ES:target');
  });
  it('jobs that will be created are a target', () => {
    expect(read('Shein', 'Près de 300 emplois devraient y être créés à terme, selon la direction du site polonais de Shein.', 'fr')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^shein:employees:300:.*:target$/)]),
    );
    expect(read('Amazon', 'In het nieuwe depot van Amazon in Gent komen 250 vaste banen bij.', 'nl')).toContainEqual(expect.stringMatching(/^amazon:employees:250:.*:target$/));
    expect(read('Shein', "Shein construit un entrepôt près de Séville qui emploiera à terme 600 personnes.", 'fr')).toContainEqual(expect.stringMatching(/^shein:employees:600:.*:target$/));
  });
  it('negative: a sum already spent, one promised with no date, and staff already there stay actual', () => {
    expect(read('Amazon', "Amazon a investi 2 milliards d'euros en Espagne en 2023.", 'fr')).toContain('amazon:investment:2000000000:ES:actual');
    expect(read('TikTok', 'TikTok will invest $900 million in the Malaysian start-up and take a majority stake.')).toContainEqual(expect.stringMatching(/^tiktok-shop:investment:900000000:.*:actual$/));
    expect(read('Amazon', "Amazon emploie 3 000 personnes à Lille et en recrutera 500 de plus.", 'fr')).toContainEqual(expect.stringMatching(/^amazon:employees:3000:.*:actual$/));
  });
});

describe('round 18 (near): a colon that opens a clause of its own ends the cue before it', () => {
  it('an aim or a conditional before the colon is not the figure’s', () => {
    expect(read('Bol', "Pour grandir, bol mise sur ses vendeurs partenaires : ils sont 7 000 en France.", 'fr')).toContain('bol:sellers:7000:FR:actual');
    expect(read('Temu', "L'Espagne pourrait suivre : la plateforme de Temu a déclaré 20 millions d'utilisateurs en Espagne.", 'fr')).toContain('temu:users:20000000:ES:actual');
    expect(read('Temu', 'Temu wil verder groeien: het telt nu 4.000 verkopers in Nederland.', 'nl')).toContain('temu:sellers:4000:NL:actual');
  });
  it('negative: a colon that only introduces the aim keeps it', () => {
    expect(read('Bol', 'Bol zet een duidelijk doel: 80.000 verkooppartners in België.', 'nl')).toContain('bol:sellers:80000:BE:target');
    expect(read('Shein', "Shein vise un objectif clair : 5 000 vendeurs en France.", 'fr')).toContain('shein:sellers:5000:FR:target');
  });
});

describe('round 18 (near): a group’s spending of tens of billions takes no country from the article', () => {
  it('no place in its sentence: no market', () => {
    const en = read('Amazon woos US merchants', 'Amazon is courting US merchants with new tools. The company invested more than $40 billion last year in logistics and software.');
    expect(only(en, ':investment:')).toEqual(['amazon:investment:40000000000:null:actual']);
    const nl = read('Amazon lokt Franse verkopers', 'Amazon wil Franse verkopers binnenhalen. Het concern wil dit jaar 90 miljard dollar investeren, vooral in datacenters.', 'nl');
    expect(only(nl, ':investment:')).toEqual(['amazon:investment:90000000000:null:target']);
  });
  it('negative: a warehouse’s millions are still the article’s country’s', () => {
    const en = read('Shein builds in Poland', 'Shein is building a hub in Poland. The company is investing €60 million in the site.');
    expect(only(en, ':investment:')).toEqual([expect.stringMatching(/^shein:investment:60000000:PL:/)]);
  });
});

describe('round 18 (near): a valuation takes no place told after its clause', () => {
  it('"X, which was valued at..., has been growing in Europe"', () => {
    expect(only(read('Shein', 'Shein, which was valued at $50 billion in a funding round in April, has been expanding in Europe.'), ':valuation:')).toEqual([
      'shein:valuation:50000000000:null:actual',
    ]);
  });
  it('negative: a place told before the figure stays', () => {
    expect(only(read('TikTok', "TikTok Shop's US arm, valued at $20 billion by investors, is growing fast."), ':valuation:')).toEqual(['tiktok-shop:valuation:20000000000:US:actual']);
  });
});

describe('round 18 (near): a region and one country of it point back to the country', () => {
  it('"In Europe it is only active in the UK. There..." in en/fr/nl', () => {
    expect(read('TikTok Shop', 'In Europe TikTok Shop only operates in Spain. There the number of sellers doubled to 30,000 last year.')).toContain('tiktok-shop:sellers:30000:ES:actual');
    expect(read('TikTok Shop', "En Europe, TikTok Shop n'est présent qu'en Espagne. Il y compte 30 000 vendeurs.", 'fr')).toContain('tiktok-shop:sellers:30000:ES:actual');
    expect(read('TikTok Shop', 'TikTok Shop is in Europa alleen actief in Spanje. Daar telt het 30.000 verkopers.', 'nl')).toContain('tiktok-shop:sellers:30000:ES:actual');
  });
  it('"ne ... que" is "only", no comparison: the place stays the sentence’s', () => {
    expect(read('Temu', "En Asie, Temu n'est présent qu'au Japon. Il y revendique 8 millions de clients.", 'fr')).toContain('temu:customers:8000000:JP:actual');
  });
  it('negative: "plus tard qu’en Espagne" is still a comparison', () => {
    expect(read('TikTok Shop', "TikTok Shop a ouvert au Portugal plus tard qu'en Espagne. Il y compte 30 000 vendeurs.", 'fr')).toContain('tiktok-shop:sellers:30000:PT:actual');
  });
  it('negative: two countries point nowhere', () => {
    expect(read('TikTok Shop', 'TikTok Shop is active in Spain and Italy. There it counts 30,000 sellers.')).toContain('tiktok-shop:sellers:30000:null:actual');
  });
});

describe('round 18 (near): "a region where" hands the figure to the region named before', () => {
  it('en/fr/nl', () => {
    expect(read('Temu', 'Brazil is Temu’s largest market in Latin America, a region where its sales doubled to $3 billion last year.')).toContain('temu:gmv:3000000000:LATAM:actual');
    expect(read('Temu', "Le Brésil est le premier marché de Temu en Amérique latine, une région où ses ventes ont atteint 3 milliards de dollars.", 'fr')).toContain(
      'temu:gmv:3000000000:LATAM:actual',
    );
    expect(read('Temu', 'Brazilië is de grootste markt van Temu in Latijns-Amerika, een regio waar de omzet steeg tot 3 miljard dollar.', 'nl')).toContain(
      'temu:revenue:3000000000:LATAM:actual',
    );
  });
  it('negative: a plain "where" after a country still gives the country', () => {
    expect(read('Temu', 'Temu then entered Chile, where it signed up 2 million customers.')).toContain('temu:customers:2000000:CL:actual');
  });
});

describe('round 18 (near): sales told after a sentence in the title’s country are sales there', () => {
  it('the previous sentence names the title’s country', () => {
    const facts = read('Temu’s Cyber Monday in Canada', 'Canadian shoppers spent more than $30 million on Temu on Cyber Monday. Sales over the whole weekend topped $90 million, the company said.');
    expect(facts).toContain('temu:gmv:90000000:CA:actual');
  });
  it('negative: a group’s revenue is not pulled to the title’s country', () => {
    const facts = read('Temu in Canada', 'Temu opened a warehouse in Canada. PDD reported revenue of $14 billion for the quarter.');
    expect(only(facts, ':revenue:')).toEqual(['temu:revenue:14000000000:null:actual']);
  });
});

describe('round 18 (near): "the Amazon of X" is a byword, not Amazon', () => {
  it('en/fr/nl', () => {
    expect(only(read('Bol', 'Bol.com, often called the Amazon of the Low Countries, grew sales 8% to €1.2 billion.'), 'amazon:')).toEqual([]);
    expect(only(read('Bol', "Bol.com, surnommé « l'Amazon du Benelux », a réalisé 1,2 milliard d'euros de ventes.", 'fr'), 'amazon:')).toEqual([]);
    expect(only(read('Allegro', 'Allegro, het Amazon van Polen, zag de omzet met 8 procent stijgen naar 1,2 miljard euro.', 'nl'), 'amazon:')).toEqual([]);
  });
  it('negative: Amazon itself is still Amazon', () => {
    expect(read('Amazon', 'Amazon grew sales of its Benelux marketplace 8% to €1.2 billion.')).toContainEqual(expect.stringMatching(/^amazon:/));
  });
});

describe('round 18 (near): a headline’s rounded figure gives way to the body’s', () => {
  it('"tops €5 billion" over "€5.3 billion" in en/fr/nl', () => {
    const en = read('Shein tops €5 billion of sales in Germany', 'Shein made revenue of €5.3 billion in Germany last year, its filings show.');
    expect(only(en, ':revenue:')).toEqual(['shein:revenue:5300000000:DE:actual']);
    const fr = read("Shein dépasse les 5 milliards d'euros de ventes en Allemagne", "Shein a réalisé l'an dernier un chiffre d'affaires de 5,3 milliards d'euros en Allemagne.", 'fr');
    expect(only(fr, ':revenue:')).toEqual(['shein:revenue:5300000000:DE:actual']);
    const nl = read('Shein haalt 5 miljard euro omzet in Duitsland', 'Shein boekte vorig jaar een omzet van 5,3 miljard euro in Duitsland.', 'nl');
    expect(only(nl, ':revenue:')).toEqual(['shein:revenue:5300000000:DE:actual']);
  });
  it('negative: a body figure far from the title’s keeps both', () => {
    const en = read('Shein tops €5 billion of sales in Germany', 'A year earlier Shein made revenue of €3.1 billion in Germany.');
    expect(only(en, ':revenue:').length).toBe(2);
  });
});

describe('round 18 (near): a market named as the next to come is passed over when looking back', () => {
  it('en/fr/nl: the offer is in the market the article is about', () => {
    expect(read('Temu starts in Peru', 'Temu opened its app in Peru on Monday. Chile will follow in the autumn. To win shoppers the app offers free shipping for a month.')).toContain(
      'temu:promotion::PE',
    );
    expect(read('Temu démarre au Pérou', "Temu a ouvert son application au Pérou lundi. Le Chili suivra à l'automne. Pour séduire les acheteurs, l'application offre la livraison gratuite pendant un mois.", 'fr')).toContain(
      'temu:promotion::PE',
    );
    expect(read('Temu start in Peru', 'Temu opende maandag zijn app in Peru. In het najaar volgt Chili. Om kopers te lokken biedt de app een maand gratis verzending.', 'nl')).toContain(
      'temu:promotion::PE',
    );
  });
  it('negative: a market where something happens is still looked back to', () => {
    expect(read('Temu starts in Peru', 'Temu opened its app in Peru on Monday. In Chile it has been active since March. There the app offers free shipping for a month.')).toContain(
      'temu:promotion::CL',
    );
  });
});
