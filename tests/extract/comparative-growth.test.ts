import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.

describe('a comparative right after a percentage is the change', () => {
  it('"N% more than" is a rise, "N% less than" a fall', () => {
    expect(read('Shein', 'Shein took in $2.1bn in the spring, 9% more than a year before.')).toContain('shein:growth:9:null:actual');
    expect(read('Shein', 'Shein sold 4% less than in the same months of 2022.')).toContain('shein:growth:-4:null:actual');
  });
  it('"N % de plus que" is a rise, "N % de moins que" a fall', () => {
    expect(read('Shein', "Shein a encaissé 2,1 milliards d'euros, 9 % de plus qu'un an auparavant.", 'fr')).toContain('shein:growth:9:null:actual');
    expect(read('Shein', "Les ventes de Shein ont été 4 % de moins qu'en 2022.", 'fr')).toContain('shein:growth:-4:null:actual');
  });
  it('"N procent meer dan" is a rise, "N procent minder dan" a fall', () => {
    expect(read('Bol', 'Bol zette 2,1 miljard euro om, 9 procent meer dan een jaar eerder.', 'nl')).toContain('bol:growth:9:null:actual');
    expect(read('Bol', 'Bol verkocht 4 procent minder dan in 2022.', 'nl')).toContain('bol:growth:-4:null:actual');
  });
  it('"less than N percent" before the figure is a bound, not a change', () => {
    expect(read('Bol', 'Bol haalt minder dan 3 procent van zijn omzet uit België.', 'nl').some((f) => f.includes(':growth:'))).toBe(false);
  });
});
