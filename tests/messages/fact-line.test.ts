import { describe, expect, it } from 'vitest';
import type { FactWithSource } from '../../src/domain/fact-queries.js';
import { describe as describeFact } from '../../src/domain/merge-fact.js';
import { factLine } from '../../src/messages/fact-blocks.js';

const quote = "Shein a atteint 22 millions d'utilisateurs en France au premier semestre, selon l'entreprise.";

function fact(over: Partial<FactWithSource>): FactWithSource {
  return {
    id: 1, competitor_id: 'shein', type: 'metric', name: 'users', value: 22e6, unit: 'count', market: 'FR',
    period: '2024-01/2024-06', status: 'actual', summary: '', as_of: '2024-07-02', source_count: 1, conflict_with: null,
    importance: 2, first_seen_at: '2024-07-02T00:00:00.000Z', last_seen_at: '2024-07-02T00:00:00.000Z',
    source: {
      id: 1, fact_id: 1, item_id: 1, publisher: 'Les Echos', url: 'https://www.lesechos.fr/x', title: 'Shein', published_at: '2024-07-02',
      language: 'fr', quote, created_at: '2024-07-02T00:00:00.000Z',
    },
    ...over,
  };
}

describe('fact line', () => {
  it('a summary generated from the figure is not repeated: the figure, then the sentence it was read from', () => {
    const generated = describeFact({ competitor: 'shein', type: 'metric', metric: 'users', value: 22e6, unit: 'count', market: 'FR', period: '2024-01/2024-06', status: 'actual', quote, language: 'fr' });
    const line = factLine(fact({ summary: generated }));
    expect(line.text).toBe(`22M users · FR, 2024-01/2024-06 — “${quote}”`);
    expect(line.status).toBe('actual');
  });

  it('a summary a person wrote (seeds) stays, with the figure as a tag', () => {
    const line = factLine(fact({ summary: 'About 22 million users in France' }));
    expect(line.text).toBe('About 22 million users in France [22M users · FR, 2024-01/2024-06]');
  });

  it('a long quote is cut at a word with an ellipsis; no quote leaves the tag alone', () => {
    const long = `${'Shein a annoncé '.repeat(30)}fin.`;
    const text = factLine(fact({ summary: 'users 22M (FR)', source: { ...fact({}).source!, quote: long } })).text;
    expect(text.length).toBeLessThan(270);
    expect(text.endsWith('…”')).toBe(true);
    expect(factLine(fact({ summary: 'users 22M (FR)', source: undefined })).text).toBe('22M users · FR, 2024-01/2024-06');
  });

  it('an event read from the news (summary just its name) shows the sentence, not "funding [funding]"', () => {
    const sentence = 'Shein raised $2 billion from investors, valuing it at $66 billion.';
    const generated = describeFact({ competitor: 'shein', type: 'event', event: 'funding', market: null, status: 'actual', period: null, quote: sentence, language: 'en' });
    const base = fact({});
    const line = factLine({ ...base, type: 'event', name: 'funding', value: null, unit: null, market: null, period: null, summary: generated, source: { ...base.source!, quote: sentence } });
    expect(line.text).toBe(`funding — “${sentence}”`);
  });

  it('a summary stored before statuses left it ("— estimate") is still seen as generated', () => {
    const line = factLine(fact({ status: 'estimate', summary: 'users 22M (FR, 2024-01/2024-06) — estimate' }));
    expect(line.text).toBe(`22M users · FR, 2024-01/2024-06 — “${quote}”`);
    expect(line.status).toBe('estimate');
  });

  it("a person's summary that starts with the metric's name is kept", () => {
    const line = factLine(fact({ summary: 'users in France passed 22 million, the company said' }));
    expect(line.text).toBe('users in France passed 22 million, the company said [22M users · FR, 2024-01/2024-06]');
  });
});
