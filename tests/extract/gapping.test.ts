import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.

describe('a second company told with the verb left out counts what the first figure counted', () => {
  it('English', () => {
    const facts = read('Parcels', 'Temu sent about 900 million parcels into Britain last year, Shein roughly 400 million.');
    expect(facts).toContain('temu:orders:900000000:GB:actual');
    expect(facts).toContain('shein:orders:400000000:GB:actual');
  });
  it('French', () => {
    const facts = read('Colis', 'Temu a envoyé 900 millions de colis en France, Shein environ 400 millions.', 'fr');
    expect(facts).toContain('shein:orders:400000000:FR:actual');
  });
  it('Dutch, with the market from the first clause', () => {
    const facts = read('Marktaandeel', 'Het marktaandeel van Temu in België ligt volgens onderzoeksbureau Gfk rond de 4 procent; Shein komt uit op zo’n 3 procent.', 'nl');
    expect(facts).toContain('temu:market_share:4:BE:estimate');
    expect(facts).toContain('shein:market_share:3:BE:estimate');
  });
  it('a second company with a noun of its own keeps its own reading', () => {
    const facts = read('Apps', 'Temu has 50 million users in Europe, Shein 20 million customers.');
    expect(facts).toContain('shein:customers:20000000:EU:actual');
  });
});
