import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/numbers.js';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.

describe('a currency code glued to a figure is money', () => {
  it('"RMB95.7bn" is yuan, and the growth after it is still the company\'s', () => {
    const facts = read('Temu', 'Temu booked revenue of RMB82.4bn in the quarter, up 12% on the year before.');
    expect(facts).toContain('temu:revenue:82400000000:null:actual');
    expect(facts).toContain('temu:growth:12:null:actual');
  });
  it('in French and Dutch as well', () => {
    expect(read('Temu', "Temu a réalisé un chiffre d'affaires de RMB82,4 milliards.", 'fr')).toContain('temu:revenue:82400000000:null:actual');
    expect(read('Temu', 'Temu boekte een omzet van RMB82,4 miljard, 12 procent meer dan een jaar eerder.', 'nl')).toContain('temu:revenue:82400000000:null:actual');
  });
  it('other letters glued to digits are no figure', () => {
    expect(findQuantities('Its B2B arm and the COVID19 years', 'en')).toEqual([]);
  });
});
