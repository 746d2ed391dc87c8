import { describe, expect, it } from 'vitest';
import type { CandidateFact } from '../../src/domain/vocabulary.js';
import { cueGate, topAlternatives } from '../../src/extract/cue-gate.js';
import { EVENT_CUES } from '../../src/extract/event-cues.js';
import { FactKeys, FactSet } from '../../src/extract/fact-keys.js';
import { lowerCase } from '../../src/extract/lower-case.js';
import { mayEndOn, mayHoldNearEnd } from '../../src/extract/tail-words.js';

/** Every position where `re` (global) starts a match, trying each position in turn. */
function starts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m.index);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const SENTENCES: Record<'en' | 'fr' | 'nl', string[]> = {
  en: [
    'Temu launched in Japan and expanded to Korea, then paused its rollout in Vietnam.',
    'Regulators fined Shein over fake discounts during Black Friday; the probe continues.',
    'Amazon will cut 9,000 jobs and is bringing Haul, its low-price storefront, to the UK.',
    'LAUNCHES, Launched and launching are all cues; so is a deal with bpost.',
    'Nothing here but prices and people.',
  ],
  fr: [
    "Shein a ouvert un entrepôt en Pologne et s'est lancé en Espagne, avant de quitter la Russie.",
    "L'enquête de la DGCCRF vise Temu ; 1 200 postes sont menacés.",
    'Amazon apporte son service de livraison en Belgique.',
  ],
  nl: [
    'Bol lanceerde zijn webwinkel in België en breidt zijn aanbod uit.',
    'De ACM onderzoekt een heffing op pakketjes; Temu schrapt zo’n 500 banen.',
    'TikTok brengt zijn winkel naar Spanje.',
  ],
};

describe('cueGate', () => {
  it('splits a fragment at its top level only', () => {
    expect(topAlternatives('a(?:b|c)|d[|]|e\\|f')).toEqual(['a(?:b|c)', 'd[|]', 'e\\|f']);
  });
  it('matches where the cue regex matches, in each language', () => {
    for (const language of ['en', 'fr', 'nl'] as const) {
      const { re, gate } = EVENT_CUES[language];
      for (const s of SENTENCES[language]) expect(starts(gate, s), s).toEqual(starts(re, s));
    }
  });
  it('groups by first letter without changing what matches', () => {
    const gate = cueGate(['launch(?:es|ed)?', 'Law', 'l?ate', '(?:went|goes) dark'], 'giu');
    expect(gate.source).toContain('l(?:aunch(?:es|ed)?|aw)');
    expect(starts(gate, 'It LAUNCHED, the law went dark; ate late.')).toEqual([3, 17, 21, 32, 36]);
  });
});

describe('cueReader', () => {
  it('reads the match and event of the cue regex where the gate finds a cue, in each language', () => {
    for (const language of ['en', 'fr', 'nl'] as const) {
      const { re, gate, read } = EVENT_CUES[language];
      for (const s of SENTENCES[language])
        for (const at of starts(gate, s)) {
          re.lastIndex = at;
          const expected = re.exec(s);
          const got = read(s, at);
          expect(got?.[0], s).toBe(expected?.[0]);
          expect(got?.index, s).toBe(expected?.index);
          expect(Object.entries(got?.groups ?? {}).filter(([, v]) => v !== undefined), s).toEqual(Object.entries(expected?.groups ?? {}).filter(([, v]) => v !== undefined));
        }
    }
  });
});

const fact = (over: Partial<CandidateFact>): CandidateFact => ({
  competitor: 'temu',
  type: 'metric',
  metric: 'revenue',
  value: 3.5,
  unit: 'EUR',
  market: 'FR',
  status: 'actual',
  period: null,
  quote: '',
  language: 'en',
  ...over,
});

describe('FactKeys', () => {
  it('tells facts apart as their joined keys would', () => {
    const seen = new FactSet(true);
    seen.add(fact({}));
    expect(seen.has(fact({ period: '2024', status: 'estimate' }))).toBe(true);
    expect(seen.has(fact({ value: 3.6 }))).toBe(false);
    expect(seen.has(fact({ market: 'NL' }))).toBe(false);
    expect(seen.has(fact({ unit: 'USD' }))).toBe(false);
    expect(seen.has(fact({ competitor: 'shein' }))).toBe(false);
    expect(new FactSet(false).has(fact({}))).toBe(false);
  });
  it('compares values as their text does: 0 and -0 are one, NaN is NaN, no value is ""', () => {
    const seen = new FactSet(false);
    seen.add(fact({ value: 0, market: 'FR' }));
    seen.add(fact({ value: Number.NaN }));
    seen.add(fact({ type: 'event', metric: undefined, event: 'launch', value: undefined, unit: undefined }));
    expect(seen.has(fact({ value: -0, market: null }))).toBe(true);
    expect(seen.has(fact({ value: Number.NaN }))).toBe(true);
    expect(seen.has(fact({ type: 'event', metric: undefined, event: 'launch', value: undefined, unit: undefined, market: 'GB' }))).toBe(true);
    expect(seen.has(fact({ type: 'event', metric: undefined, event: 'exit', value: undefined, unit: undefined }))).toBe(false);
  });
  it('keeps, replaces and deletes data by key', () => {
    const keys = new FactKeys<number>(false);
    keys.set(fact({}), 1);
    keys.set(fact({ market: 'NL' }), 2);
    expect(keys.size).toBe(1);
    expect(keys.get(fact({}))).toBe(2);
    expect(keys.delete(fact({ market: null }))).toBe(true);
    expect(keys.size).toBe(0);
    expect(keys.get(fact({}))).toBeUndefined();
  });
});

describe('tail words', () => {
  it('finds a word at the end, spaces aside, in any case', () => {
    expect(mayEndOn('parcels shipped FROM  ', ['from'], 6)).toBe(true);
    expect(mayEndOn('colis en provenance d’', ["d'", 'd’'], 6)).toBe(true);
    expect(mayEndOn('revenue in ', ['from'], 6)).toBe(false);
  });
  it('answers "maybe" when a character outside ASCII could fold into a word', () => {
    expect(mayEndOn('goods ſhipped fromſ ', ['from'], 6)).toBe(true);
    expect(mayHoldNearEnd('des vendeurs non ', ['non', 'niet'], 5)).toBe(true);
    expect(mayHoldNearEnd('des vendeurs ', ['non', 'niet'], 5)).toBe(false);
  });
});

describe('lowerCase', () => {
  it('gives what toLowerCase gives, for texts asked for in turn', () => {
    for (const t of ['Temu In FRANCE', 'Bol.com', 'Temu In FRANCE', 'İstanbul', 'Bol.com']) expect(lowerCase(t)).toBe(t.toLowerCase());
  });
});
