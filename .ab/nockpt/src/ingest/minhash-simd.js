/**
 * The minima of a MinHash signature computed with WebAssembly SIMD: four hash functions per
 * instruction (i32x4 multiply, add, unsigned minimum) where JavaScript does one, which made
 * signing about a quarter cheaper. Exactly the values of the plain loop in story-signature.ts, which
 * stays for hosts without WebAssembly SIMD and for texts longer than the module's memory holds.
 *
 * The module is a few hundred bytes, written out below instruction by instruction (no build step).
 * Its one 64 KiB page holds the multipliers at byte 0, the offsets after them, the minima after
 * those, and from byte 1024 the shingle hashes.
 */
/** Hash functions the module computes (16 per pass over the shingles, four passes). */
const FUNCTIONS = 64;
const A_AT = 0;
const B_AT = FUNCTIONS * 4;
const OUT_AT = 2 * FUNCTIONS * 4;
const HASHES_AT = 1024;
/** Shingle hashes that fit after HASHES_AT in one page. */
const CAPACITY = (65536 - HASHES_AT) / 4;
const uleb = (n) => {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n)
            byte |= 0x80;
        out.push(byte);
    } while (n);
    return out;
};
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const name = (s) => [...uleb(s.length), ...Buffer.from(s, 'latin1')];
// Locals: 0 count (the parameter), 1 g (byte offset of the pass's 16 functions), 2 j (byte offset
// of the shingle), 3 x (the shingle in four lanes), 4–7 minima, 8–11 multipliers, 12–15 offsets.
const COUNT = 0;
const G = 1;
const J = 2;
const X = 3;
const M = 4;
const A = 8;
const B = 12;
const get = (i) => [0x20, i];
const set = (i) => [0x21, i];
const simd = (op) => [0xfd, ...uleb(op)];
const load128 = (offset) => [...simd(0x00), 4, ...uleb(offset)];
const store128 = (offset) => [...simd(0x0b), 4, ...uleb(offset)];
const I32X4_SPLAT = 0x11;
const I32X4_ADD = 0xae;
const I32X4_MUL = 0xb5;
const I32X4_MIN_U = 0xb7;
function minhashBody() {
    const code = [0x41, 0, ...set(G), 0x03, 0x40]; // g = 0; loop (passes)
    for (let k = 0; k < 4; k++) {
        code.push(...get(G), ...load128(A_AT + 16 * k), ...set(A + k));
        code.push(...get(G), ...load128(B_AT + 16 * k), ...set(B + k));
        code.push(...simd(0x0c), ...new Array(16).fill(0xff), ...set(M + k)); // minima = 2^32 − 1
    }
    code.push(0x41, 0, ...set(J), 0x02, 0x40, 0x03, 0x40); // j = 0; block; loop (shingles)
    code.push(...get(J), ...get(COUNT), 0x41, 2, 0x74, 0x4f, 0x0d, 1); // if j >= count << 2: leave
    code.push(...get(J), 0x28, 2, ...uleb(HASHES_AT), ...simd(I32X4_SPLAT), ...set(X)); // x = splat(hash)
    for (let k = 0; k < 4; k++) {
        // minima = min_u(minima, a·x + b), lane by lane
        code.push(...get(M + k), ...get(A + k), ...get(X), ...simd(I32X4_MUL), ...get(B + k), ...simd(I32X4_ADD), ...simd(I32X4_MIN_U), ...set(M + k));
    }
    code.push(...get(J), 0x41, 4, 0x6a, ...set(J), 0x0c, 0, 0x0b, 0x0b); // j += 4; again; end loop, block
    for (let k = 0; k < 4; k++)
        code.push(...get(G), ...get(M + k), ...store128(OUT_AT + 16 * k));
    // g += 64; again while g < 256
    code.push(...get(G), 0x41, 0xc0, 0x00, 0x6a, 0x22, G, 0x41, 0x80, 0x02, 0x49, 0x0d, 0, 0x0b, 0x0b);
    return [2, 2, 0x7f, 13, 0x7b, ...code]; // locals: 2 i32 (g, j), 13 v128 (x, minima, multipliers, offsets)
}
function moduleBytes() {
    const body = minhashBody();
    return new Uint8Array([
        ...[0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0],
        ...section(1, [1, 0x60, 1, 0x7f, 0]), // type: (i32) → ()
        ...section(3, [1, 0]), // one function of that type
        ...section(5, [1, 0, 1]), // one memory of one page
        ...section(7, [2, ...name('minhash'), 0, 0, ...name('memory'), 2, 0]),
        ...section(10, [1, ...uleb(body.length), ...body]),
    ]);
}
/**
 * A function writing into `out` the unsigned minima over `hashes[0, count)` of (a_i·x + b_i) mod
 * 2^32 for the FUNCTIONS multipliers `a` and offsets `b`, as int32; it returns false (writing
 * nothing) when `count` is more than the module holds. Null when this host has no WebAssembly SIMD.
 */
export function simdMinHash(a, b) {
    if (a.length !== FUNCTIONS || b.length !== FUNCTIONS)
        throw new Error(`simdMinHash computes ${FUNCTIONS} functions`);
    const bytes = moduleBytes();
    if (typeof WebAssembly === 'undefined' || !WebAssembly.validate(bytes))
        return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    const minhash = instance.exports['minhash'];
    const memory = new Int32Array(instance.exports['memory'].buffer);
    memory.set(a, A_AT / 4);
    memory.set(b, B_AT / 4);
    const minima = memory.subarray(OUT_AT / 4, OUT_AT / 4 + FUNCTIONS);
    return (hashes, count, out) => {
        if (count > CAPACITY)
            return false;
        memory.set(hashes.subarray(0, count), HASHES_AT / 4);
        minhash(count);
        out.set(minima);
        return true;
    };
}
//# sourceMappingURL=minhash-simd.js.map