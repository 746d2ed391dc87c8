/**
 * Sentence boundaries by the Unicode rules (UAX #29, as ICU and Intl.Segmenter apply them), for
 * text written only in characters whose sentence-break class is known here: ASCII, Latin-1
 * letters and the usual quotes, dashes and spaces of trade news. Any other character (a combining
 * mark, a soft hyphen, another script) makes `sentenceBreaks` answer null, and the caller asks
 * Intl.Segmenter instead. One pass, no allocation per character; Intl.Segmenter costs several
 * times more per sentence. tests/extract/sentence-breaks.test.ts checks the splits against
 * Intl.Segmenter's on random text of these characters.
 */

// Sentence-break classes (UAX #29 table 4), for the characters this splitter reads.
type Sb = number;
const UNKNOWN = 0;
const OTHER = 1;
const CR = 2;
const LF = 3;
const SP = 4;
const LOWER = 5;
const UPPER = 6;
const NUMERIC = 7;
const ATERM = 8;
const STERM = 9;
const CLOSE = 10;
const SCONTINUE = 11;

const CLASSES = new Uint8Array(0x20ad);
const set = (from: number, to: number, cls: Sb): void => {
  for (let c = from; c <= to; c++) CLASSES[c] = cls;
};
set(0x20, 0x7e, OTHER);
set(0x09, 0x09, SP);
set(0x0b, 0x0c, SP);
set(0x20, 0x20, SP);
set(0x0a, 0x0a, LF);
set(0x0d, 0x0d, CR);
set(0x30, 0x39, NUMERIC);
set(0x41, 0x5a, UPPER);
set(0x61, 0x7a, LOWER);
set(0x2e, 0x2e, ATERM);
for (const c of '!?') CLASSES[c.charCodeAt(0)] = STERM;
for (const c of `"'()[]{}`) CLASSES[c.charCodeAt(0)] = CLOSE;
for (const c of ',-:;') CLASSES[c.charCodeAt(0)] = SCONTINUE;
// Latin-1: no-break space, « », ° £ × ÷, ª º µ, accented capitals and small letters.
set(0xa0, 0xa0, SP);
set(0xab, 0xab, CLOSE);
set(0xbb, 0xbb, CLOSE);
for (const c of [0xa3, 0xb0, 0xd7, 0xf7]) CLASSES[c] = OTHER;
for (const c of [0xaa, 0xb5, 0xba]) CLASSES[c] = LOWER;
set(0xc0, 0xd6, UPPER);
set(0xd8, 0xde, UPPER);
set(0xdf, 0xf6, LOWER);
set(0xf8, 0xff, LOWER);
// General punctuation: en and em dash, curly quotes, the thin and narrow no-break spaces, the
// ellipsis; and the euro sign. Anything else is unknown.
set(0x2013, 0x2014, SCONTINUE);
set(0x2018, 0x201f, CLOSE);
set(0x2009, 0x2009, SP);
set(0x202f, 0x202f, SP);
set(0x2026, 0x2026, OTHER);
set(0x20ac, 0x20ac, OTHER);

const classOf = (code: number): Sb => (code < CLASSES.length ? (CLASSES[code] as Sb) : UNKNOWN);

const isParaSep = (c: Sb): boolean => c === CR || c === LF;
const isTerm = (c: Sb): boolean => c === ATERM || c === STERM;

/**
 * Where each sentence of `text` ends (the end of the last one is text.length), or null when the
 * text holds a character this splitter does not know.
 */
export function sentenceBreaks(text: string): number[] | null {
  const n = text.length;
  if (n === 0) return [];
  const ends: number[] = [];
  let i = 0;
  // One pass: every character is either visited here or skipped by afterTerm as a close, a space
  // or a separator, so an unknown one is met here before the end (what noBreakAfter reads ahead
  // of it only decides breaks that are then thrown away).
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === UNKNOWN) return null;
    if (isParaSep(c)) {
      // SB3, SB4: a paragraph separator ends a sentence; CR LF counts as one.
      i += c === CR && i + 1 < n && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      if (i < n) ends.push(i);
      continue;
    }
    if (!isTerm(c)) {
      i++;
      continue;
    }
    const end = afterTerm(text, i, c);
    if (end < 0) {
      i++;
      continue;
    }
    i = end;
    if (i < n && !noBreakAfter(text, i, c)) ends.push(i);
  }
  ends.push(n);
  return ends;
}

/**
 * The end of "term Close* Sp* ParaSep?" (SB9 to SB11), or -1 when the term is no boundary at
 * all: "3.5" (SB6) and "U.S" (SB7) read on.
 */
function afterTerm(text: string, at: number, term: Sb): number {
  const n = text.length;
  let i = at + 1;
  if (term === ATERM && i < n) {
    const next = classOf(text.charCodeAt(i));
    if (next === NUMERIC) return -1;
    if (next === UPPER && at > 0) {
      const before = classOf(text.charCodeAt(at - 1));
      if (before === UPPER || before === LOWER) return -1;
    }
  }
  while (i < n && classOf(text.charCodeAt(i)) === CLOSE) i++;
  while (i < n && classOf(text.charCodeAt(i)) === SP) i++;
  if (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === CR) i += i + 1 < n && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === LF) i++;
  }
  return i;
}

/**
 * Whether the text at `i`, right after "term Close* Sp*", goes on with the same sentence: a
 * comma or another terminator (SB8a), or after a full stop a small letter before any other
 * letter, terminator or separator (SB8, "e.g. the").
 */
function noBreakAfter(text: string, i: number, term: Sb): boolean {
  const prev = classOf(text.charCodeAt(i - 1));
  if (isParaSep(prev)) return false;
  const c = classOf(text.charCodeAt(i));
  if (c === SCONTINUE || isTerm(c)) return true;
  if (term !== ATERM) return false;
  for (let j = i; j < text.length; j++) {
    const k = classOf(text.charCodeAt(j));
    if (k === LOWER) return true;
    if (k === UPPER || isParaSep(k) || isTerm(k)) return false;
  }
  return false;
}
