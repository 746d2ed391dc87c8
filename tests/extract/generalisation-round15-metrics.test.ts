import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule in our own words; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe("round 15 (metrics): a whole trade's sales, told on a statistician's word, are no company's", () => {
  it('en/fr/nl', () => {
    expect(metrics(read('Temu', 'Temu keeps growing in Britain. According to the trade body, online sales made up 30% of all UK retail spending in June.'))).toEqual([]);
    expect(metrics(read('Shein', 'Shein progresse en France. Selon la fédération du secteur, les ventes en ligne ont atteint 160 milliards d’euros en France l’an dernier, en hausse de 8 %.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol', 'Bol groeit. Volgens de branchevereniging stegen de online bestedingen vorig jaar met 6 procent tot 36 miljard euro.', 'nl'))).toEqual([]);
  });
  it("the company's own sales stay its own", () => {
    expect(only('growth')(read('Amazon', 'Amazon grew in Britain. According to the company, its online sales rose 12% in May.'))).toEqual(['amazon:growth:12:null:actual']);
    expect(only('growth')(read('Bol', 'Bol groeit. Volgens het bedrijf stegen zijn online verkopen vorig jaar met 6 procent.', 'nl'))).toEqual(['bol:growth:6:null:actual']);
  });
});
