import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for these rules; none is taken from an evaluation set.

describe('a figure told over many countries at once is worldwide', () => {
  it('"across 80 markets", "dans plus de 100 pays", "in ruim 40 landen"', () => {
    expect(read('Temu', 'Temu now reaches 300 million shoppers across 80 markets.')).toContain('temu:customers:300000000:GLOBAL:actual');
    expect(read('Shein', 'Shein revendique 120 millions de clients dans plus de 100 pays.', 'fr')).toContain('shein:customers:120000000:GLOBAL:actual');
    expect(read('Temu', 'Temu heeft 300 miljoen gebruikers in ruim 40 landen.', 'nl')).toContain('temu:users:300000000:GLOBAL:actual');
  });
  it('a handful of countries is a list of places, not the world', () => {
    expect(read('Shein', 'Shein has 2 million customers in 4 countries.')).toContain('shein:customers:2000000:null:actual');
  });
});
