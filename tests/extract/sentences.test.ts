import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('sentences', () => {
  it('en: does not split after "Mr."', () => {
    expect(splitSentences('Mr. Lee joined Temu. He left in May.', 'en')).toEqual(['Mr. Lee joined Temu.', 'He left in May.']);
  });
  it('fr: keeps "M. Martin" and "sept." inside the sentence', () => {
    expect(splitSentences('M. Martin a parlé le 3 sept. dernier. Puis il est parti.', 'fr')).toEqual([
      'M. Martin a parlé le 3 sept. dernier.',
      'Puis il est parti.',
    ]);
  });
  it('nl: keeps "Dhr." and "mld." inside the sentence', () => {
    expect(splitSentences('Dhr. Peeters meldt 2 mld. euro omzet. Dat is veel.', 'nl')).toEqual([
      'Dhr. Peeters meldt 2 mld. euro omzet.',
      'Dat is veel.',
    ]);
  });
  it('fr: a closing » goes with the quote it closes', () => {
    const out = splitSentences('« Nous visons la France. » Le groupe a confirmé.', 'fr');
    expect(out[0]?.endsWith('»')).toBe(true);
    expect(out.at(-1)).toBe('Le groupe a confirmé.');
  });
});

describe('sentences: a paragraph break ends a sentence', () => {
  it('even after an abbreviation like "bn."', () => {
    expect(splitSentences('Operating income was $21.2bn.\n\nThe arrival raises the stakes.', 'en')).toEqual([
      'Operating income was $21.2bn.',
      'The arrival raises the stakes.',
    ]);
  });
});
