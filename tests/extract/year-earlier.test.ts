import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.
const periods = (text: string, language: string) =>
  extractFacts({ title: 'Results', text, language, published: '2024-06-01' }).facts.map((f) => `${f.metric}:${f.value}:${f.period}`);

describe('a figure compared with the year before belongs to the year before', () => {
  it('English: "up from N a year earlier" takes the main period minus one year', () => {
    expect(periods('Amazon counted 90 million Prime members in the third quarter, up from 75 million a year earlier.', 'en')).toEqual([
      'customers:90000000:2023-Q3',
      'customers:75000000:2022-Q3',
    ]);
    expect(periods('Shein made $30 billion of revenue in 2023, compared with $23 billion a year before.', 'en')).toEqual([
      'revenue:30000000000:2023',
      'revenue:23000000000:2022',
    ]);
  });
  it('French: "contre N un an plus tôt" keeps the figure and gives it the year before', () => {
    expect(periods('Temu compte 15 000 vendeurs en 2023, contre 12 000 un an plus tôt.', 'fr')).toEqual(['sellers:15000:2023', 'sellers:12000:2022']);
    expect(periods("Au deuxième trimestre, le chiffre d'affaires de Shein a atteint 9 milliards d'euros, contre 7 milliards un an plus tôt.", 'fr')).toEqual([
      'revenue:9000000000:2023-Q2',
      'revenue:7000000000:2022-Q2',
    ]);
  });
  it('Dutch: "tegen N een jaar eerder" keeps the figure and gives it the year before', () => {
    expect(periods('Bol telde in 2023 ruim 15.000 verkopers, tegen 12.000 een jaar eerder.', 'nl')).toEqual(['sellers:15000:2023', 'sellers:12000:2022']);
  });
  it('with no period for the main figure, the earlier one has none either', () => {
    expect(periods('Amazon now has 90 million Prime members, up from 75 million a year earlier.', 'en')).toEqual([
      'customers:90000000:null',
      'customers:75000000:null',
    ]);
  });
  it('a growth rate "from a year earlier" is the current period\'s', () => {
    expect(periods('Bol reported revenue of €1.5 billion in 2023, up 8% from a year earlier.', 'en')).toContain('growth:8:2023');
  });
});
