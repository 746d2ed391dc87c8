import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';
import { averageMember } from '../../src/extract/averages.js';
import { pointsAtCompany } from '../../src/extract/points-at-company.js';

// Round 17 (twins): rules that earlier rounds wrote twice, each once now. Fixture sentences are
// written for the merged rule; none is taken from an evaluation set.

describe('round 17: one list of words pointing back at the company', () => {
  it('possessives, pronouns and class nouns of every former list, per language', () => {
    for (const s of ['Their margin grew.', 'It has opened a depot.', 'This platform grew.', 'the Chinese e-tailer’s sales', 'That sum rose.']) expect(pointsAtCompany(s, 'en')).toBe(true);
    for (const s of ['Leurs ventes ont grimpé.', 'cette enseigne', 'le distributeur', 'Celle-ci a grandi.', 'Ce montant a doublé.']) expect(pointsAtCompany(s, 'fr')).toBe(true);
    for (const s of ['Hun omzet steeg.', 'dit bedrijf', 'de Chinese marktplaats', 'Volgens X zou die groeien.', 'Dat bedrag steeg.']) expect(pointsAtCompany(s, 'nl')).toBe(true);
  });
  it('negatives: the market, people and authorities point at no company', () => {
    expect(pointsAtCompany('Shoppers in Spain spent more online.', 'en')).toBe(false);
    expect(pointsAtCompany('Les consommateurs espagnols ont dépensé davantage.', 'fr')).toBe(false);
    expect(pointsAtCompany('Spaanse consumenten gaven meer uit.', 'nl')).toBe(false);
  });
});

describe('round 17: an outside estimate pointed at the company by any word of the list stays its figure', () => {
  it('their / this platform, le distributeur, dit bedrijf', () => {
    expect(read('Temu', 'Analysts at Bernstein estimate their sales in Europe at $5 billion.')).toEqual(['temu:gmv:5000000000:EU:estimate']);
    expect(read('Temu', "Analysts at Bernstein estimate this platform's sales in Europe at $5 billion.")).toEqual(['temu:gmv:5000000000:EU:estimate']);
    expect(read('Temu', "Selon les analystes, le distributeur a réalisé 5 milliards d'euros de ventes en Europe.", 'fr')).toEqual(['temu:gmv:5000000000:EU:estimate']);
    expect(read('Temu', 'Volgens analisten bedroeg de omzet van dit bedrijf in Europa 5 miljard euro.', 'nl')).toEqual(['temu:revenue:5000000000:EU:estimate']);
  });
  it('negatives: the sector on an outside word stays dropped', () => {
    expect(read('Temu', 'Analysts at Bernstein estimate that cross-border platforms took $5 billion in Europe.')).toEqual([]);
    expect(read('Temu', "Selon les analystes, les plateformes étrangères ont réalisé 5 milliards d'euros de ventes en Europe.", 'fr')).toEqual([]);
    expect(read('Temu', 'Volgens analisten haalden buitenlandse platforms in Europa 5 miljard euro omzet.', 'nl')).toEqual([]);
  });
});

describe('round 17: a rule told without a name but with a possessive is the company’s', () => {
  it('its / ses / hun', () => {
    expect(read('Temu grows in Europe', 'Temu opened a new office in Dublin last week. Separately, Spain banned its free shipping offers in March.')).toEqual(['temu:expansion::IE', 'temu:regulation::ES']);
    expect(read('Temu grandit en Europe', "Temu a ouvert un bureau à Dublin. Par ailleurs, l'Espagne a interdit ses offres de livraison gratuite en mars.", 'fr')).toEqual(['temu:expansion::IE', 'temu:regulation::ES']);
    expect(read('Temu groeit in Europa', 'Temu opende een kantoor in Dublin. Spanje verbood in maart hun kortingsacties.', 'nl')).toEqual(['temu:expansion::IE', 'temu:regulation::ES']);
  });
  it('negatives: a rule on everyone in another market stays a stray', () => {
    expect(read('Temu grows in Europe', 'Temu opened a new office in Dublin last week. Separately, Spain banned free shipping offers in March.')).toEqual(['temu:expansion::IE']);
    expect(read('Temu grandit en Europe', "Temu a ouvert un bureau à Dublin. Par ailleurs, l'Espagne a interdit les offres de livraison gratuite en mars.", 'fr')).toEqual(['temu:expansion::IE']);
    expect(read('Temu groeit in Europa', 'Temu opende een kantoor in Dublin. Spanje verbood in maart alle kortingsacties.', 'nl')).toEqual(['temu:expansion::IE']);
  });
});

