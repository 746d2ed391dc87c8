import type { MarketHit } from './markets.js';

/**
 * "The Commission" with no country or field after it is the European Commission, the maker of a
 * rule told by it: "La Commission a ouvert une procédure formelle visant Temu", "The Commission
 * opened proceedings against Shein", "De Commissie is een onderzoek gestart naar Temu", "an
 * investigation by the Commission". A commission named by its country or its field ("la Commission
 * nationale de l'informatique", "the Federal Trade Commission", "de Commissie voor ...") is not.
 * Returns a hit on the word, read as the EU, when the clause before a rule's cue, or the words
 * right after it, name it.
 */
export function bareCommission(sentence: string, from: number, cueStart: number, cueEnd: number): MarketHit | null {
  const before = sentence.slice(from, cueStart);
  if (before.includes('Commissi')) {
    BARE_BEFORE.lastIndex = 0;
    const m = BARE_BEFORE.exec(before);
    if (m) return { start: from + m.index, end: from + m.index + m[0].length, code: 'EU', kind: 'name' };
  }
  const after = sentence.slice(cueEnd, cueEnd + 40);
  if (!after.includes('Commissi')) return null;
  const m = BY_AFTER.exec(after);
  return m ? { start: cueEnd + m.index, end: cueEnd + m.index + m[0].length, code: 'EU', kind: 'name' } : null;
}

// Capital C: "the commission" a marketplace charges its sellers is a fee.
const NAMED_AFTER = String.raw`(?!\s+(?:nationale?|chinoise|fédérale|européenne|de|des|du|d['’]|of|for|on|van|voor|sur|pour)(?![\p{L}]))(?![\p{L}-])`;
const BARE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Ll]a|[Dd]e)\s+Commissi(?:on|e)${NAMED_AFTER}`, 'gu');
const BY_AFTER = new RegExp(String.raw`^[^,;:]{0,20}?(?<![\p{L}])(?:by|from|par|de|door|van)\s+(?:the|la|de)\s+Commissi(?:on|e)${NAMED_AFTER}`, 'u');
