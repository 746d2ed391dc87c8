import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.

describe('"the Union" said short is the European Union', () => {
  it('French "dans l\'Union" and Dutch "in de Unie"', () => {
    expect(read('Temu', "Temu compte 80 millions d'utilisateurs mensuels dans l'Union.", 'fr')).toContain('temu:users:80000000:EU:actual');
    expect(read('Temu', 'Temu heeft 80 miljoen maandelijkse gebruikers in de Unie.', 'nl')).toContain('temu:users:80000000:EU:actual');
  });
  it('English says "the EU" or "the bloc"', () => {
    expect(read('Temu', 'Temu has 80 million monthly users in the bloc.')).toContain('temu:users:80000000:EU:actual');
  });
});
