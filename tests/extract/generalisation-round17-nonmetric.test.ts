import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 17 (non-metric numbers): fixture sentences written for each rule; none is taken from an evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe('round 17: a sum in a currency not read as money counts nothing', () => {
  it('pesos / dirhams / zloty', () => {
    expect(metrics(read('TikTok Shop', 'TikTok Shop will pay delivery on baskets over 250 pesos and give sellers free ads.'))).toEqual([]);
    expect(metrics(read('Temu', 'Temu offre la livraison dès 300 dirhams aux acheteurs marocains.', 'fr'))).toEqual([]);
    expect(metrics(read('Temu', 'Temu bezorgt gratis vanaf 90 zloty aan klanten in Polen.', 'nl'))).toEqual([]);
  });
  it('negatives: a count of sellers or orders stays', () => {
    expect(metrics(read('TikTok Shop', 'TikTok Shop said 9,000 sellers had joined in Mexico.'))).toEqual(['tiktok-shop:sellers:9000:MX:actual']);
    expect(metrics(read('Amazon', 'Amazon a livré 90 000 colis en France le jour des soldes.', 'fr'))).toEqual(['amazon:orders:90000:FR:actual']);
  });
});

describe('round 17: the M of "one in M" is a proportion, not a count', () => {
  it('one in / 1 op de / un sur', () => {
    expect(metrics(read('Temu', 'Inspectors opened just one parcel in 3,000 sent by Temu last year.'))).toEqual([]);
    expect(metrics(read('Temu', 'De inspectie opende vorig jaar maar 1 op de 3.000 pakketten van Temu.', 'nl'))).toEqual([]);
    expect(metrics(read('Temu', "Les douaniers n'ont ouvert qu'un colis sur 3 000 envoyés par Temu.", 'fr'))).toEqual([]);
  });
  it('negative: a plain count of parcels stays', () => {
    expect(metrics(read('Temu', 'Temu shipped 3,000 parcels last week.'))).toEqual(['temu:orders:3000:null:actual']);
  });
});

describe('round 17: an age bound is no count of people', () => {
  it('older than / ouder dan / plus de 60 ans', () => {
    expect(metrics(read('Temu', 'Strikingly, a third of Temu shoppers are older than 60.'))).toEqual([]);
    expect(metrics(read('Temu', 'Opmerkelijk: een derde van de Temu-klanten is ouder dan 60.', 'nl'))).toEqual([]);
    expect(metrics(read('Temu', "Un tiers des clients de Temu sont âgés de plus de 60 ans.", 'fr'))).toEqual([]);
  });
  it('negative: a count of shoppers stays', () => {
    expect(metrics(read('Temu', 'Temu says it has 60 million shoppers in Europe.'))).toEqual(['temu:customers:60000000:EU:actual']);
  });
});

describe('round 17: the members of a group or of a named body are not customers or sellers', () => {
  it('association of / collectif de / vereniging van; a named body with members', () => {
    expect(metrics(read('Temu', 'Local shopkeepers, gathered in an association of 700 members, say Temu undercuts them.'))).toEqual([]);
    expect(metrics(read('Temu', 'Un collectif de 2 000 commerçants accuse Temu de concurrence déloyale.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Consumentenclub Vooruit, die zelf 150.000 leden telt, roept klanten van bol op tot actie.', 'nl'))).toEqual([]);
  });
  it('negatives: the company\'s own members and sellers stay', () => {
    expect(metrics(read('Amazon', 'Amazon said it now has 30 million Prime members in Germany.'))).toEqual(['amazon:customers:30000000:DE:actual']);
    expect(metrics(read('Bol', 'Bol telt inmiddels 60.000 verkooppartners.', 'nl'))).toEqual(['bol:sellers:60000:null:actual']);
  });
});

describe('round 17: a survey verb after the people asked marks the sample', () => {
  it('it polled / interrogés / ondervroeg', () => {
    expect(metrics(read('Amazon', 'Of the 2,500 Prime members it polled, a third shopped less on Amazon this year.'))).toEqual([]);
    expect(metrics(read('Temu', "L'étude, menée sur 2 500 acheteurs interrogés en mai, place Temu en tête.", 'fr'))).toEqual([]);
    expect(metrics(read('Temu', 'Het onderzoek, waarvoor het bureau 2.500 consumenten ondervroeg, zet Temu bovenaan.', 'nl'))).toEqual([]);
  });
  it('negative: customers the company counts stay', () => {
    expect(metrics(read('Temu', 'Temu says it has 2.5 million shoppers in Belgium.'))).toEqual(['temu:customers:2500000:BE:actual']);
  });
});

