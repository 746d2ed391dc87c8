import { describe, expect, it } from 'vitest';
import { statusOf } from '../../src/extract/status.js';

const at = (s: string, lang: 'en' | 'fr' | 'nl') => statusOf(s, s.length, lang);

describe('status', () => {
  it('target: aims / vise / streeft', () => {
    expect(at('The group aims to reach $9 billion.', 'en')).toBe('target');
    expect(at('Le groupe vise 3 milliards d’euros.', 'fr')).toBe('target');
    expect(at('Het bedrijf streeft naar 1 miljard euro omzet.', 'nl')).toBe('target');
  });
  it('estimate: analysts / naar schatting / a French conditional', () => {
    expect(at('Analysts put its sales at $4 billion.', 'en')).toBe('estimate');
    expect(at('De omzet bedroeg naar schatting 2 miljard euro.', 'nl')).toBe('estimate');
    expect(at('Le groupe aurait dégagé 1 milliard de bénéfice.', 'fr')).toBe('estimate');
  });
  it('actual: a company reporting, even with "about"', () => {
    expect(at('The firm reported about 2 million buyers.', 'en')).toBe('actual');
    expect(at('Het platform telt 40.000 verkopers.', 'nl')).toBe('actual');
  });
  it('a target verb after the figure does not make it a target', () => {
    const s = 'It sold $3 billion of goods and wants more.';
    expect(statusOf(s, s.indexOf('of goods'), 'en')).toBe('actual');
  });
});
