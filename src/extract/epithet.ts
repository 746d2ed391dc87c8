import type { Mention } from './companies.js';

/**
 * Drops a tracked name used as an epithet for another company: "bol.com, often called the Amazon
 * of the Benelux", "Mercado Libre, l'Amazon de l'Amérique latine", "Coolblue, de Amazon van
 * Nederland". The name there describes the other company and is no mention of its own.
 */
export function withoutEpithets(text: string, mentions: Mention[]): Mention[] {
  if (mentions.length === 0) return mentions;
  return mentions.filter((m) => !(m.competitor !== null && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) && OF_PLACE_AFTER.test(text.slice(m.end, m.end + 24))));
}

// An article right before the name, perhaps behind an opening quote mark.
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|an?|l['’]|une?|de|het|een)\s*[«"“‘']?\s*$/iu;
// "of", "du", "van" and a capitalised place after it.
const OF_PLACE_AFTER = /^\s+(?:of|du|de|des|van)\s+(?:(?:the|la|het|de)\s+|l['’])?\p{Lu}/u;
