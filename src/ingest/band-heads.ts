/**
 * For the story index: (band, band key) → the newest entry with that key in that band. Open
 * addressing in typed arrays: the index makes 48 of these look-ups and updates per item, and with
 * one Map per band (growing, rehashing, a cache miss or two per operation) they cost about as
 * much as comparing the signatures.
 */
export class BandHeads {
  private keys: Int32Array;
  private bands: Int32Array;
  /** −1: an empty slot. */
  private heads: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 15) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, capacity)));
    this.keys = new Int32Array(size);
    this.bands = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The newest entry with `key` in `band`, or −1. */
  get(band: number, key: number): number {
    const { keys, bands, heads, mask } = this;
    for (let i = slotOf(band, key, mask); ; i = (i + 1) & mask) {
      const head = heads[i]!;
      if (head === -1 || (keys[i] === key && bands[i] === band)) return head;
    }
  }

  /** Makes `entry` the newest with `key` in `band`; returns the one it follows, or −1. */
  push(band: number, key: number, entry: number): number {
    if (2 * (this.count + 1) > this.heads.length) this.grow();
    const { keys, bands, heads, mask } = this;
    for (let i = slotOf(band, key, mask); ; i = (i + 1) & mask) {
      const head = heads[i]!;
      if (head === -1) {
        keys[i] = key;
        bands[i] = band;
        heads[i] = entry;
        this.count++;
        return -1;
      }
      if (keys[i] === key && bands[i] === band) {
        heads[i] = entry;
        return head;
      }
    }
  }

  private grow(): void {
    const { keys, bands, heads } = this;
    const size = heads.length * 2;
    this.keys = new Int32Array(size);
    this.bands = new Int32Array(size);
    this.heads = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < heads.length; i++) if (heads[i] !== -1) this.push(bands[i]!, keys[i]!, heads[i]!);
  }
}

/** Band keys are hashes already: spread the band over them and keep the low bits. */
const slotOf = (band: number, key: number, mask: number) => (key + Math.imul(band, 0x9e3779b1)) & mask;
