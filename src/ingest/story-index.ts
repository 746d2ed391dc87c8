import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { bandKeys, SAME_STORY, similarity } from './story-signature.js';

/** Items of one band compared with a new item (the most recent ones). */
const CANDIDATES_PER_BAND = 32;

/** A story id, or the promise of one while the first item of the story is being stored (null if it fails). */
export type StoryRef = number | Promise<number | null>;

interface Entry {
  storyId: StoryRef;
  sig: number[];
}

/**
 * Recent items' signatures, banded (LSH) so a new item is compared only with likely matches
 * rather than with every recent item. Loaded once per ingestion run and kept up to date as
 * items are stored.
 */
export class StoryIndex {
  private readonly bands = new Map<string, Entry[]>();

  /** The story of the most similar indexed item at or above SAME_STORY, or null. */
  find(sig: number[]): StoryRef | null {
    let best: Entry | null = null;
    let bestScore = SAME_STORY;
    const seen = new Set<Entry>();
    for (const key of bandKeys(sig)) {
      const list = this.bands.get(key) ?? [];
      // Newest first, and only so many: boilerplate shared by a site's articles can put
      // thousands of items in one band, and comparing with all of them made ingestion quadratic.
      for (let i = list.length - 1; i >= 0 && i >= list.length - CANDIDATES_PER_BAND; i--) {
        const e = list[i]!;
        if (seen.has(e)) continue;
        seen.add(e);
        const score = similarity(sig, e.sig);
        if (score >= bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    return best?.storyId ?? null;
  }

  add(sig: number[], storyId: StoryRef): void {
    const entry = { storyId, sig };
    for (const key of bandKeys(sig)) {
      const list = this.bands.get(key);
      if (list) {
        list.push(entry);
        if (list.length > 2 * CANDIDATES_PER_BAND) list.splice(0, list.length - CANDIDATES_PER_BAND);
      }
      else this.bands.set(key, [entry]);
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
