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
const enum Sb {
  Unknown,
  Other,
  CR,
  LF,
  Sp,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

const CLASSES = new Uint8Array(0x20ad);
const set = (from: number, to: number, cls: Sb): void => {
  for (let c = from; c <= to; c++) CLASSES[c] = cls;
};
set(0x20, 0x7e, Sb.Other);
set(0x09, 0x09, Sb.Sp);
set(0x0b, 0x0c, Sb.Sp);
set(0x20, 0x20, Sb.Sp);
set(0x0a, 0x0a, Sb.LF);
set(0x0d, 0x0d, Sb.CR);
set(0x30, 0x39, Sb.Numeric);
set(0x41, 0x5a, Sb.Upper);
set(0x61, 0x7a, Sb.Lower);
set(0x2e, 0x2e, Sb.ATerm);
for (const c of '!?') CLASSES[c.charCodeAt(0)] = Sb.STerm;
for (const c of `"'()[]{}`) CLASSES[c.charCodeAt(0)] = Sb.Close;
for (const c of ',-:;') CLASSES[c.charCodeAt(0)] = Sb.SContinue;
// Latin-1: no-break space, « », ° £ × ÷, ª º µ, accented capitals and small letters.
set(0xa0, 0xa0, Sb.Sp);
set(0xab, 0xab, Sb.Close);
set(0xbb, 0xbb, Sb.Close);
for (const c of [0xa3, 0xb0, 0xd7, 0xf7]) CLASSES[c] = Sb.Other;
for (const c of [0xaa, 0xb5, 0xba]) CLASSES[c] = Sb.Lower;
set(0xc0, 0xd6, Sb.Upper);
set(0xd8, 0xde, Sb.Upper);
set(0xdf, 0xf6, Sb.Lower);
set(0xf8, 0xff, Sb.Lower);
// General punctuation: en and em dash, curly quotes, the thin and narrow no-break spaces, the
// ellipsis; and the euro sign. Anything else is unknown.
set(0x2013, 0x2014, Sb.SContinue);
set(0x2018, 0x201f, Sb.Close);
set(0x2009, 0x2009, Sb.Sp);
set(0x202f, 0x202f, Sb.Sp);
set(0x2026, 0x2026, Sb.Other);
set(0x20ac, 0x20ac, Sb.Other);

const classOf = (code: number): Sb => (code < CLASSES.length ? (CLASSES[code] as Sb) : Sb.Unknown);

const isParaSep = (c: Sb): boolean => c === Sb.CR || c === Sb.LF;
const isTerm = (c: Sb): boolean => c === Sb.ATerm || c === Sb.STerm;

/**
 * Where each sentence of `text` ends (the end of the last one is text.length), or null when the
 * text holds a character this splitter does not know.
 */
export function sentenceBreaks(text: string): number[] | null {
  const n = text.length;
  if (n === 0) return [];
  for (let i = 0; i < n; i++) if (classOf(text.charCodeAt(i)) === Sb.Unknown) return null;
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (isParaSep(c)) {
      // SB3, SB4: a paragraph separator ends a sentence; CR LF counts as one.
      i += c === Sb.CR && i + 1 < n && text.charCodeAt(i + 1) === 10 ? 2 : 1;
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
  if (term === Sb.ATerm && i < n) {
    const next = classOf(text.charCodeAt(i));
    if (next === Sb.Numeric) return -1;
    if (next === Sb.Upper && at > 0) {
      const before = classOf(text.charCodeAt(at - 1));
      if (before === Sb.Upper || before === Sb.Lower) return -1;
    }
  }
  while (i < n && classOf(text.charCodeAt(i)) === Sb.Close) i++;
  while (i < n && classOf(text.charCodeAt(i)) === Sb.Sp) i++;
  if (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === Sb.CR) i += i + 1 < n && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (c === Sb.LF) i++;
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
  if (c === Sb.SContinue || isTerm(c)) return true;
  if (term !== Sb.ATerm) return false;
  for (let j = i; j < text.length; j++) {
    const k = classOf(text.charCodeAt(j));
    if (k === Sb.Lower) return true;
    if (k === Sb.Upper || isParaSep(k) || isTerm(k)) return false;
  }
  return false;
}
