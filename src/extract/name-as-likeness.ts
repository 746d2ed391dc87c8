/**
 * A competitor's name used as a likeness names another company (round 18): "bol.com, « l'Amazon
 * du Benelux »", "Mercado Libre, the Amazon of Latin America", "Coolblue, de Amazon van
 * Nederland", "le Shein de la déco". An article before the name and "of/du/van" after it make it a
 * description of whoever it is said of, not a mention of the competitor.
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:l['’]|the |an |a |le |la |un |une |het |de |een )$/iu;
const OF_AFTER = /^\s+(?:du|des|de la|de l['’]|of|van|voor)\s+\p{L}/iu;

/** Whether the name at `start`..`end` of `text` stands for a likeness ("the Amazon of X"). */
export function isLikeness(text: string, start: number, end: number): boolean {
  // Most names have no article right before them: the character before is checked first.
  if (start < 2) return false;
  const c = text[start - 1]!;
  if (c !== ' ' && c !== "'" && c !== '’') return false;
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && OF_AFTER.test(text.slice(end, end + 12));
}
