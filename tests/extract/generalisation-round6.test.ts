import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.
const events = (facts: string[]) => facts.filter((f) => f.split(':').length === 4);

describe('round 6: event cues used in another sense', () => {
  it('a plan told as given up is no expansion', () => {
    expect(events(read('Temu', 'Temu had a plan to open a warehouse in Poland that was later scrapped.'))).toEqual([]);
    expect(events(read('Bol', "Bol's plannen om een winkel in Duitsland te openen werden in de ijskast gezet.", 'nl'))).toEqual([]);
    expect(events(read('Shein', 'Le lancement de Shein en Pologne a finalement été enterré.', 'fr'))).toEqual([]);
  });
  it('a plan not given up is still an expansion', () => {
    expect(events(read('Temu', 'Temu has a plan to open a warehouse in Poland next year.'))).toEqual(['temu:expansion::PL']);
  });
  it('a place something soon comes from is not a market entered', () => {
    expect(events(read('Shein', 'Shein shoppers may soon get some help from Brussels.'))).toEqual([]);
    expect(events(read('Shein', 'Shein may soon arrive in Portugal.'))).toEqual(['shein:expansion::PT']);
  });
});

describe('round 6: a newsletter heading names the subject of its paragraph', () => {
  it('an all-caps name before a dash is the subject, not the company of the paragraph before', () => {
    const facts = read('Lettre du commerce', 'TEMU — Le groupe ouvre sa boutique en Pologne.\n\nAMAZON — Le groupe a annoncé la suppression de 120 postes en Italie.', 'fr');
    expect(facts).toContain('amazon:layoff::IT');
    expect(facts.some((f) => f.startsWith('temu:') && f.includes(':IT'))).toBe(false);
  });
  it('all-caps names of each competitor are read', () => {
    expect(read('Nieuwsbrief', 'BOL: Het bedrijf opent een winkel in Duitsland.', 'nl')).toContain('bol:launch::DE');
    expect(read('Newsletter', 'TIKTOK SHOP — The company launched in Spain this week.')).toContain('tiktok-shop:launch::ES');
  });
  it('a layoff told as "la suppression de N postes" is a layoff', () => {
    expect(read('Temu', "Temu prévoit la suppression d'environ 80 postes en Allemagne.", 'fr')).toContain('temu:layoff::DE');
  });
});

describe('round 6: "goed zijn voor" tells what a sum amounts to', () => {
  it('a marketplace sum told with "goed was voor" is its GMV, a retailer\'s its revenue', () => {
    expect(read('Temu', 'In Duitsland was Temu vorig jaar goed voor 3,1 miljard euro.', 'nl')).toContain('temu:gmv:3100000000:DE:actual');
    expect(read('Bol', 'België is voor Bol inmiddels goed voor 900 miljoen euro.', 'nl')).toContain('bol:revenue:900000000:BE:actual');
  });
  it('without the phrase, a bare sum is still no figure', () => {
    expect(read('Temu', 'In Duitsland kreeg Temu vorig jaar 3,1 miljard euro.', 'nl').some((f) => f.includes('3100000000'))).toBe(false);
  });
});

describe('round 6: "respectively" pairs the companies with the figures in order', () => {
  it('French, with the scale written once at the end of the list', () => {
    const facts = read('Plateformes', 'Temu et Shein, qui comptent respectivement 31 et 19 millions de clients en Allemagne, contestent la mesure.', 'fr');
    expect(facts).toContain('temu:customers:31000000:DE:actual');
    expect(facts).toContain('shein:customers:19000000:DE:actual');
    expect(facts.filter((f) => f.includes(':customers:'))).toHaveLength(2);
  });
  it('English, with the word after the figures and a shared currency', () => {
    const facts = read('Results', 'Amazon and Temu reported Polish sales of 4 and 1.5 billion euros respectively.');
    expect(facts).toContain('amazon:revenue:4000000000:PL:actual');
    expect(facts).toContain('temu:gmv:1500000000:PL:actual');
  });
  it('Dutch', () => {
    const facts = read('Webwinkels', 'Bol en Amazon hebben respectievelijk 60.000 en 45.000 verkopers in Nederland.', 'nl');
    expect(facts).toContain('bol:sellers:60000:NL:actual');
    expect(facts).toContain('amazon:sellers:45000:NL:actual');
  });
});

describe('round 6: a sum that points back takes the metric named before', () => {
  it('French "celui-ci", English "that figure", Dutch "dat bedrag"', () => {
    expect(
      read('Shein', "Shein veut tripler son chiffre d'affaires en Espagne. Celui-ci atteignait 300 millions d'euros en 2023.", 'fr'),
    ).toContain('shein:revenue:300000000:ES:actual');
    expect(read('Bol', 'Bol reported higher profit in Belgium. That figure came to 80 million euros last year.')).toContain(
      'bol:profit:80000000:BE:actual',
    );
    const nl = read('Temu', 'Temu maakte zijn omzet in Polen niet bekend. Dat bedrag lag volgens analisten rond 2 miljard euro.', 'nl');
    expect(nl.some((f) => f.startsWith('temu:revenue:2000000000:') && f.endsWith(':estimate'))).toBe(true);
  });
  it('a sum that does not point back stays unread', () => {
    expect(
      read('Shein', "Shein veut tripler son chiffre d'affaires en Espagne. Une usine a coûté 300 millions d'euros.", 'fr').some((f) =>
        f.includes('300000000'),
      ),
    ).toBe(false);
  });
});

