import { BandHeads } from './band-heads.js';
import { BANDS, bandKeys, SAME_STORY, SIGNATURE_SIZE, signatureFromStored } from './story-signature.js';
/** Items of one band compared with a new item (the most recent ones). */
const CANDIDATES_PER_BAND = 32;
/** Equal positions a signature needs to reach SAME_STORY. */
const SAME_STORY_POSITIONS = Math.ceil(SAME_STORY * SIGNATURE_SIZE - 1e-9);
/** Int32 words of a sketch: four bits of each signature position, eight positions a word. */
const SKETCH_WORDS = SIGNATURE_SIZE / 8;
/** Layout of an entry's record (see StoryIndex.records): sketch, then SEEN_BY, then OLDER by band. */
const SEEN_BY = SKETCH_WORDS;
const OLDER = SEEN_BY + 1;
const RECORD = OLDER + BANDS;
/**
 * Entries room is made for at first: a run of 10,000 new items grew the arrays four times over,
 * copying them each time. Untouched room costs no memory (zeroed pages are mapped when written).
 */
const INITIAL_ENTRIES = 16 * 1024;
/**
 * A story being started by an item not yet committed. Items of other documents that retell it
 * wait for `done`, then read `storyId` (null if the item was not stored).
 */
export class StoryClaim {
    storyId = null;
    pending = true;
    done;
    resolve;
    constructor() {
        this.done = new Promise((r) => {
            this.resolve = r;
        });
    }
    settle(storyId) {
        if (!this.pending)
            return;
        this.storyId = storyId;
        this.pending = false;
        this.resolve();
    }
}
/**
 * Recent items' signatures, banded (LSH) so a new item is compared only with likely matches
 * rather than with every recent item. Loaded once per ingestion run and kept up to date as
 * items are stored.
 *
 * Entries are numbered in the order they were added. Their signatures lie end to end in one
 * Int32Array, and each band key leads to its newest entry, each entry to the previous one with
 * the same key in that band: walking that chain visits a band's entries newest first, with no
 * list to grow, trim or allocate per key.
 */
export class StoryIndex {
    /** Per band, its key → the newest entry with that key. */
    heads = new BandHeads();
    sigs = new Int32Array(INITIAL_ENTRIES * SIGNATURE_SIZE);
    /**
     * Entry e's record at e·RECORD: what a lookup reads of every candidate it meets, side by side
     * (a candidate costs a cache miss or two, not one per array): its sketch (see sketchInto), the
     * last find() that met it (SEEN_BY: one shared by several bands is scored once), and per band b
     * the previous entry with the same key (OLDER + b; −1 at the oldest).
     */
    records = new Int32Array(INITIAL_ENTRIES * RECORD);
    /** The sketch of the signature being looked up. */
    probe = new Int32Array(SKETCH_WORDS);
    stories = [];
    capacity = INITIAL_ENTRIES;
    finds = 0;
    /**
     * The story of the most similar indexed item at or above SAME_STORY, or null: a number, or the
     * claim of an item still being stored (pending). Items whose claim failed are skipped. Bands are
     * read in order, each newest first; of equally similar items the last one read wins.
     */
    find(sig) {
        const stamp = ++this.finds;
        const { sigs, records, probe, stories } = this;
        sketchInto(sig, probe, 0);
        let best = -1;
        let needed = SAME_STORY_POSITIONS;
        const keys = bandKeys(sig);
        for (let b = 0; b < BANDS; b++) {
            let e = this.heads.get(b, keys[b]);
            // Only so many, newest first: boilerplate shared by a site's articles can put thousands
            // of items under one key, and comparing with all of them made ingestion quadratic.
            for (let seen = 0; e >= 0 && seen < CANDIDATES_PER_BAND; seen++, e = records[e * RECORD + OLDER + b]) {
                const at = e * RECORD;
                if (records[at + SEEN_BY] === stamp)
                    continue;
                records[at + SEEN_BY] = stamp;
                // Most candidates are far from the floor: their sketch says so without their signature.
                if (!mayReach(probe, records, at, needed))
                    continue;
                const story = stories[e];
                if (story instanceof StoryClaim && !story.pending && story.storyId === null)
                    continue;
                const same = equalPositions(sig, sigs, e * SIGNATURE_SIZE, needed);
                if (same >= needed) {
                    best = e;
                    needed = same;
                }
            }
        }
        if (best < 0)
            return null;
        const story = stories[best];
        return story instanceof StoryClaim && !story.pending ? story.storyId : story;
    }
    add(sig, story) {
        const e = this.stories.length;
        if (e === this.capacity)
            this.grow();
        this.stories.push(story);
        this.sigs.set(sig, e * SIGNATURE_SIZE);
        const at = e * RECORD;
        sketchInto(sig, this.records, at);
        const keys = bandKeys(sig);
        for (let b = 0; b < BANDS; b++)
            this.records[at + OLDER + b] = this.heads.push(b, keys[b], e);
    }
    grow() {
        this.capacity *= 2;
        const sigs = new Int32Array(this.capacity * SIGNATURE_SIZE);
        sigs.set(this.sigs);
        this.sigs = sigs;
        const records = new Int32Array(this.capacity * RECORD);
        records.set(this.records);
        this.records = records;
    }
    /** Items fetched since `sinceIso` (the window in which another outlet retells a story). */
    static async load(db, sinceIso, limit = 50_000) {
        const index = new StoryIndex();
        const rows = await db
            .selectFrom('items')
            .select(['id', 'story_id', 'signature'])
            .where('fetched_at', '>=', sinceIso)
            .where('signature', 'is not', null)
            .orderBy('id', 'desc')
            .limit(limit)
            .execute();
        for (const r of rows.reverse()) {
            // A damaged signature (null) only means this item is not matched; ingestion goes on.
            const sig = signatureFromStored(r.signature);
            if (sig)
                index.add(sig, r.story_id ?? r.id);
        }
        return index;
    }
}
/**
 * Positions where `sig` equals the signature at `at` in `sigs` when there are at least `needed`,
 * else −1: stops as soon as the positions left cannot reach `needed` (most candidates of a band
 * are far below it).
 */
function equalPositions(sig, sigs, at, needed) {
    let same = 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
        if (sig[i] === sigs[at + i])
            same++;
        else if (same + (SIGNATURE_SIZE - 1 - i) < needed)
            return -1;
    }
    return same >= needed ? same : -1;
}
/** The low four bits of each position of `sig`, eight to an int32 word, into `out` at `at`. */
function sketchInto(sig, out, at) {
    for (let w = 0; w < SKETCH_WORDS; w++) {
        let word = 0;
        for (let k = 0; k < 8; k++)
            word |= (sig[w * 8 + k] & 0xf) << (4 * k);
        out[at + w] = word;
    }
}
/**
 * False when the sketches alone show that the signatures differ in more positions than `needed`
 * equal ones allow. Positions whose four bits differ differ, so this never rules out a pair that
 * reaches `needed`; a pair it lets through is compared in full.
 */
function mayReach(probe, sketches, at, needed) {
    const allowed = SIGNATURE_SIZE - needed;
    let differing = 0;
    for (let w = 0; w < SKETCH_WORDS; w++) {
        const x = probe[w] ^ sketches[at + w];
        // Bit 3 of each nibble: set when the nibble is not zero (its low bits carry into it, or it was set).
        const nonzero = (((x & 0x77777777) + 0x77777777) | x) & 0x88888888;
        differing += Math.imul((nonzero >>> 3) & 0x11111111, 0x11111111) >>> 28;
        if (differing > allowed)
            return false;
    }
    return true;
}
//# sourceMappingURL=story-index.js.map