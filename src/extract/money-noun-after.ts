/**
 * A sum told as so much "of revenue", "de chiffre d'affaires", "de ventes", "aan omzet" is named by
 * that noun, whatever money word came earlier in the sentence: "The fine is small for a group that
 * made $38 billion of revenue", "l'amende pèse peu face à 20 milliards de ventes", "de boete valt
 * weg tegen 6 miljard euro aan omzet". A noun of partition right after the sum is the sum's own
 * name; a cue before it may belong to another clause (the fine, the investment).
 * "in" is left out: "invested $500 million in sales staff" names where the money went.
 */
const NOUN_RIGHT_AFTER =
  /^[\s\u00A0]*(?:of|de|d['’]|aan)[\s\u00A0]*(?:(?:net|total|annual|gross|yearly)[\s\u00A0]+)?(?:revenue|revenues|sales|turnover|GMV|chiffre d['’]affaires|ventes|recettes|omzet|jaaromzet|verkopen)(?![\p{L}])/iu;

/** Whether the words right after a sum ending at `end` name it as revenue or sales. */
export function nounNamesSum(sentence: string, end: number): boolean {
  // Every form opens on a/d/o after spaces: most sums are passed over without the pattern.
  const next = sentence.slice(end, end + 2).trimStart().charAt(0).toLowerCase();
  return (next === 'o' || next === 'd' || next === 'a') && NOUN_RIGHT_AFTER.test(sentence.slice(end, end + 40));
}