describe('round 6: an investment the company is expected to make is announced, as "will invest" is', () => {
  it('reads "devrait investir", "is expected to invest" and "zou investeren" as actual', () => {
    expect(read('Temu', "Temu devrait investir 200 millions d'euros dans un entrepôt en Pologne.", 'fr')).toContain('temu:investment:200000000:PL:actual');
    expect(read('Shein', 'Shein is expected to invest €250 million in a warehouse in Poland.')).toContain('shein:investment:250000000:PL:actual');
    expect(read('Bol', 'Bol zou 30 miljoen euro investeren in een magazijn in België.', 'nl')).toContain('bol:investment:30000000:BE:actual');
  });
  it('hearsay stays an estimate', () => {
    expect(read('Bol', 'Volgens ingewijden zou Bol 30 miljoen euro investeren in een magazijn in België.', 'nl')).toContain(
      'bol:investment:30000000:BE:estimate',
    );
  });
});

describe('round 6: a small sum with no scale word is a price, not a company figure', () => {
  it('fees per item and order thresholds are no figure', () => {
    expect(read('Temu', 'La loi prévoit une pénalité de 4 euros par article vendu par Temu en France, portée à 8 euros en 2028.', 'fr')).not.toContainEqual(
      expect.stringMatching(/^temu:[a-z_]+:[48]:/u),
    );
    expect(read('Shein', 'Shein offered free shipping in Spain on orders above $35.').some((f) => f.includes(':35:'))).toBe(false);
  });
  it('a large sum written in full digits is still read', () => {
    expect(read('Shein', 'Regulators in Italy fined Shein €750,000 last year.')).toContain('shein:fine:750000:IT:actual');
  });
});

describe('round 6: bol described as Ahold Delhaize\'s platform', () => {
  it('"het platform van Ahold Delhaize" and "la plateforme d\'Ahold Delhaize" are bol; the group alone is not', () => {
    expect(read('Webwinkels', 'Het platform van Ahold Delhaize boekte in België een omzet van 1,2 miljard euro.', 'nl')).toContain(
      'bol:revenue:1200000000:BE:actual',
    );
    expect(read('Commerce', "La plateforme d'Ahold Delhaize a réalisé un chiffre d'affaires de 1,2 milliard d'euros en Belgique.", 'fr')).toContain(
      'bol:revenue:1200000000:BE:actual',
    );
    expect(read('Retail', 'Ahold Delhaize boekte in België een omzet van 9 miljard euro.', 'nl').some((f) => f.startsWith('bol:'))).toBe(false);
  });
});

describe('round 6: Dutch "dalen" is a fall', () => {
  it('"zag zijn omzet met 3 procent dalen" is growth of -3', () => {
    expect(read('Bol', 'Bol zag zijn omzet in België met 3 procent dalen.', 'nl')).toContain('bol:growth:-3:BE:actual');
    expect(read('Bol', 'Bol zag zijn omzet in België met 3 procent stijgen.', 'nl')).toContain('bol:growth:3:BE:actual');
  });
});

describe('round 6: an aside telling whose part a company is, and counted partners', () => {
  it('"Bol, sinds 2016 onderdeel van Ahold Delhaize, heeft..." gives the figure to bol', () => {
    expect(read('Bol', 'Bol, sinds 2016 onderdeel van Ahold Delhaize, heeft 12 miljoen klanten in België.', 'nl')).toContain(
      'bol:customers:12000000:BE:actual',
    );
    expect(read('Shein', 'Shein, owned by a Singapore holding, has 30 million users in Germany.')).toContain('shein:users:30000000:DE:actual');
  });
  it('working with a number of sellers is no partnership; working with a named firm still is', () => {
    expect(events(read('Bol', 'Bol werkt samen met ruim 40.000 verkooppartners in België.', 'nl'))).toEqual([]);
    expect(events(read('Bol', 'Bol werkt samen met PostNL in België.', 'nl'))).toEqual(['bol:partnership::BE']);
  });
});

describe('round 6: leaving an app is no market exit', () => {
  it('"sans quitter l\'application" and "without leaving the app" are no exit', () => {
    expect(events(read('TikTok', "En Espagne, les utilisateurs de TikTok peuvent payer sans quitter l'application.", 'fr'))).toEqual([]);
    expect(events(read('TikTok', 'In Spain, TikTok users can now pay without leaving the app.'))).toEqual([]);
  });
  it('leaving a country still is', () => {
    expect(events(read('Temu', 'Temu quitte le marché espagnol.', 'fr'))).toEqual(['temu:exit::ES']);
  });
});

describe('round 6: a company speaking in the first person plural of its aim', () => {
  it('"nous visons", "nous voulons" make a target', () => {
    expect(read('Temu', "« Nous visons 2 milliards d'euros de ventes en Italie », a dit le patron de Temu.", 'fr')).toContain(
      'temu:gmv:2000000000:IT:target',
    );
    expect(read('Temu', "« Nous avons réalisé 2 milliards d'euros de ventes en Italie », a dit le patron de Temu.", 'fr')).toContain(
      'temu:gmv:2000000000:IT:actual',
    );
  });
});
