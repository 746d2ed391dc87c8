import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/schema.js';
import { type MergeOutcome, mergeFact } from '../domain/merge-fact.js';
import type { Article, Extraction } from '../extract/index.js';
import type { Logger } from '../logger.js';
import { canonicalUrl, contentHash } from './dedupe.js';
import type { MergedItem, OnMerged } from './hook.js';
import type { ParsedItem } from './parsed.js';
import type { StoryIndex } from './story-index.js';
import { signatureOf } from './story-signature.js';
import { countOutcome, type Tally } from './tally.js';

export interface ItemDeps {
  db: Kysely<Database>;
  clock: Clock;
  log: Logger;
  onMerged: OnMerged;
  extract: (article: Article) => Extraction;
  stories: StoryIndex;
}

/** Where items come from, as far as storing them needs to know. */
export interface ItemOrigin {
  sourceId: number | null;
  /** Shown as the publisher of every fact read from it: the source's name, else the host. */
  publisher: string;
  /** The source's declared language, used when an item declares none. */
  language: string | null;
  baseline: boolean;
}

/** What a source has already stored, loaded once per fetch so repeats cost no query. */
export interface KnownItems {
  guids: Set<string>;
  urls: Set<string>;
  hashes: Set<string>;
}

export async function loadKnownItems(db: Kysely<Database>, sourceId: number | null): Promise<KnownItems> {
  const known: KnownItems = { guids: new Set(), urls: new Set(), hashes: new Set() };
  if (sourceId === null) return known;
  const rows = await db.selectFrom('items').select(['guid', 'url', 'content_hash']).where('source_id', '=', sourceId).execute();
  for (const r of rows) {
    if (r.guid) known.guids.add(r.guid);
    if (r.url) known.urls.add(r.url);
    known.hashes.add(r.content_hash);
  }
  return known;
}

/**
 * Stores one parsed item unless it is a repeat (same guid, link or text in this source, or the
 * same link anywhere), then merges its facts — item, facts, provenance and the hook's writes in
 * one transaction. An item retelling a stored story joins that story and its facts corroborate.
 */
export async function ingestItem(deps: ItemDeps, origin: ItemOrigin, parsed: ParsedItem, known: KnownItems, tally: Tally): Promise<void> {
  const url = canonicalUrl(parsed.url);
  const hash = contentHash(parsed.title, parsed.text);
  if ((parsed.guid && known.guids.has(parsed.guid)) || (url && known.urls.has(url)) || known.hashes.has(hash)) {
    tally.itemsDuplicate++;
    return;
  }
  const published = parsed.publishedAt;
  const extraction = deps.extract({
    title: parsed.title,
    text: parsed.text,
    language: parsed.language ?? origin.language,
    published: published ? published.slice(0, 10) : null,
  });
  const sig = signatureOf(`${parsed.title}\n${parsed.text}`);
  // Claim the story before any await: an item ingested concurrently from another feed then waits
  // for this one's story id instead of starting a second story.
  const match = sig ? deps.stories.find(sig) : null;
  let settle: (storyId: number | null) => void = () => {};
  if (sig && match === null) deps.stories.add(sig, new Promise<number | null>((r) => (settle = r)));
  try {
    const sameStory = match === null ? null : await match;
    const stored = await storeItem(deps, origin, parsed, { url, hash, sig, sameStory, extraction });
    settle(stored?.storyId ?? null);
    if (parsed.guid) known.guids.add(parsed.guid);
    if (url) known.urls.add(url);
    known.hashes.add(hash);
    if (!stored) {
      tally.itemsDuplicate++;
      return;
    }
    tally.itemsNew++;
    if (sameStory !== null) tally.itemsSameStory++;
    for (const o of stored.outcomes) countOutcome(tally, o);
    // Every retelling is indexed, so a third outlet close to the second still joins the story.
    if (sig && sameStory !== null) deps.stories.add(sig, stored.storyId);
  } finally {
    settle(null);
  }
}

interface Prepared {
  url: string | null;
  hash: string;
  sig: number[] | null;
  sameStory: number | null;
  extraction: Extraction;
}

async function storeItem(deps: ItemDeps, origin: ItemOrigin, parsed: ParsedItem, p: Prepared) {
  const { url, hash, sig, sameStory, extraction } = p;
  const published = parsed.publishedAt;
  const nowIso = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (url) {
      const elsewhere = await trx.selectFrom('items').select('id').where('url', '=', url).executeTakeFirst();
      if (elsewhere) return null;
    }
    const { id } = await trx
      .insertInto('items')
      .values({
        source_id: origin.sourceId,
        guid: parsed.guid,
        url,
        title: parsed.title.slice(0, 1000),
        published_at: published,
        language: extraction.language,
        content_hash: hash,
        story_id: sameStory,
        signature: sig ? JSON.stringify(sig) : null,
        baseline: origin.baseline ? 1 : 0,
        fetched_at: nowIso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const storyId = sameStory ?? id;
    if (sameStory === null) await trx.updateTable('items').set({ story_id: id }).where('id', '=', id).execute();
    const item: MergedItem = {
      id,
      sourceId: origin.sourceId,
      publisher: origin.publisher,
      url,
      title: parsed.title,
      publishedAt: published,
      language: extraction.language,
      storyId,
      baseline: origin.baseline,
    };
    // Two transactions merging the same fact at once would both find nothing and both insert it.
    // Locking the competitors' rows (a no-op update, portable) serialises merges per competitor
    // across connections and processes; sorted, so two items never wait on each other in a cycle.
    for (const competitor of [...new Set(extraction.facts.map((f) => f.competitor))].sort()) {
      await trx.updateTable('competitors').set((eb) => ({ name: eb.ref('name') })).where('id', '=', competitor).execute();
    }
    const outcomes: MergeOutcome[] = [];
    for (const fact of extraction.facts) {
      const result = await mergeFact(
        trx,
        fact,
        { itemId: id, publisher: item.publisher, url, title: item.title, publishedAt: published, language: fact.language ?? item.language, quote: fact.quote },
        nowIso,
      );
      outcomes.push(result.outcome);
      await deps.onMerged(trx, result, fact, item);
    }
    return { storyId, outcomes };
  });
}
