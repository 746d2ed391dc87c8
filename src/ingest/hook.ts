import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { MergeResult } from '../domain/merge-fact.js';
import type { CandidateFact } from '../domain/vocabulary.js';

/** The stored item a fact was read from, as the merge hook sees it. */
export interface MergedItem {
  id: number;
  sourceId: number | null;
  publisher: string;
  url: string | null;
  title: string;
  publishedAt: string | null;
  language: string;
  storyId: number;
  /** Part of a new source's backlog: store, never alert. */
  baseline: boolean;
}

/**
 * Called for every merged fact inside the item's transaction (e.g. to write outbox rows), so a
 * fact and what follows from it are committed together or not at all. Called for every outcome,
 * `duplicate` included; most callers act on new / corroborated / conflict only. A document's items
 * are stored together; if one of them fails, the others' writes are rolled back and they are
 * stored again one by one, so the hook can run twice for the same fact: only what it writes
 * through `trx` is sure to count once (a counter kept in memory may count the first try too).
 */
export type OnMerged = (
  trx: Kysely<Database>,
  result: MergeResult,
  fact: CandidateFact,
  item: MergedItem,
) => Promise<void> | void;

export const noHook: OnMerged = () => {};
