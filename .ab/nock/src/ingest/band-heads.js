/**
 * For the story index: (band, band key) → the newest entry with that key in that band. Open
 * addressing in a typed array: the index makes 16 of these look-ups and 16 updates per item, and
 * with one Map per band (growing, rehashing, a cache miss or two per operation) they cost about
 * as much as comparing the signatures.
 *
 * A slot is three int32 side by side, key, band and head (the entry + 1; 0: an empty slot), so a
 * look-up reads one cache line where three arrays cost three misses; and a new table needs no
 * filling, since zeroes are empty.
 */
export class BandHeads {
    slots;
    mask;
    count = 0;
    constructor(capacity = 1 << 19) {
        const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
        this.slots = new Int32Array(size * SLOT);
        this.mask = size - 1;
    }
    /** The newest entry with `key` in `band`, or −1. */
    get(band, key) {
        const { slots, mask } = this;
        for (let i = slotOf(band, key, mask);; i = (i + 1) & mask) {
            const at = i * SLOT;
            const head = slots[at + HEAD];
            if (head === 0 || (slots[at] === key && slots[at + BAND] === band))
                return head - 1;
        }
    }
    /** Makes `entry` the newest with `key` in `band`; returns the one it follows, or −1. */
    push(band, key, entry) {
        if (2 * (this.count + 1) > this.mask + 1)
            this.grow();
        const { slots, mask } = this;
        for (let i = slotOf(band, key, mask);; i = (i + 1) & mask) {
            const at = i * SLOT;
            const head = slots[at + HEAD];
            if (head === 0) {
                slots[at] = key;
                slots[at + BAND] = band;
                slots[at + HEAD] = entry + 1;
                this.count++;
                return -1;
            }
            if (slots[at] === key && slots[at + BAND] === band) {
                slots[at + HEAD] = entry + 1;
                return head - 1;
            }
        }
    }
    grow() {
        const old = this.slots;
        const size = (this.mask + 1) * 2;
        this.slots = new Int32Array(size * SLOT);
        this.mask = size - 1;
        this.count = 0;
        for (let at = 0; at < old.length; at += SLOT) {
            if (old[at + HEAD] !== 0)
                this.push(old[at + BAND], old[at], old[at + HEAD] - 1);
        }
    }
}
/** Int32 values per slot, and where the band and the head are in it (the key is first). */
const SLOT = 3;
const BAND = 1;
const HEAD = 2;
/** Band keys are hashes already: spread the band over them and keep the low bits. */
const slotOf = (band, key, mask) => (key + Math.imul(band, 0x9e3779b1)) & mask;
//# sourceMappingURL=band-heads.js.map