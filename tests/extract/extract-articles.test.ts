import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../src/extract/language.js';

// Callers that may meet undeclared, non-obvious text load eld first, as ingest and the CLI do.
beforeAll(() => loadLanguageDetector());
import { extractFacts } from '../../src/extract/index.js';

// Fixture articles written for these tests, one per language, in the style of trade news.
const EN = {
  title: 'Temu tops 60 million European users',
  published: '2024-11-05',
  text:
    'Temu said on Tuesday it had 62 million monthly active users in the European Union in the six months to September. ' +
    'Analysts estimate the app generated $9.5 billion of gross merchandise value in Europe last year. ' +
    'The company launched in Portugal and Poland in October. ' +
    'Zalando, by comparison, reported 50 million active customers. ' +
    'Brussels opened an investigation into Temu over illegal products.',
};
const FR = {
  title: 'Shein revendique 25 millions de clients en France',
  published: '2024-09-12',
  text:
    "Le distributeur de mode en ligne Shein affirme servir 25 millions de clients dans l'Hexagone. " +
    "Son chiffre d'affaires mondial aurait atteint 38 milliards de dollars l'an dernier. " +
    "L'entreprise vise 58,5 milliards de dollars de ventes en 2025. " +
    'Elle emploie 16 000 salariés dans le monde.',
};
const NL = {
  title: 'TikTok Shop opent in Duitsland',
  published: '2025-03-20',
  text:
    'TikTok Shop is deze maand van start gegaan in Duitsland en Frankrijk. ' +
    'Het platform heeft in Europa naar schatting 1,2 miljoen verkopers. ' +
    'Volgend jaar moet ook Nederland aan de beurt komen. ' +
    'Bol zag de omzet vorig jaar met 6 procent stijgen tot 6,5 miljard euro.',
};

const key = (f: { competitor: string; metric?: string; event?: string; value?: number; unit?: string; market: string | null; status: string }) =>
  `${f.competitor} ${f.metric ?? f.event}${f.value !== undefined ? ` ${f.value} ${f.unit}` : ''} ${f.market} ${f.status}`;

describe('extractFacts: fixture articles end to end', () => {
  it('en: users in the EU, an analysts’ GMV estimate, two launches, no Zalando, an EU probe', () => {
    const r = extractFacts(EN);
    expect(r.language).toBe('en');
    const keys = r.facts.map(key);
    expect(keys).toContain('temu users 62000000 count EU actual');
    expect(keys).toContain('temu gmv 9500000000 USD EU estimate');
    expect(keys).toContain('temu launch PT actual');
    expect(keys).toContain('temu launch PL actual');
    // In news about rules, "Brussels" is the European Commission, not Belgium.
    expect(keys).toContain('temu regulation EU actual');
    expect(r.facts.some((f) => f.value === 50e6)).toBe(false);
  });
  it('fr: customers in France, a conditional revenue estimate, a target, employees; language detected', () => {
    const r = extractFacts({ title: FR.title, text: FR.text, published: FR.published });
    expect(r.language).toBe('fr');
    const keys = r.facts.map(key);
    expect(keys).toContain('shein customers 25000000 count FR actual');
    expect(keys).toContain('shein revenue 38000000000 USD GLOBAL estimate');
    expect(keys).toContain('shein revenue 58500000000 USD null target');
    expect(keys).toContain('shein employees 16000 count GLOBAL actual');
    const revenue = r.facts.find((f) => f.value === 38e9);
    expect(revenue?.period).toBe('2023');
  });
  it('nl: launches per market, an announced entry, an estimate, and bol’s growth and revenue', () => {
    const r = extractFacts(NL);
    expect(r.language).toBe('nl');
    const keys = r.facts.map(key);
    expect(keys).toContain('tiktok-shop launch DE actual');
    expect(keys).toContain('tiktok-shop launch FR actual');
    expect(keys).toContain('tiktok-shop sellers 1200000 count EU estimate');
    expect(keys).toContain('tiktok-shop expansion NL target');
    expect(keys).toContain('bol growth 6 percent null actual');
    expect(keys).toContain('bol revenue 6500000000 EUR null actual');
    expect(r.facts.find((f) => f.competitor === 'bol' && f.metric === 'revenue')?.period).toBe('2024');
  });
  it('every fact carries its quote and language', () => {
    for (const f of extractFacts(NL).facts) {
      expect(NL.title + NL.text).toContain(f.quote);
      expect(f.language).toBe('nl');
    }
  });
  it('an article with no figures and no events gives no facts', () => {
    expect(extractFacts({ title: 'A quiet week', text: 'Nothing happened in retail this week.' }).facts).toEqual([]);
  });
});
