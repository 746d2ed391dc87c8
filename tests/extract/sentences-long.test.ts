import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.js';

describe('sentences: long texts', () => {
  // Texts past a few thousand characters are segmented a window at a time; the windows must
  // not cut, merge or drop a sentence anywhere in the text.
  const paragraphs = {
    en: 'Mr. Lee said Temu had 75 million users in the U.S. last year. Sales rose 3.5% in Q3! Was it enough? "Yes," he said. ',
    fr: '« Nous visons la France. » M. Martin a parlé le 3 sept. dernier. Shein a réalisé 1,5 Md€ de ventes. Puis il est parti. ',
    nl: 'Dhr. Peeters meldt 2 mld. euro omzet. Dat is veel!\nBol.com groeit met 6 procent. Waarom? Niemand weet het. ',
  } as const;
  for (const language of ['en', 'fr', 'nl'] as const) {
    it(`${language}: 400 copies of a paragraph split into 400 copies of its sentences`, () => {
      const one = splitSentences(paragraphs[language], language);
      const text = paragraphs[language].repeat(400);
      expect(text.length).toBeGreaterThan(40_000);
      const many = splitSentences(text, language);
      expect(many).toHaveLength(one.length * 400);
      for (let i = 0; i < many.length; i++) expect(many[i]).toBe(one[i % one.length]);
    });
  }
});