describe('round 17: what a site, a carrier or customs handles, and a pace, are no orders', () => {
  it('the hub / les transporteurs / het sorteercentrum; per second; up to a day', () => {
    expect(metrics(read('Amazon', 'The new hub near Leeds can sort 800,000 parcels a day for Amazon.'))).toEqual([]);
    expect(metrics(read('Amazon', "Les transporteurs attendent 6 millions de colis d'Amazon lundi.", 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Het sorteercentrum van bol verwerkt straks 900.000 pakketten per dag.', 'nl'))).toEqual([]);
    expect(metrics(read('Shein', 'At the peak, Shein took 15 orders a second.'))).toEqual([]);
  });
  it('negative: the company handling orders a day stays', () => {
    expect(metrics(read('Temu', 'Temu now handles about 5 million orders a day.'))).toEqual(['temu:orders:5000000:null:actual']);
  });
});

describe('round 17: goods added to the range are the range', () => {
  it('adds to its catalogue / ajoute à son catalogue / voegt toe aan het assortiment', () => {
    expect(metrics(read('Shein', 'Shein adds some 7,000 new items to its catalogue every day.'))).toEqual([]);
    expect(metrics(read('Shein', 'Shein ajoute chaque jour 7 000 nouveaux articles à son catalogue.', 'fr'))).toEqual([]);
    expect(metrics(read('Shein', 'Shein voegt elke dag 7.000 nieuwe artikelen toe aan het assortiment.', 'nl'))).toEqual([]);
  });
  it('negative: items sold stay orders', () => {
    expect(metrics(read('Shein', 'Shein sold 7 million items in France last month.'))).toEqual(['shein:orders:7000000:FR:actual']);
  });
});

describe('round 17: the staff of a firm told with "a" are that firm\'s', () => {
  it('a brand with / une PME de / een webshop met', () => {
    expect(metrics(read('TikTok Shop', '"The fees keep rising," said the owner of a Leeds candle brand with 12 staff that sells on TikTok Shop.'))).toEqual([]);
    expect(metrics(read('TikTok Shop', 'La gérante d\'une PME nantaise de 12 salariés vend sur TikTok Shop depuis un an.', 'fr'))).toEqual([]);
    expect(metrics(read('TikTok Shop', 'De eigenaar van een webshop met 12 medewerkers verkoopt via TikTok Shop.', 'nl'))).toEqual([]);
  });
  it('negatives: the company\'s own staff stay', () => {
    expect(metrics(read('Amazon', 'Amazon employs 3,000 people in Poland.'))).toEqual(['amazon:employees:3000:PL:actual']);
    expect(metrics(read('Bol', 'Bol heeft een team met 300 medewerkers in Gent.', 'nl'))).toEqual(['bol:employees:300:BE:actual']);
  });
});

describe('round 17: a rate moving or a commission is no growth; complaints doubling is no growth', () => {
  it('freight rates / a commission of / signalements deux fois plus', () => {
    expect(metrics(read('Shein', 'Forwarders say the Shein rush lifted air freight rates by 30% this year.'))).toEqual([]);
    expect(metrics(read('TikTok Shop', 'TikTok Shop will charge new sellers a reduced commission of 2%, rising later.'))).toEqual([]);
    expect(metrics(read('Temu', 'Le régulateur a reçu 900 signalements visant Temu en 2024, soit trois fois plus qu\'en 2023.', 'fr'))).toEqual([]);
  });
  it('negatives: sales growth stays', () => {
    expect(metrics(read('Shein', 'Shein said its sales rose 30% this year.'))).toEqual(['shein:growth:30:null:actual']);
    expect(metrics(read('Temu', 'Temu a reçu 900 000 commandes en 2024, soit trois fois plus qu\'en 2023.', 'fr'))).toEqual(['temu:orders:900000:null:actual', 'temu:growth:3:null:actual']);
  });
});

describe('round 17: money spent buying back shares is no figure of the business', () => {
  it('buy back / rachat d\'actions / eigen aandelen', () => {
    expect(metrics(read('Bol', 'Owner Ahold Delhaize confirmed plans to buy back €1.5 billion of its own shares.'))).toEqual([]);
    expect(metrics(read('Amazon', "Amazon a annoncé un rachat d'actions de 10 milliards de dollars.", 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Moederbedrijf Ahold Delhaize koopt voor 1,5 miljard euro eigen aandelen in.', 'nl'))).toEqual([]);
  });
  it('negative: revenue in the same sentence stays', () => {
    expect(metrics(read('Amazon', 'Amazon reported revenue of $150 billion and will buy back $10 billion of its shares.'))).toEqual(['amazon:revenue:150000000000:null:actual']);
  });
});
