import { endianness } from 'node:os';
import { normaliseText } from './dedupe.js';
import { simdMinHash } from './minhash-simd.js';
const LITTLE_ENDIAN = endianness() === 'LE';
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
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** FNV-1a (as int32) of code units [start, end): a shingle hashed where it lies, without copying it out. */
const fnv1a = (units, start, end) => {
    let h = FNV_OFFSET;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ units[i], FNV_PRIME);
    return h;
};
// Fixed odd multipliers and offsets: hash_i(x) = (a_i * x + b_i) mod 2^32, stable across runs.
// Kept as int32 (the same values mod 2^32) so the MinHash loop stays in integer registers.
const A = new Int32Array(SIGNATURE_SIZE);
/** The sign bit as an int32. */
const SIGN = -0x80000000;
const B = new Int32Array(SIGNATURE_SIZE);
for (let i = 0, seed = 0x9e3779b9; i < SIGNATURE_SIZE; i++) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    A[i] = seed | 1;
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    B[i] = seed;
}
/** The same minima four functions at a time, where WebAssembly SIMD is available (null: the loop below does it). */
const simd = simdMinHash(A, B);
/**
 * Hashed word 5-shingles of an article (fewer words → one shingle of all of them). Normalised
 * text has one space between words, so a shingle is the span from its first word's start to its
 * last word's end: the same hash as joining the words, without building the strings.
 */
export function shingles(text) {
    const count = shingleHashes(normaliseText(text));
    return new Set(Array.from(scratch.hashes.subarray(0, count), (h) => h >>> 0));
}
/** Code units, word bounds and shingle hashes of the text being signed, reused from one text to the next. */
const scratch = { units: new Uint16Array(4096), starts: new Int32Array(2048), ends: new Int32Array(2048), hashes: new Int32Array(2048) };
/**
 * Hashes the shingles into scratch.hashes as int32, repeats included (they cannot change a
 * minimum); returns how many. Valid until the next call.
 *
 * Each character is in up to five shingles and FNV-1a must start over for each, so hashing is
 * most of signing. The text's code units are copied once into a typed array (reading a string
 * character by character is several times slower), and four shingles are hashed side by side:
 * one FNV-1a chain waits on each multiply, four keep the CPU busy. Same hashes as one at a time.
 */
function shingleHashes(normalised) {
    const length = normalised.length;
    // At most one word per two characters (a word and its space).
    if (scratch.units.length < length) {
        scratch.units = new Uint16Array(length);
        scratch.starts = new Int32Array((length >> 1) + 1);
        scratch.ends = new Int32Array((length >> 1) + 1);
        scratch.hashes = new Int32Array((length >> 1) + 1);
    }
    const { units, starts, ends, hashes } = scratch;
    let words = 0;
    let inWord = false;
    for (let i = 0; i < length; i++) {
        const c = normalised.charCodeAt(i);
        units[i] = c;
        if (c === 32) {
            if (inWord)
                ends[words++] = i;
            inWord = false;
        }
        else if (!inWord) {
            starts[words] = i;
            inWord = true;
        }
    }
    if (inWord)
        ends[words++] = length;
    const n = Math.min(SHINGLE_WORDS, words);
    const count = n > 0 ? words - n + 1 : 0;
    let i = 0;
    for (; i + 4 <= count; i += 4) {
        const s0 = starts[i];
        const s1 = starts[i + 1];
        const s2 = starts[i + 2];
        const s3 = starts[i + 3];
        const e0 = ends[i + n - 1];
        const e1 = ends[i + n];
        const e2 = ends[i + n + 1];
        const e3 = ends[i + n + 2];
        // The four side by side as far as the shortest goes, then each to its end.
        const common = Math.min(e0 - s0, e1 - s1, e2 - s2, e3 - s3);
        let h0 = FNV_OFFSET;
        let h1 = FNV_OFFSET;
        let h2 = FNV_OFFSET;
        let h3 = FNV_OFFSET;
        for (let k = 0; k < common; k++) {
            h0 = Math.imul(h0 ^ units[s0 + k], FNV_PRIME);
            h1 = Math.imul(h1 ^ units[s1 + k], FNV_PRIME);
            h2 = Math.imul(h2 ^ units[s2 + k], FNV_PRIME);
            h3 = Math.imul(h3 ^ units[s3 + k], FNV_PRIME);
        }
        for (let k = s0 + common; k < e0; k++)
            h0 = Math.imul(h0 ^ units[k], FNV_PRIME);
        for (let k = s1 + common; k < e1; k++)
            h1 = Math.imul(h1 ^ units[k], FNV_PRIME);
        for (let k = s2 + common; k < e2; k++)
            h2 = Math.imul(h2 ^ units[k], FNV_PRIME);
        for (let k = s3 + common; k < e3; k++)
            h3 = Math.imul(h3 ^ units[k], FNV_PRIME);
        hashes[i] = h0;
        hashes[i + 1] = h1;
        hashes[i + 2] = h2;
        hashes[i + 3] = h3;
    }
    for (; i < count; i++)
        hashes[i] = fnv1a(units, starts[i], ends[i + n - 1]);
    return count;
}
/** MinHash signature of the shingles; empty text → null (nothing to compare). */
export function signatureOf(text) {
    return signatureOfNormalised(normaliseText(text));
}
/**
 * signatureOf for text already through normaliseText (ingestion normalises once for hash and
 * signature). `into`: where to write it (SIGNATURE_SIZE values, e.g. a document's items' slices
 * of one array: a typed array of its own per item is a native allocation, and cost more than a
 * tenth of signing).
 */
