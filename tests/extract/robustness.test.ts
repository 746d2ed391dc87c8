import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

// Pieces that exercise every regex: digits, separators, scale words, cue words, names, quotes.
const PIECES = [
  '1', '0', '9', '.', ',', ' ', '\u00A0', '\u202F', '%', '$', '€', '£', 'US$', '-', '–', '(', ')', '«', '»', '"', "'", '’', ';', ':', '!', '?',
  'million', 'milliards', 'miljard', 'mld.', 'bn', 'Md€', 'biljoen', 'procent', 'pour cent', 'per cent', 'triplé', 'doubled',
  'Temu', 'Shein', 'TikTok Shop', 'bol', 'Bol.com', 'Amazon', 'Zalando', 'ByteDance', 'in France', 'aux Etats-Unis', 'in België',
  'revenue', 'omzet', "chiffre d'affaires", 'users', 'klanten', 'launched', 'lance', 'verbod', 'last year', 'vorig jaar', 'Q3', 'M.', 'Dhr.',
  'naar schatting', 'vise', 'aims', '\n', 'x', 'up to', 'stake',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 400 }).map((a) => a.join(''));

describe('extractFacts: robustness', () => {
  it('never throws and always returns a language and a facts array on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.string({ maxLength: 200 }), fc.constantFrom(undefined, 'en', 'fr', 'nl', 'de', ''), (text, title, language) => {
        const r = extractFacts({ title, text, language, published: '2024-01-01' });
        expect(['en', 'fr', 'nl']).toContain(r.language);
        expect(Array.isArray(r.facts)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('never throws on a soup of numbers, separators, names and cue words', () => {
    fc.assert(
      fc.property(soup, soup, fc.constantFrom('en', 'fr', 'nl'), (text, title, language) => {
        const r = extractFacts({ title, text, language, published: '2023-06-30' });
        for (const f of r.facts) {
          if (f.type === 'metric') expect(Number.isFinite(f.value)).toBe(true);
          expect(f.quote.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('returns on adversarial input: 100k characters, long digit runs, nested punctuation', () => {
    const inputs = [
      '9'.repeat(100_000),
      `${'1.'.repeat(30_000)}5 miljard euro`,
      `${'1 '.repeat(40_000)}million`,
      '((((('.repeat(20_000),
      `Temu ${'«»'.repeat(30_000)} 5 millions`,
      `${'Temu has 5 million users in France. '.repeat(3_000)}`,
      'a'.repeat(100_000),
    ];
    for (const text of inputs) {
      for (const language of ['en', 'fr', 'nl'] as const) {
        const r = extractFacts({ title: 'Adversarial', text, language });
        expect(Array.isArray(r.facts)).toBe(true);
      }
    }
  });
  it('survives inputs that are not what the type says', () => {
    const bad = [null, undefined, 42, { title: 5, text: ['x'] }] as unknown as Parameters<typeof extractFacts>[0][];
    for (const article of bad) expect(extractFacts(article).facts).toEqual([]);
  });
});
