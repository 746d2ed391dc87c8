import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const facts = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' }).facts.map((f) => `${f.competitor}:${f.metric ?? f.event}:${f.value ?? ''}`);

describe('attribution', () => {
  it('the subject of the clause owns the figure when two competitors are named', () => {
    expect(facts('Marketplace news', 'Temu now has 40 million buyers, while Shein counts 30 million buyers.')).toEqual([
      'temu:customers:40000000',
      'shein:customers:30000000',
    ]);
  });
  it('parent companies resolve to the competitor: ByteDance → tiktok-shop, PDD Holdings → temu', () => {
    expect(facts('Results', 'ByteDance said its shop had 9 million sellers.')).toEqual(['tiktok-shop:sellers:9000000']);
    expect(facts('Results', 'PDD Holdings reported revenue of $12 billion.')).toEqual(['temu:revenue:12000000000']);
  });
  it('sister app Douyin counts for TikTok Shop', () => {
    expect(facts('Livestreaming', 'Douyin ha 700 millions d’utilisateurs en Chine.', 'fr')).toEqual(['tiktok-shop:users:700000000']);
  });
  it('figures about untracked companies are not facts', () => {
    expect(facts('Temu and rivals', 'Walmart grew online sales 20%. Zalando reported 51 million customers. Alibaba earned $9 billion in profit.')).toEqual([]);
  });
  it('"all retailers" is nobody we track', () => {
    expect(facts('Shein under pressure', 'Across all retailers, orders rose 6%.')).toEqual([]);
  });
  it('a sentence naming no company belongs to the title’s competitor', () => {
    expect(facts('Shein in numbers', 'The company has 6,000 suppliers.')).toEqual(['shein:sellers:6000']);
  });
  it('a sentence about the market at large belongs to nobody', () => {
    expect(facts('Shein in numbers', 'The French e-commerce market grew 9% last year.', 'en')).toEqual([]);
  });
  it('nl: lower-case "bol" is the shop only where a name stands', () => {
    expect(facts('Webwinkels', 'Webwinkel bol telt 14 miljoen klanten.', 'nl')).toEqual(['bol:customers:14000000']);
    expect(facts('Lampen', 'De bol van de lamp kost 3 euro en er zijn 2 miljoen klanten.', 'nl')).toEqual([]);
  });
  it('nl: Bol.com written out always counts', () => {
    expect(facts('Cijfers', 'Bol.com boekte een omzet van 5,9 miljard euro.', 'nl')).toEqual(['bol:revenue:5900000000']);
  });
  it('events name every competitor joined by "et"', () => {
    const out = extractFacts({ title: 'Mode', text: 'Le Parlement veut taxer les colis vendus par Temu et Shein en France.', language: 'fr' }).facts;
    expect(out.filter((f) => f.event === 'regulation').map((f) => `${f.competitor}:${f.market}`)).toEqual(['temu:FR', 'shein:FR']);
  });
});
