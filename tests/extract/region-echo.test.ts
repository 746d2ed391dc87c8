import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for this rule; none is taken from an evaluation set.
const entries = (facts: string[]) => facts.filter((f) => /:(launch|expansion):/.test(f)).sort();

describe('a launch in Europe told beside launches in European countries', () => {
  it('en: the countries stay, the Europe-wide copy goes', () => {
    const facts = read(
      'Shein opens a marketplace in Europe',
      'Shein launched its marketplace in Poland and Portugal on Monday. The launch in Europe follows two years of tests.',
    );
    expect(entries(facts)).toEqual(['shein:launch::PL', 'shein:launch::PT']);
  });

  it('fr and nl: the same', () => {
    expect(
      entries(read('Temu en Europe', "Temu a lancé son application en Autriche et en Suède en mars. Ce lancement en Europe s'accompagne d'une campagne de publicité.", 'fr')),
    ).toEqual(['temu:launch::AT', 'temu:launch::SE']);
    expect(entries(read('TikTok Shop in Europa', 'TikTok Shop is in Ierland gelanceerd. Na de lancering in Europa volgen later meer landen.', 'nl'))).toEqual([
      'tiktok-shop:launch::IE',
    ]);
  });

  it('an entry into Europe told alone stays, and so does another company’s', () => {
    expect(entries(read('Bol', 'Bol launched in Europe in 2020, its owner said.'))).toEqual(['bol:launch::EU']);
    const both = read('Temu and Shein', 'Temu launched in Spain in 2023. Shein launched its marketplace in Europe the same year.');
    expect(entries(both)).toEqual(['shein:launch::EU', 'temu:launch::ES']);
  });

  it('other events for Europe are not entries: a European ruling stays beside national ones', () => {
    const facts = read('Temu fined', 'France fined Temu 40 million euros. The European Commission opened an investigation into Temu under the Digital Services Act.');
    expect(facts.filter((f) => f.includes(':regulation:'))).toContain('temu:regulation::EU');
  });
});
