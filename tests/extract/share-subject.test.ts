import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.
const shares = (facts: string[]) => facts.filter((f) => f.includes(':market_share:'));

describe('a market share named as the clause subject reads its figure however far off', () => {
  it('in Dutch, English and French', () => {
    expect(shares(read('Amazon', 'Het marktaandeel van Amazon in België komt volgens het onderzoeksbureau Gfk uit op ongeveer 6 procent.', 'nl'))).toEqual(['amazon:market_share:6:BE:estimate']);
    expect(shares(read('Amazon', "Amazon's market share in the Dutch online market, as measured by the research group Kantar, stands at roughly 9 percent."))).toHaveLength(1);
    expect(shares(read('Amazon', "La part de marché d'Amazon dans l'Hexagone, mesurée par l'institut Kantar, tourne autour de 22 %.", 'fr'))).toHaveLength(1);
  });
  it('not across a figure that comes in between', () => {
    expect(shares(read('Bol', 'Het marktaandeel van bol bleef gelijk, terwijl de omzet met 1,2 miljard euro 8 procent hoger uitkwam.', 'nl'))).toEqual([]);
  });
});
