import type { MergeOutcome } from '../domain/merge-fact.js';

/** What a run did, summed per source and over the whole run. */
export interface Tally {
  itemsNew: number;
  itemsDuplicate: number;
  /** Stored items that retell a story already stored from another item. */
  itemsSameStory: number;
  factsNew: number;
  factsCorroborated: number;
  factsConflicting: number;
  factsDuplicate: number;
  /** Facts dropped because they name a competitor that is not in the database. */
  factsUnknownCompetitor: number;
}

export const emptyTally = (): Tally => ({
  itemsNew: 0,
  itemsDuplicate: 0,
  itemsSameStory: 0,
  factsNew: 0,
  factsCorroborated: 0,
  factsConflicting: 0,
  factsDuplicate: 0,
  factsUnknownCompetitor: 0,
});

export function countOutcome(t: Tally, outcome: MergeOutcome): void {
  if (outcome === 'new') t.factsNew++;
  else if (outcome === 'corroborated') t.factsCorroborated++;
  else if (outcome === 'conflict') t.factsConflicting++;
  else t.factsDuplicate++;
}

export function addTally(into: Tally, from: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += from[k];
}

/** Facts this run attached to items: new, corroborations and conflicts (not repeats). */
export const factsMerged = (t: Tally) => t.factsNew + t.factsCorroborated + t.factsConflicting;
