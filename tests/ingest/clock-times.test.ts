import { describe, expect, it } from 'vitest';
import { withoutClockTimes } from '../../src/ingest/clock-times.js';

const gone = (text: string) => withoutClockTimes(text).replace(/\s+/g, ' ').trim();

describe('clock times a page shows, left out when telling versions apart', () => {
  it('times of day in the three languages', () => {
    expect(gone('Updated 14:05 by the newsroom')).toBe('Updated by the newsroom');
    expect(gone('Last update: 9:30 am. Prices as of 09:30:12')).toBe('Last update: Prices as of');
    expect(gone('Mis à jour à 14h05')).toBe('Mis à jour à');
    expect(gone('Bijgewerkt om 10.45 uur')).toBe('Bijgewerkt om');
  });

  it('stamps counted back from now', () => {
    expect(gone('Posted 3 hours ago')).toBe('Posted');
    expect(gone('Publié il y a 12 minutes')).toBe('Publié');
    expect(gone('Geplaatst 5 minuten geleden')).toBe('Geplaatst');
  });

  it('figures, years and ratios stay', () => {
    for (const text of [
      'Temu sold 17.5 billion dollars of goods in 2024.',
      'Bol had 3,5 miljoen klanten in 2023; de omzet steeg 12 procent.',
      'Shein reached a 2:1 lead over its rival and 14 000 vendeurs.',
      'TikTok Shop doubled its sellers in 10 hours of live selling.',
    ]) {
      expect(withoutClockTimes(text)).toBe(text);
    }
  });
});
