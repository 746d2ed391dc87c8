import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.
const launches = (facts: string[]) => facts.filter((f) => f.includes(':launch:'));

describe('launching a campaign or a probe is no launch in a market', () => {
  it('in English, French and Dutch', () => {
    expect(launches(read('Temu', 'Temu launched a television advertising campaign in Spain.'))).toEqual([]);
    expect(launches(read('Temu', "Temu a lancé une vaste campagne publicitaire en Espagne.", 'fr'))).toEqual([]);
    expect(launches(read('Temu', 'Temu lanceerde een reclamecampagne in België.', 'nl'))).toEqual([]);
  });
  it('launching a shop still is', () => {
    expect(launches(read('Temu', 'Temu launched its marketplace in Spain.'))).toEqual(['temu:launch::ES']);
    expect(launches(read('Temu', 'Temu a lancé sa place de marché en Espagne.', 'fr'))).toEqual(['temu:launch::ES']);
  });
});
