import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for these rules; none is taken from an evaluation set.

describe('Dutch writes a counted noun into one word', () => {
  it('"partnerverkopers" are sellers', () => {
    expect(read('Bol', 'Bol werkt inmiddels met 52.000 partnerverkopers.', 'nl')).toContain('bol:sellers:52000:null:actual');
  });
  it('"het klantenaantal" and "het gebruikersaantal" count customers and users', () => {
    expect(read('Bol', 'Het klantenaantal van bol groeide in een jaar tot 14 miljoen.', 'nl')).toContain('bol:customers:14000000:null:actual');
    expect(read('Temu', 'Het gebruikersaantal van Temu in België kwam uit op 3 miljoen.', 'nl')).toContain('temu:users:3000000:BE:actual');
  });
  it('as the other languages say it in several words', () => {
    expect(read('Bol', 'The number of customers at Bol grew to 14 million.')).toContain('bol:customers:14000000:null:actual');
    expect(read('Shein', 'Le nombre de clients de Shein a atteint 14 millions.', 'fr')).toContain('shein:customers:14000000:null:actual');
  });
});

describe('a Dutch verb with its particle before the figure tells the direction', () => {
  it('"nam af met" and "liep terug met" are a decline, "nam toe met" a rise', () => {
    expect(read('Bol', 'De omzet van bol nam af met 3 procent.', 'nl')).toContain('bol:growth:-3:null:actual');
    expect(read('Bol', 'De omzet van bol nam vorig jaar af met 3 procent.', 'nl')).toContain('bol:growth:-3:null:actual');
    expect(read('Bol', 'De omzet van bol liep terug met 2 procent.', 'nl')).toContain('bol:growth:-2:null:actual');
    expect(read('Bol', 'De omzet van bol neemt toe met 5 procent.', 'nl')).toContain('bol:growth:5:null:actual');
  });
  it('as English and French say a decline', () => {
    expect(read('Bol', 'Revenue at Bol decreased by 3 percent.')).toContain('bol:growth:-3:null:actual');
    expect(read('Shein', "Le chiffre d'affaires de Shein a diminué de 3 %.", 'fr')).toContain('shein:growth:-3:null:actual');
  });
});
