import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.
const events = (facts: string[]) => facts.filter((f) => f.split(':').length === 4);

describe('round 7: where goods come from is not a market', () => {
  it('goods shipped from depots in a country come from there', () => {
    const facts = read('Amazon opens a budget shop', 'Amazon opened a budget shop for Canadian shoppers. Orders are sent from warehouses in China and take a week. Buyers get free shipping on baskets over $30.');
    expect(facts).toContain('amazon:promotion::CA');
    expect(facts.some((f) => f.endsWith(':CN'))).toBe(false);
  });
  it('a figure after a sentence about shipping from a country does not take that country', () => {
    const facts = read('Shein', 'Shein verstuurt zijn jurken vanuit China. Het bedrijf heeft 3.000 verkopers.', 'nl');
    expect(facts.some((f) => f.includes(':CN:'))).toBe(false);
  });
});

describe('round 7: the Benelux is the Netherlands and Belgium', () => {
  it('a figure for the Benelux reads as Dutch, an event in it is an event in both', () => {
    expect(read('Temu', 'Temu wil volgend jaar 4.000 Benelux-verkopers hebben.', 'nl')).toContain('temu:sellers:4000:NL:target');
    const launches = events(read('Temu', 'Temu lanceert zijn marktplaats in de Benelux.', 'nl'));
    expect(launches).toEqual(['temu:launch::NL', 'temu:launch::BE']);
  });
});
