import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const facts = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' }).facts.map(
    (f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}${f.unit ? `:${f.unit}` : ''}`,
  );

describe('extract: Ahold Delhaize’s web shop is bol', () => {
  it('nl: "de dochter van Ahold Delhaize" reports bol’s figures', () => {
    expect(facts('Jaarcijfers', 'De dochter van Ahold Delhaize boekte vorig jaar een omzet van 6,4 miljard euro.', 'nl')).toEqual([
      'bol:revenue:6400000000:EUR',
    ]);
  });
  it('fr: "la filiale d’Ahold Delhaize"', () => {
    expect(facts('Résultats', "La filiale d'Ahold Delhaize a réalisé un chiffre d'affaires de 6,4 milliards d'euros.", 'fr')).toEqual([
      'bol:revenue:6400000000:EUR',
    ]);
  });
  it('en: "the Ahold Delhaize subsidiary"; the group itself stays untracked', () => {
    expect(facts('Results', 'The Ahold Delhaize subsidiary reported net sales of 6.4 billion euros.')).toEqual(['bol:revenue:6400000000:EUR']);
    expect(facts('Results', 'Ahold Delhaize reported net sales of 89 billion euros.')).toEqual([]);
  });
});