export function signatureOfNormalised(normalised, into) {
    const count = shingleHashes(normalised);
    if (count === 0)
        return null;
    const xs = scratch.hashes;
    const sig = into ?? new Int32Array(SIGNATURE_SIZE);
    if (simd?.(xs, count, sig))
        return sig;
    // The minima of the unsigned hashes, found on int32 with the sign bit flipped (which orders them
    // the same way; adding 2^31 flips it, so it is folded into b) so the loop never leaves integers.
    // Four hash functions per pass over the shingles: four independent minima keep the CPU busy.
    for (let i = 0; i < SIGNATURE_SIZE; i += 4) {
        const a0 = A[i];
        const a1 = A[i + 1];
        const a2 = A[i + 2];
        const a3 = A[i + 3];
        const b0 = B[i] ^ SIGN;
        const b1 = B[i + 1] ^ SIGN;
        const b2 = B[i + 2] ^ SIGN;
        const b3 = B[i + 3] ^ SIGN;
        let m0 = 0x7fffffff;
        let m1 = 0x7fffffff;
        let m2 = 0x7fffffff;
        let m3 = 0x7fffffff;
        for (let j = 0; j < count; j++) {
            const x = xs[j];
            const h0 = (Math.imul(a0, x) + b0) | 0;
            const h1 = (Math.imul(a1, x) + b1) | 0;
            const h2 = (Math.imul(a2, x) + b2) | 0;
            const h3 = (Math.imul(a3, x) + b3) | 0;
            if (h0 < m0)
                m0 = h0;
            if (h1 < m1)
                m1 = h1;
            if (h2 < m2)
                m2 = h2;
            if (h3 < m3)
                m3 = h3;
        }
        sig[i] = m0 ^ SIGN;
        sig[i + 1] = m1 ^ SIGN;
        sig[i + 2] = m2 ^ SIGN;
        sig[i + 3] = m3 ^ SIGN;
    }
    return sig;
}
/** Share of equal positions: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function similarity(a, b) {
    let same = 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++)
        if (a[i] === b[i])
            same++;
    return same / SIGNATURE_SIZE;
}
/** A signature's SIGNATURE_SIZE int32 values little-endian. */
function signatureBytes(sig) {
    // On a little-endian machine (all that Node runs on in practice) the array's own bytes are the
    // stored form: a view, no copy.
    if (LITTLE_ENDIAN)
        return Buffer.from(sig.buffer, sig.byteOffset, SIGNATURE_SIZE * 4);
    const bytes = Buffer.allocUnsafe(SIGNATURE_SIZE * 4);
    for (let i = 0; i < SIGNATURE_SIZE; i++)
        bytes.writeInt32LE(sig[i], i * 4);
    return bytes;
}
/**
 * A signature as stored in items.signature: its bytes (signatureBytes). On SQLite those bytes
 * themselves, a BLOB, which the column's TEXT affinity keeps as it is: 256 bytes where base64 took
 * 344, and nothing to encode; fewer pages written made storing an item cheaper. On Postgres, whose
 * column is text, in base64. (The JSON array rows written before took about 700 characters.)
 */
export function signatureToStored(sig, dialect) {
    const bytes = signatureBytes(sig);
    return dialect === 'sqlite' ? bytes : bytes.toString('base64');
}
/**
 * A stored signature back, in any form written so far (bytes, base64 text, a JSON array); null
 * if it is damaged. The JSON arrays hold the same minima as unsigned numbers: `| 0` reads them
 * as the int32 values they are now.
 */
export function signatureFromStored(stored) {
    if (typeof stored !== 'string')
        return signatureOfBytes(stored);
    if (stored.startsWith('[')) {
        let values;
        try {
            values = JSON.parse(stored);
        }
        catch {
            return null;
        }
        if (!Array.isArray(values) || values.length !== SIGNATURE_SIZE || !values.every((v) => typeof v === 'number'))
            return null;
        return Int32Array.from(values, (v) => v | 0);
    }
    return signatureOfBytes(Buffer.from(stored, 'base64'));
}
function signatureOfBytes(stored) {
    if (stored.length !== SIGNATURE_SIZE * 4)
        return null;
    const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.length);
    const sig = new Int32Array(SIGNATURE_SIZE);
    for (let i = 0; i < SIGNATURE_SIZE; i++)
        sig[i] = bytes.readInt32LE(i * 4);
    return sig;
}
/**
 * One key per band: a 31-bit hash of the band's ROWS values, small enough to be a V8 small
 * integer (a fast Map key; wider numbers made the index several times slower). Two different
 * bands share a key about once per 2^31 pairs; if they do, the full comparison of the
 * signatures still tells the items apart, so it costs one comparison, never a wrong match.
 */
export function bandKeys(sig) {
    const keys = new Array(BANDS);
    for (let b = 0, o = 0; b < BANDS; b++, o += ROWS)
        keys[b] = mixRows(sig, o) >> 1;
    return keys;
}
/** MurmurHash3 (32-bit, as int32) of the band's ROWS values. */
function mixRows(sig, offset) {
    let h = 0x2545f491;
    for (let r = 0; r < ROWS; r++) {
        let k = Math.imul(sig[offset + r], 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        h ^= Math.imul(k, 0x1b873593);
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    h ^= ROWS * 4;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
}
//# sourceMappingURL=story-signature.js.map