describe('round 17: a research firm named before a figure pointed at the company is its source', () => {
  it('the company, l’enseigne, de webwinkel', () => {
    expect(read('Shein in Europe', "Shein keeps growing. Research group Kantar puts the company's European revenue at €2 billion.")).toEqual(['shein:revenue:2000000000:EU:actual']);
    expect(read('Shein en Europe', "Shein continue de croître. Pour la société Kantar, l'enseigne a réalisé 2 milliards d'euros de ventes en Europe.", 'fr')).toEqual(['shein:revenue:2000000000:EU:actual']);
    expect(read('Shein in Europa', 'Shein blijft groeien. Onderzoeksbedrijf Kantar schat de Europese omzet van de webwinkel op 2 miljard euro.', 'nl')).toEqual(['shein:revenue:2000000000:EU:estimate']);
  });
  it('negatives: the named firm’s own figure is not the company’s', () => {
    expect(read('Shein in Europe', 'Shein keeps growing. Battery maker CATL booked €2 billion in revenue in Europe.')).toEqual([]);
    expect(read('Shein en Europe', "Shein continue de croître. La société Kantar a réalisé 2 milliards d'euros de chiffre d'affaires en Europe.", 'fr')).toEqual([]);
    expect(read('Shein in Europa', 'Shein blijft groeien. Onderzoeksbedrijf Kantar haalde in Europa 2 miljard euro omzet.', 'nl')).toEqual([]);
  });
});

describe('round 17: one list of "not confirmed" for the denied event and the warning sign', () => {
  it('a figure told as hearsay that the company declines / refused / weigerde to confirm is dropped', () => {
    expect(read('Temu', 'Temu reportedly made $2 billion in sales in Poland, which the company declines to confirm.')).toEqual([]);
    expect(read('Shein', "Shein aurait réalisé 2 milliards d'euros de ventes en Pologne, ce que le groupe a refusé de confirmer.", 'fr')).toEqual([]);
    expect(read('Bol', 'Bol zou in België 2 miljard euro omzet hebben gehaald; het bedrijf weigerde dat te bevestigen.', 'nl')).toEqual([]);
  });
  it('an event the company has not confirmed is no event', () => {
    expect(read('Temu', 'Temu opened a warehouse in Poland, a move the company has not confirmed.')).toEqual([]);
    expect(read('Temu', 'Temu a ouvert un entrepôt en Pologne, sans le confirmer officiellement.', 'fr')).toEqual([]);
    expect(read('Temu', 'Temu opende een magazijn in Polen, maar het bedrijf bevestigt dat niet.', 'nl')).toEqual([]);
  });
  it('negatives: what the company confirms or tells stays', () => {
    expect(read('Temu', 'Temu reportedly made $2 billion in sales in Poland, the company said.')).toEqual(['temu:gmv:2000000000:PL:estimate']);
    expect(read('Shein', "Shein aurait réalisé 2 milliards d'euros de ventes en Pologne, selon le groupe.", 'fr')).toEqual(['shein:revenue:2000000000:PL:estimate']);
    expect(read('Bol', 'Bol zou in België 2 miljard euro omzet hebben gehaald, aldus het bedrijf.', 'nl')).toEqual(['bol:revenue:2000000000:BE:estimate']);
    expect(read('Temu', 'Temu opened a warehouse in Poland, the company confirmed.')).toEqual(['temu:expansion::PL']);
    expect(read('Temu', "Temu a ouvert un entrepôt en Pologne, a confirmé l'entreprise.", 'fr')).toEqual(['temu:expansion::PL']);
    expect(read('Temu', 'Temu opende een magazijn in Polen, bevestigt het bedrijf.', 'nl')).toEqual(['temu:expansion::PL']);
  });
});

describe('round 17: one list of the average firm for the figure and for the clause subject', () => {
  it('the words of both former lists', () => {
    for (const s of ['an average fashion chain', 'the average online shop', 'le distributeur moyen', 'la boutique moyenne', 'le détaillant français moyen', 'de gemiddelde modeketen', 'een gemiddelde webwinkel', 'het gemiddelde merk'])
      expect(averageMember(s)).toBe(true);
    for (const s of ['on average 11 orders', 'le Moyen-Orient', 'gemiddeld 7 bestellingen', 'the chain grew']) expect(averageMember(s)).toBe(false);
  });
  it('an average chain’s figure is no company’s; the company’s own stays', () => {
    expect(read('Shein', 'Shein grew. An average fashion chain had revenue of €2 million in Germany last year.')).toEqual([]);
    expect(read('Shein', "Shein a grandi. La marque moyenne a réalisé un chiffre d'affaires de 2 millions d'euros en Allemagne.", 'fr')).toEqual([]);
    expect(read('Bol', 'Bol groeide. Een gemiddelde modeketen haalde in Duitsland een omzet van 2 miljoen euro.', 'nl')).toEqual([]);
    expect(read('Shein', 'Shein grew. Shein had revenue of €2 billion in Germany last year.')).toEqual(['shein:revenue:2000000000:DE:actual']);
    expect(read('Shein', "Shein a grandi. Shein a réalisé un chiffre d'affaires de 2 milliards d'euros en Allemagne.", 'fr')).toEqual(['shein:revenue:2000000000:DE:actual']);
    expect(read('Bol', 'Bol groeide. Bol haalde in Duitsland een omzet van 2 miljard euro.', 'nl')).toEqual(['bol:revenue:2000000000:DE:actual']);
  });
});
