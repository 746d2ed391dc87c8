import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoryClaim, type StoryRef, StoryIndex } from '../../src/ingest/story-index.js';
import {
  BANDS,
  bandKeys,
  SAME_STORY,
  SIGNATURE_SIZE,
  type Signature,
  signatureFromStored,
  signatureOf,
  signatureToStored,
  similarity,
} from '../../src/ingest/story-signature.js';

/**
 * The rule the index follows, written the plain way: every band's newest 32 items with the same
 * band key are candidates (bands in order, each newest first, an item counted where first met);
 * an item whose claim failed is none; the most similar at or above SAME_STORY wins, and of equally
 * similar ones the last met.
 */
function expected(entries: { sig: Signature; story: StoryRef }[], sig: Signature): StoryRef | null {
  const keys = bandKeys(sig);
  const met = new Set<number>();
  const order: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let taken = 0;
    for (let e = entries.length - 1; e >= 0 && taken < 32; e--) {
      if (bandKeys(entries[e]!.sig)[b] !== keys[b]) continue;
      taken++;
      if (!met.has(e)) {
        met.add(e);
        order.push(e);
      }
    }
  }
  let best: number | null = null;
  let bestScore = SAME_STORY;
  for (const e of order) {
    const story = entries[e]!.story;
    if (story instanceof StoryClaim && !story.pending && story.storyId === null) continue;
    const score = similarity(sig, entries[e]!.sig);
    if (score >= bestScore) {
      best = e;
      bestScore = score;
    }
  }
  if (best === null) return null;
  const story = entries[best]!.story;
  return story instanceof StoryClaim && !story.pending ? story.storyId : story;
}

// Few values, paired by their low four bits (1 and 17, 2 and 0x1000002…): signatures share many
// positions and band keys, ties are common, and equal low bits do not mean equal values.
const VALUES = [1, 17, 2, 0x1000002, 3, -13];
const base = fc.array(fc.constantFrom(...VALUES), { minLength: SIGNATURE_SIZE, maxLength: SIGNATURE_SIZE });
const edits = fc.array(fc.tuple(fc.nat(SIGNATURE_SIZE - 1), fc.constantFrom(...VALUES)), { maxLength: 40 });

describe('story index', () => {
  it('story index: finds what the plain rule finds, ties and failed claims included', () => {
    fc.assert(
      fc.property(
        fc.array(base, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(2), edits, fc.constantFrom('id', 'claim', 'failed', 'pending')), { minLength: 1, maxLength: 80 }),
        (bases, steps) => {
          const index = new StoryIndex();
          const entries: { sig: Signature; story: StoryRef }[] = [];
          for (const [n, [which, changes, kind]] of steps.entries()) {
            const values = [...bases[which % bases.length]!];
            for (const [at, v] of changes) values[at] = v;
            const sig = Int32Array.from(values);
            expect(index.find(sig)).toBe(expected(entries, sig));
            let story: StoryRef = n;
            if (kind !== 'id') {
              story = new StoryClaim();
              if (kind === 'claim') story.settle(1000 + n);
              if (kind === 'failed') story.settle(null);
            }
            index.add(sig, story);
            entries.push({ sig, story });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('story index: of two items equally close, the one added first is the match', () => {
    const sig = signatureOf('Temu opens a warehouse in Poland near Wroclaw with a thousand jobs by next year')!;
    const index = new StoryIndex();
    index.add(sig, 1);
    index.add(sig, 2);
    expect(index.find(sig)).toBe(1);
  });

  it('story index: a closer item wins over a newer one that only reaches the floor', () => {
    const sig = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => i * 7919 + 1);
    const close = sig.map((v, i) => (i < 4 ? v + 1 : v));
    const floor = sig.map((v, i) => (i >= SIGNATURE_SIZE * SAME_STORY ? v + 1 : v));
    const index = new StoryIndex();
    index.add(close, 1);
    index.add(floor, 2);
    expect(index.find(sig)).toBe(1);
  });

  it('story index: more than 1,024 items (its arrays grow) are all still found', () => {
    const index = new StoryIndex();
    const sigs = Array.from({ length: 3000 }, (_, n) => signatureOf(`story ${n} told ${n * 31} times by outlet ${n % 17} about ${n * 7} things`)!);
    for (const [n, sig] of sigs.entries()) index.add(sig, n);
    for (const n of [0, 1023, 1024, 2999]) expect(index.find(sigs[n]!)).toBe(n);
  });
});

describe('stored signature', () => {
  const sig = signatureOf('Shein opens a warehouse in Poland, the company said on Tuesday')!;

  it('stored signature: reads back as written, as bytes (SQLite) and as base64 text (Postgres)', () => {
    const bytes = signatureToStored(sig, 'sqlite');
    expect(typeof bytes).not.toBe('string');
    expect(bytes.length).toBe(SIGNATURE_SIZE * 4);
    expect(signatureFromStored(bytes)).toEqual(sig);
    const text = signatureToStored(sig, 'postgres');
    expect(typeof text).toBe('string');
    expect(signatureFromStored(text)).toEqual(sig);
  });

  it('stored signature: base64 rows written before the bytes read the same as the bytes', () => {
    const base64 = Buffer.from(sig.buffer, sig.byteOffset, SIGNATURE_SIZE * 4).toString('base64');
    expect(signatureFromStored(base64)).toEqual(signatureFromStored(signatureToStored(sig, 'sqlite')));
  });

  it('stored signature: half the length of the JSON array rows were written as before', () => {
    expect(signatureToStored(sig, 'postgres').length).toBeLessThan(JSON.stringify(Array.from(sig, (v) => v >>> 0)).length / 1.5);
  });

  it('stored signature: rows written before, as a JSON array of unsigned numbers, read the same', () => {
    expect(signatureFromStored(JSON.stringify(Array.from(sig, (v) => v >>> 0)))).toEqual(sig);
  });

  it('stored signature: damaged or of the wrong length is none', () => {
    expect(signatureFromStored('[1,2,')).toBeNull();
    expect(signatureFromStored('[1,2,3]')).toBeNull();
    expect(signatureFromStored('{"a":1}')).toBeNull();
    expect(signatureFromStored((signatureToStored(sig, 'postgres') as string).slice(0, 40))).toBeNull();
    expect(signatureFromStored((signatureToStored(sig, 'sqlite') as Buffer).subarray(0, 40))).toBeNull();
  });
});
