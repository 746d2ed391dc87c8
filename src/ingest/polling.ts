import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import cron from 'node-cron';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/schema.js';
import type { Logger } from '../logger.js';
import { fetchSettingsFrom } from './fetch-settings.js';
import type { OnMerged } from './hook.js';
import type { IngestDeps } from './ingest-source.js';
import { claimDueSources } from './lease.js';
import { type RunReport, runSources } from './run-sources.js';

export interface PollingDeps {
  db: Kysely<Database>;
  config: Config;
  clock: Clock;
  log: Logger;
  onMerged?: OnMerged;
  /** Overrides for tests (fetch settings allowing loopback, a fixed extractor...). */
  ingest?: Partial<IngestDeps>;
  /** Cron pattern of the check for due sources; each minute by default. */
  schedule?: string;
}

export interface Polling {
  /** One check now: claims due sources and ingests them. Ticks never overlap. */
  tick(): Promise<RunReport | null>;
  /** Stops scheduling and waits for a running tick to finish. */
  stop(): Promise<void>;
}

/** Sources claimed per tick; the rest wait for the next minute (or another process). */
const CLAIM_LIMIT = 50;

/**
 * `npm start`'s poller: each minute, claims the sources that are due (leases make this safe with
 * several processes) and ingests them; failing sources come back later with backoff.
 */
export function startPolling(deps: PollingDeps): Polling {
  const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const ingestDeps: IngestDeps = {
    db: deps.db,
    clock: deps.clock,
    log: deps.log,
    fetch: fetchSettingsFrom(deps.config),
    onMerged: deps.onMerged,
    ...deps.ingest,
  };
  // A lease outlives the longest plausible fetch of a whole tick, so it is not stolen mid-run.
  const leaseMs = Math.max(10 * 60_000, deps.config.FETCH_TIMEOUT_MS * 4);
  let running: Promise<RunReport | null> | null = null;

  const runTick = async (): Promise<RunReport | null> => {
    const due = await claimDueSources(deps.db, owner, deps.clock.now(), leaseMs, CLAIM_LIMIT);
    if (!due.length) return null;
    const report = await runSources(ingestDeps, due, { concurrency: deps.config.INGEST_CONCURRENCY });
    deps.log.info('polled sources', {
      sources: due.length,
      failed: report.failed,
      itemsNew: report.total.itemsNew,
      factsNew: report.total.factsNew,
    });
    return report;
  };

  const tick = (): Promise<RunReport | null> => {
    if (running) return running;
    running = runTick()
      .catch((err: unknown) => {
        deps.log.error('polling tick failed', { err });
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const task = cron.schedule(deps.schedule ?? '* * * * *', () => tick(), { name: 'rivalwatch-poll', noOverlap: true });
  return {
    tick,
    async stop() {
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}
