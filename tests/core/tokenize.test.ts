import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';

describe('tokenize', () => {
  it('tokenize: words split on any whitespace; quoted runs of any quote style stay one word', () => {
    expect(tokenize('  tiktok\tamazon\n bol ')).toEqual(['tiktok', 'amazon', 'bol']);
    expect(tokenize(`"tiktok shop" 'bol com' “temu x” «shein y» „pdd z“`)).toEqual(['tiktok shop', 'bol com', 'temu x', 'shein y', 'pdd z']);
  });

  it('tokenize: a quote never closed is a slip: the words after it are still separate', () => {
    expect(tokenize('"tiktok amazon')).toEqual(['tiktok', 'amazon']);
    expect(tokenize('"tiktok shop" "amazon')).toEqual(['tiktok shop', 'amazon']);
    expect(tokenize('“')).toEqual([]);
  });

  it('tokenize: an apostrophe inside a word is part of it; empty quotes give nothing', () => {
    expect(tokenize(`l'europe "" ''`)).toEqual([`l'europe`]);
  });

  it('tokenize: input is cut at the cap', () => {
    expect(tokenize('x'.repeat(5000)).join('')).toHaveLength(2000);
  });
});
