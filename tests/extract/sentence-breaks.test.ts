import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { obviousLanguage } from '../../src/extract/language.js';
import { sentenceBreaks } from '../../src/extract/sentence-breaks.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (text: string): number[] => Array.from(segmenter.segment(text), (s) => s.index + s.segment.length);

// Characters whose sentence-break class the hand-written splitter knows, weighted towards the
// ones the rules turn on: full stops, other terminators, quotes, spaces, small and capital letters.
const KNOWN = [...'aZ .!?"\'()[]{},-:;0123456789\t\n\r\u00A0«»°£×÷ªµºÀÖØÞßöøÿé–—‘’‚“”„\u2009…€\u202F#$%&*+/<=>@\\^_`|~'];
const FREQUENT = [...'aaaeetTT   ...!?\n'];
const known = fc.array(fc.constantFrom(...KNOWN, ...FREQUENT, ...FREQUENT), { maxLength: 60 }).map((a) => a.join(''));

describe('sentenceBreaks', () => {
  it('ends sentences where Intl.Segmenter does on trade-news text', () => {
    const texts = [
      'Shein opened a warehouse in Poland. It employs 1,200 people, e.g. pickers. The U.S. market is next.',
      'Le groupe a réalisé 3,5 milliards d’euros. « Nous visons l’Europe », a dit M. Dupont. Ensuite?  Oui!\n\nFin.',
      'Bol.com groeide 12% (vorig jaar: 9%). Dhr. Jansen zei: "We gaan door."\r\nDe omzet steeg… naar 3.2 mld.',
      'It said so.) then left. "Really?" he asked. Q3.Then more...and more.',
    ];
    for (const t of texts) expect(sentenceBreaks(t)).toEqual(icuEnds(t));
  });

  it('agrees with Intl.Segmenter on random text of the characters it knows', () => {
    fc.assert(
      fc.property(known, (t) => {
        expect(sentenceBreaks(t)).toEqual(icuEnds(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves text with a character it does not know to Intl.Segmenter', () => {
    expect(sentenceBreaks('Temu est arrivé\u0301. Puis')).toBeNull();
    expect(sentenceBreaks('京东 opened. Then')).toBeNull();
    expect(sentenceBreaks('soft\u00ADhyphen. Then')).toBeNull();
    expect(sentenceBreaks('')).toEqual([]);
  });
});

describe('obviousLanguage', () => {
  const FUNCTION_WORDS: Record<'en' | 'fr' | 'nl', RegExp> = {
    en: /(?<![\p{L}])(?:the|and|of|to|with|for|its|has|said|from|that|which|was|were)(?![\p{L}'’])/giu,
    fr: /(?<![\p{L}])(?:le|la|les|des|et|est|une|du|dans|pour|qui|sur|au|aux|avec|ses|selon)(?![\p{L}])/giu,
    nl: /(?<![\p{L}])(?:het|een|van|op|voor|met|dat|zijn|heeft|niet|ook|wordt|naar|bij|volgens)(?![\p{L}])/giu,
  };
  // The rule as regexes: 8 or more function words of one language, three times the next one's.
  const byRegex = (sample: string): string | null => {
    const text = sample.slice(0, 1000);
    const scores = (['en', 'fr', 'nl'] as const).map((l) => [l, text.match(FUNCTION_WORDS[l])?.length ?? 0] as const).sort((a, b) => b[1] - a[1]);
    return scores[0]![1] >= 8 && scores[0]![1] >= 3 * scores[1]![1] ? scores[0]![0] : null;
  };
  const WORDS = ['the', 'THE', 'That', "that's", 'that’s', 'ſelon', 'selon', 'Les', 'het', 'HEEFT', 'volgens', 'Volgensx', 'of', 'et', 'zijn', 'la', 'é', 'x', '𝐀'];
  const SEPARATORS = [' ', '', '.', "'", '’', '-', '1', '\n', 'é', 'K', '\u0301', '𝐀'];
  const words = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 }).map((a) => a.flat().join(''));

  it('counts function words as the whole-word, case-insensitive regexes do', () => {
    expect(obviousLanguage('The firm said that the plan for the market was ready, and that its rivals were not: the rest of it is with the board.')).toBe('en');
    expect(obviousLanguage("That's the the the the the the the the")).toBe('en');
    fc.assert(
      fc.property(words, (t) => {
        expect(obviousLanguage(t)).toBe(byRegex(t));
      }),
      { numRuns: 3000 },
    );
  });
});
