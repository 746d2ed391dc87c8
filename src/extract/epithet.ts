/**
 * A tracked name used as a byword for another company is no mention of it (round 18): "bol.com,
 * often called the Amazon of the Benelux", "souvent présentée comme « l'Amazon du Benelux »",
 * "Allegro, het Amazon van Polen". An article before the name and "of / du / van" after it make
 * the epithet; the company itself is never written so.
 */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|an?|l['’]|le|la|un|une|het|de|een)\s*$/iu;
const OF_AFTER = /^\s+(?:of|for|du|des|de\s+la|de\s+l['’]|van|voor)(?![\p{L}])/iu;

export function isEpithet(text: string, start: number, end: number): boolean {
  return OF_AFTER.test(text.slice(end, end + 12)) && ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}
