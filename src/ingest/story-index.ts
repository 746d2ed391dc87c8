import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { BANDS, bandKeys, SAME_STORY, similarityAtLeast } from './story-signature.js';

/** Items of one band compared with a new item (the most recent ones). */
const CANDIDATES_PER_BAND = 32;

/**
 * A story being started by an item not yet committed. Items of other documents that retell it
 * wait for `done`, then read `storyId` (null if the item was not stored).
 */
export class StoryClaim {
  storyId: number | null = null;
  pending = true;
  readonly done: Promise<void>;
  private resolve!: () => void;

  constructor() {
    this.done = new Promise((r) => {
      this.resolve = r;
    });
  }

  settle(storyId: number | null): void {
    if (!this.pending) return;
    this.storyId = storyId;
    this.pending = false;
    this.resolve();
  }
}

/** A story id, or the claim of the item starting that story. */
export type StoryRef = number | StoryClaim;

interface Entry {
  story: StoryRef;
  sig: number[];
  /** The last find() that compared this entry, so one shared by several bands is scored once. */
  seenBy: number;
}

/**
 * Recent items' signatures, banded (LSH) so a new item is compared only with likely matches
 * rather than with every recent item. Loaded once per ingestion run and kept up to date as
 * items are stored.
 */
export class StoryIndex {
  /** Per band, its key → the entries sharing it, oldest first. */
  private readonly bands = Array.from({ length: BANDS }, () => new Map<number, Entry[]>());
  private finds = 0;

  /**
   * The story of the most similar indexed item at or above SAME_STORY, or null: a number, or the
   * claim of an item still being stored (pending). Items whose claim failed are skipped.
   */
  find(sig: number[]): StoryRef | null {
    const stamp = ++this.finds;
    let best: Entry | null = null;
    let bestScore = SAME_STORY;
    const keys = bandKeys(sig);
    for (let b = 0; b < BANDS; b++) {
      const list = this.bands[b]!.get(keys[b]!);
      if (!list) continue;
      // Newest first, and only so many: boilerplate shared by a site's articles can put
      // thousands of items in one band, and comparing with all of them made ingestion quadratic.
      for (let i = list.length - 1; i >= 0 && i >= list.length - CANDIDATES_PER_BAND; i--) {
        const e = list[i]!;
        if (e.seenBy === stamp) continue;
        e.seenBy = stamp;
        if (e.story instanceof StoryClaim && !e.story.pending && e.story.storyId === null) continue;
        const score = similarityAtLeast(sig, e.sig, bestScore);
        if (score >= bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    if (!best) return null;
    return best.story instanceof StoryClaim && !best.story.pending ? best.story.storyId : best.story;
  }

  add(sig: number[], story: StoryRef): void {
    const entry: Entry = { story, sig, seenBy: 0 };
    const keys = bandKeys(sig);
    for (let b = 0; b < BANDS; b++) {
      const band = this.bands[b]!;
      const list = band.get(keys[b]!);
      if (list) {
        list.push(entry);
        if (list.length > 2 * CANDIDATES_PER_BAND) list.splice(0, list.length - CANDIDATES_PER_BAND);
      } else band.set(keys[b]!, [entry]);
    }
  }

  /** Items fetched since `sinceIso` (the window in which another outlet retells a story). */
  static async load(db: Kysely<Database>, sinceIso: string, limit = 50_000): Promise<StoryIndex> {
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
      try {
        const sig = JSON.parse(r.signature!) as number[];
        if (Array.isArray(sig)) index.add(sig, r.story_id ?? r.id);
      } catch {
        // A damaged signature only means this item is not matched; ingestion goes on.
      }
    }
    return index;
  }
}
