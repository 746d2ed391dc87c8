import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 15b (metrics): fixture sentences written for each rule in our own words; none is taken
// from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);
const growth = only('growth');

describe('round 15b (metrics): a sentence opening on the figure before tells its change in its place', () => {
  it('en/fr/nl', () => {
    expect(growth(read('Temu', 'Temu counted 6 million monthly users in Spain in the first half. That is 15% more than a year earlier.'))).toEqual(['temu:growth:15:ES:actual']);
    expect(growth(read('Shein', 'Shein a compté 9 millions de clients en Allemagne au premier semestre. C’est 20 % de plus qu’un an plus tôt.', 'fr'))).toEqual(['shein:growth:20:DE:actual']);
    expect(growth(read('Temu', 'Temu had in het eerste halfjaar gemiddeld 4 miljoen gebruikers in België. Dat is 9 procent meer dan een jaar eerder.', 'nl'))).toEqual(['temu:growth:9:BE:actual']);
  });
  it('negatives: a change not pointing back keeps no place', () => {
    expect(growth(read('Temu', 'Temu counted 6 million monthly users in Spain in the first half. Revenue rose 15% over the period.'))).toEqual(['temu:growth:15:null:actual']);
    expect(growth(read('Bol', 'Bol had 4 miljoen klanten in België. De omzet steeg met 9 procent.', 'nl'))).toEqual(['bol:growth:9:null:actual']);
  });
});

describe("round 15b (metrics): a union's members are no customers of the company", () => {
  it('en/fr/nl', () => {
    expect(metrics(read('Amazon', 'Amazon will close its warehouses in Quebec. The national trade union, which organised the Laval site, claims 5,200 members in logistics.'))).toEqual([]);
    expect(metrics(read('Amazon', 'Amazon fermera ses entrepôts au Québec. Le syndicat, qui venait d’être accrédité à Laval, revendique 5 200 membres dans la logistique.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Bol sluit een magazijn in Waalwijk. De vakbond, die het personeel vertegenwoordigt, telt 5.200 leden in de logistiek.', 'nl'))).toEqual([]);
  });
  it('negatives: the company named before the figure keeps it; the European Union is no union', () => {
    expect(metrics(read('Amazon', 'The union said Amazon employs 1,500 people in Quebec.'))).toEqual(['amazon:employees:1500:CA:actual']);
    expect(only('users')(read('Temu', 'Across the European Union, 90 million people use Temu every month.'))).toEqual(['temu:users:90000000:EU:actual']);
  });
});

describe('round 15b (metrics): a place after a figure, with a hedged figure of its own, is not the first figure\'s', () => {
  const users = only('users');
  it('en/fr/nl', () => {
    expect(users(read('Temu', 'Temu has 7 million users in Spain and in Portugal about 2 million.'))[0]).toEqual('temu:users:7000000:ES:actual');
    expect(users(read('Temu', 'Temu compte en Espagne 7 millions d’utilisateurs et au Portugal environ 2 millions.', 'fr'))).toEqual(['temu:users:7000000:ES:actual', 'temu:users:2000000:PT:actual']);
    expect(users(read('Temu', 'Temu heeft in Nederland 5 miljoen gebruikers en in België ongeveer 2 miljoen.', 'nl'))).toEqual(['temu:users:5000000:NL:actual', 'temu:users:2000000:BE:actual']);
  });
  it('negatives: a place after the figure with no figure of its own stays the figure\'s', () => {
    expect(users(read('Temu', 'Temu now has 7 million users in Portugal.'))).toEqual(['temu:users:7000000:PT:actual']);
    expect(users(read('Bol', 'Bol heeft 5 miljoen gebruikers in België, ongeveer een derde van het land.', 'nl'))).toEqual(['bol:users:5000000:BE:actual']);
  });
});

describe('round 15b (metrics): "together" after two places joined earlier in the clause joins the places', () => {
  const customers = only('customers');
  it('en/fr/nl', () => {
    expect(customers(read('Temu', 'In France and Belgium the retailer together counts 6 million customers.'))).toEqual(['temu:customers:6000000:null:actual']);
    expect(customers(read('Temu', "En France et en Belgique, l'enseigne compte ensemble 6 millions de clients.", 'fr'))).toEqual(['temu:customers:6000000:null:actual']);
    expect(customers(read('Shein', 'In Duitsland en Oostenrijk heeft de webwinkel volgens eigen opgave samen ruim 6 miljoen klanten.', 'nl'))).toEqual(['shein:customers:6000000:null:actual']);
  });
  it('negatives: two companies, or a plural subject, between the places and the word', () => {
    expect(customers(read('Temu', 'In France and Belgium, Temu and Shein together count 6 million customers.'))).toEqual([]);
    expect(customers(read('Shein', 'In Duitsland en Oostenrijk hebben Shein en Temu samen ruim 6 miljoen klanten.', 'nl'))).toEqual([]);
  });
});
