/**
 * Where a leading dateline ends, 0 when the text opens with none. A dateline tells where the
 * story was filed, not which market a figure is about: "BEIJING/NEW YORK, Aug 26 (Reuters) -",
 * "PARIS (AFP) -", "AMSTERDAM (ANP) -", "Bruxelles, le 3 mars —", "LONDON -".
 */
export function datelineEnd(text: string): number {
  // Every form opens on a capital and ends on a dash or colon then a space within ~110
  // characters; most sentences have neither, and skip the three patterns below.
  if (!OPENS_ON_CAPITAL.test(text) || !DASH_NEAR_START.test(text.slice(0, 120))) return 0;
  // The agency form holds its brackets, the dated form a day of the month: checked before each.
  const m = (text.includes('(') ? WITH_AGENCY.exec(text) : null) ?? (ANY_DIGIT.test(text) ? WITH_DATE.exec(text) : null) ?? CAPITALS.exec(text);
  return m ? m[0].length : 0;
}

const OPENS_ON_CAPITAL = /^\s*\p{Lu}/u;
const DASH_NEAR_START = /[-–—:]\s/;
const ANY_DIGIT = /\d/u;
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}.'’ /-]{0,40}?`;
const DATE = String.raw`,?\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s+\p{L}{3,}\.?|\p{L}{3,}\.?\s+\d{1,2}(?!\d))(?:,?\s+\d{4})?`;
const AGENCY = String.raw`\s*\([\p{L}\p{M} .&/-]{2,24}\)`;
const DASH = String.raw`\s*[-–—:]\s`;
const WITH_AGENCY = new RegExp(String.raw`^\s*${PLACE}(?:${DATE})?${AGENCY}${DASH}`, 'u');
const WITH_DATE = new RegExp(String.raw`^\s*${PLACE}${DATE}${DASH}`, 'u');
// A place in capitals alone, then a dash: "LONDON -", "SAN FRANCISCO —".
const CAPITALS = /^\s*\p{Lu}[\p{Lu}\p{M}.'’ /-]{2,40}?\s*[-–—]\s/u;
