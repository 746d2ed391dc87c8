import { normaliseText } from './dedupe.js';

/** Word shingles of this length: long enough that shared ones mean shared sentences. */
export const SHINGLE_WORDS = 5;
/** MinHash functions per signature; 16 bands × 4 rows for the candidate index. */
export const SIGNATURE_SIZE = 64;
export const BANDS = 16;
export const ROWS = SIGNATURE_SIZE / BANDS;
/**
 * Estimated Jaccard similarity of 5-shingles at which two items tell the same story. A rewrite
 * with a new headline and a sentence added or cut scores ~0.6–0.9; two different articles on the
 * same topic score under 0.1 (tests/ingest/story-signature.test.ts). 16×4 banding finds pairs
 * at 0.5 with probability ~0.65 and at 0.7 with ~0.99.
 */
export const SAME_STORY = 0.5;

const fnv1a = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

// Fixed odd multipliers and offsets: hash_i(x) = (a_i * x + b_i) mod 2^32, stable across runs.
const A: number[] = [];
const B: number[] = [];
for (let i = 0, seed = 0x9e3779b9; i < SIGNATURE_SIZE; i++) {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  A.push((seed | 1) >>> 0);
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  B.push(seed);
}

/** Hashed word 5-shingles of an article (fewer words → one shingle of all of them). */
export function shingles(text: string): Set<number> {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const out = new Set<number>();
  const n = Math.min(SHINGLE_WORDS, words.length);
  for (let i = 0; i + n <= words.length && n > 0; i++) out.add(fnv1a(words.slice(i, i + n).join(' ')));
  return out;
}

/** MinHash signature of the shingles; empty text → null (nothing to compare). */
export function signatureOf(text: string): number[] | null {
  const set = shingles(text);
  if (set.size === 0) return null;
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = (Math.imul(A[i]!, x) + B[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

export const bandKeys = (sig: readonly number[]): string[] =>
  Array.from({ length: BANDS }, (_, b) => `${b}:${sig.slice(b * ROWS, (b + 1) * ROWS).join('.')}`);
