import type { Quantity } from './numbers.js';

/**
 * A figure told as a range ("£30bn to £35bn", "entre 2 et 3 milliards d'euros", "550 tot 600
 * miljoen euro", "zo'n 20 à 25 procent") is one figure: its lower end — a bound the writer vouches
 * for, where a midpoint is a number nobody wrote — with the unit and scale the upper bound is
 * written with. A change ("from 10 to 15%", "steeg van 16 tot 28 procent", "passé
 * de 2 à 3 %") is no range: its ends stay apart, or, written tight, are dropped as before.
 */

// What may stand between the two ends of a range.
const TO = /^[ \u00A0]*(?:[-–]|to|à|tot)[ \u00A0]*$/iu;
const AND = /^[ \u00A0]+(?:and|et|en)[ \u00A0]+$/iu;
// The ends written tight ("4-5 million", "20 à 25 procent"): no unit on the lower one.
const TIGHT = /^[ \u00A0]?(?:[-–]|to|à|tot)[ \u00A0]?$/iu;
// "between A and B", "compris entre A et B", "tussen A en B" (a currency sign may open A).
const BETWEEN_BEFORE = /(?<![\p{L}])(?:between|entre|tussen)[ \u00A0]+(?:US\$|\$|€|£)?$/iu;
// "from A to B" is a change, not a range; so are "passé de A à B" and "steeg van A tot B", but
// after a noun "de" and "van" only say "of": "un chiffre d'affaires de 2 à 3 milliards", "een
// marktaandeel van 5 à 7 procent".
const FROM_BEFORE = /(?<![\p{L}])from[ \u00A0]*(?:US\$|\$|€|£)?$/iu;
const OF_BEFORE = /(?<![\p{L}])(?:de|d['’]|van|vanaf)[ \u00A0]*(?:US\$|\$|€|£)?$/iu;
const CHANGE_VERB =
  /(?<![\p{L}])(?:pass\p{L}*|grimp\p{L}*|augment\p{L}*|progress\p{L}*|chut\p{L}*|baiss\p{L}*|recul\p{L}*|bondi\p{L}*|gonfl\p{L}*|steeg|stegen|stijg\p{L}*|gestegen|daal\p{L}*|daalde|gedaald|groei\p{L}*|gegroeid|ging|gaat|zakte|gezakt|liep|nam|klom|geklommen)(?![\p{L}])[^.;]{0,40}$/iu;
// "rose by 1,500 to 52,000", "steeg met 2 miljard tot 30 miljard": what a figure moved by, then
// where it stands. Told so only when the second end is far above the first (a range's ends are
// close: "grew by 10 to 15%" stays a range).
const BY_BEFORE = /(?<![\p{L}])(?:by|met)[ \u00A0]*(?:US\$|\$|€|£)?$/iu;
const isChange = (text: string, at: number): boolean => {
  const before = text.slice(Math.max(0, at - 14), at);
  return FROM_BEFORE.test(before) || (OF_BEFORE.test(before) && CHANGE_VERB.test(text.slice(Math.max(0, at - 60), at)));
};

const SCALES = [1e12, 1e9, 1e6, 1e3];

/** The lower end read in the upper end's unit and scale, or null when the two do not go together. */
function lowerEnd(a: Quantity, b: Quantity): number | null {
  if (a.kind === b.kind && a.unit === b.unit && a.scaled === b.scaled) return a.value;
  // "550 tot 600 miljoen euro": the lower end borrows the upper one's unit and scale.
  if (a.kind !== 'count' || a.scaled || a.value <= 0) return null;
  if (!b.scaled) return b.kind === 'count' ? null : a.value;
  const factor = SCALES.find((f) => a.value * f <= b.value) ?? 1;
  return a.value * factor;
}

/** `found` (sorted by position) with each range joined into one figure. */
export function joinRanges(text: string, found: Quantity[]): Quantity[] {
  if (found.length < 2) return found;
  const out: Quantity[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (!b) {
      out.push(a);
      continue;
    }
    const gap = text.slice(a.end, b.start);
    const before = text.slice(Math.max(0, a.start - 14), a.start);
    const between = BETWEEN_BEFORE.test(before);
    const joined = TO.test(gap) || (between && AND.test(gap));
    if (!joined) {
      out.push(a);
      continue;
    }
    const tight = TIGHT.test(gap) && a.kind === 'count' && !a.scaled;
    const low = isChange(text, a.start) ? null : lowerEnd(a, b);
    if (low !== null && low * 4 <= b.value && BY_BEFORE.test(before)) {
      out.push(a);
      continue;
    }
    if (low === null || low > b.value) {
      // Written tight, a lower end with no unit of its own cannot be read apart from the upper one.
      if (tight) i++;
      else out.push(a);
      continue;
    }
    out.push({ ...b, start: a.start, value: low });
    i++;
  }
  return out;
}
