import { ingestSource, type IngestDeps, type SourceReport } from './ingest-source.js';
import type { SourceRow } from './lease.js';
import { StoryIndex } from './story-index.js';
import { addTally, emptyTally, type Tally } from './tally.js';

/** How far back a retold story is looked for. */
export const STORY_WINDOW_DAYS = 14;

export interface RunReport {
  sources: SourceReport[];
  total: Tally;
  failed: number;
}

/**
 * Ingests sources with at most `concurrency` at once; each source is isolated (ingestSource never
 * throws), so a slow or broken one neither stops nor delays the others beyond its own slot.
 */
export async function runSources(
  deps: IngestDeps,
  sources: SourceRow[],
  opts: { concurrency: number; onDone?: (report: SourceReport, done: number, total: number) => void },
): Promise<RunReport> {
  const since = new Date(deps.clock.now().getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
  const stories = await StoryIndex.load(deps.db, since);
  const reports: SourceReport[] = new Array(sources.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < sources.length) {
      const i = next++;
      reports[i] = await ingestSource(deps, sources[i]!, stories);
      opts.onDone?.(reports[i]!, ++done, sources.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(opts.concurrency, sources.length)) }, worker));
  const total = emptyTally();
  for (const r of reports) addTally(total, r.tally);
  return { sources: reports, total, failed: reports.filter((r) => !r.ok).length };
}
