import type { ControlledTransaction, Kysely } from 'kysely';
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
import { addTally, countOutcome, emptyTally, type Tally } from './tally.js';

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
  /** For log lines about items that could not be stored. */
  label?: string;
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

/** Bound parameters per `in (…)` lookup: well under SQLite's and Postgres' limits. */
const LOOKUP_CHUNK = 500;

async function urlsStoredAnywhere(db: Kysely<Database>, urls: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < urls.length; i += LOOKUP_CHUNK) {
    const rows = await db
      .selectFrom('items')
      .select('url')
      .where('url', 'in', urls.slice(i, i + LOOKUP_CHUNK))
      .execute();
    for (const r of rows) if (r.url) found.add(r.url);
  }
  return found;
}

interface Candidate {
  parsed: ParsedItem;
  url: string | null;
  hash: string;
  sig: number[] | null;
  extraction: Extraction;
}

/**
 * Stores a fetched document's new items (not a repeat by guid, link or text in this source, nor
 * a link stored anywhere) and merges their facts, in one transaction per document: one commit
 * instead of one per item is what makes ingestion fast. Each item has its own savepoint, so an
 * item that fails is rolled back alone and the others are still stored. An item retelling a
 * stored story joins that story and its facts corroborate. Returns the number of failed items.
 */
export async function ingestItems(deps: ItemDeps, origin: ItemOrigin, items: ParsedItem[], known: KnownItems, tally: Tally): Promise<number> {
  const batchUrls = new Set<string>();
  const batchHashes = new Set<string>();
  const keyed: { parsed: ParsedItem; url: string | null; hash: string }[] = [];
  for (const parsed of items) {
    const url = canonicalUrl(parsed.url);
    const hash = contentHash(parsed.title, parsed.text);
    const repeat =
      (parsed.guid && known.guids.has(parsed.guid)) || (url && (known.urls.has(url) || batchUrls.has(url))) || known.hashes.has(hash) || batchHashes.has(hash);
    if (repeat) {
      tally.itemsDuplicate++;
      continue;
    }
    if (url) batchUrls.add(url);
    batchHashes.add(hash);
    keyed.push({ parsed, url, hash });
  }
  if (!keyed.length) return 0;

  const elsewhere = await urlsStoredAnywhere(deps.db, [...batchUrls]);
  const competitors = new Set((await deps.db.selectFrom('competitors').select('id').execute()).map((r) => r.id));
  const candidates: Candidate[] = [];
  for (const k of keyed) {
    if (k.url && elsewhere.has(k.url)) {
      tally.itemsDuplicate++;
      continue;
    }
    const published = k.parsed.publishedAt;
    const extraction = deps.extract({
      title: k.parsed.title,
      text: k.parsed.text,
      language: k.parsed.language ?? origin.language,
      published: published ? published.slice(0, 10) : null,
    });
    // A fact about a competitor that is not (or no longer) in the database cannot be stored;
    // dropping it keeps the item and its other facts.
    const facts = extraction.facts.filter((f) => competitors.has(f.competitor));
    tally.factsUnknownCompetitor += extraction.facts.length - facts.length;
    candidates.push({ ...k, sig: signatureOf(`${k.parsed.title}\n${k.parsed.text}`), extraction: { ...extraction, facts } });
  }
  if (!candidates.length) return 0;

  const local = emptyTally();
  let failed = 0;
  const trx = await deps.db.startTransaction().execute();
  try {
    // Two transactions merging the same fact at once would both find nothing and both insert it.
    // Locking the competitors' rows (a no-op update, portable) serialises merges per competitor
    // across connections and processes; all at the start and sorted, so two documents never
    // wait on each other in a cycle.
    const touched = [...new Set(candidates.flatMap((c) => c.extraction.facts.map((f) => f.competitor)))].sort();
    for (const competitor of touched) {
      await trx.updateTable('competitors').set((eb) => ({ name: eb.ref('name') })).where('id', '=', competitor).execute();
    }
    for (const c of candidates) {
      const ok = await ingestOne(deps, trx, origin, c, local);
      if (!ok) failed++;
    }
    await trx.commit().execute();
  } catch (err) {
    await trx.rollback().execute().catch(() => {});
    throw err;
  }
  addTally(tally, local);
  return failed;
}

async function ingestOne(deps: ItemDeps, trx: ControlledTransaction<Database>, origin: ItemOrigin, c: Candidate, tally: Tally): Promise<boolean> {
  // Claim the story before any await: an item ingested concurrently from another feed then waits
  // for this one's story id instead of starting a second story. An item holding such a claim
  // never waits for another's, so waits cannot form a cycle.
  const match = c.sig ? deps.stories.find(c.sig) : null;
  let settle: (storyId: number | null) => void = () => {};
  if (c.sig && match === null) deps.stories.add(c.sig, new Promise<number | null>((r) => (settle = r)));
  const savepoint = await trx.savepoint('item').execute();
  try {
    const sameStory = match === null ? null : await match;
    const stored = await storeItem(deps, trx, origin, c, sameStory, (storyId) => settle(storyId));
    await savepoint.releaseSavepoint('item').execute();
    tally.itemsNew++;
    if (sameStory !== null) tally.itemsSameStory++;
    for (const o of stored.outcomes) countOutcome(tally, o);
    // Every retelling is indexed, so a third outlet close to the second still joins the story.
    if (c.sig && sameStory !== null) deps.stories.add(c.sig, stored.storyId);
    return true;
  } catch (err) {
    await savepoint.rollbackToSavepoint('item').execute();
    await savepoint.releaseSavepoint('item').execute();
    deps.log.warn('item not stored', { source: origin.label, url: c.parsed.url, err });
    return false;
  } finally {
    settle(null);
  }
}

async function storeItem(
  deps: ItemDeps,
  trx: Kysely<Database>,
  origin: ItemOrigin,
  c: Candidate,
  sameStory: number | null,
  onStory: (storyId: number) => void,
) {
  const { parsed, url, hash, sig, extraction } = c;
  const published = parsed.publishedAt;
  const nowIso = deps.clock.now().toISOString();
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
  onStory(storyId);
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
}
