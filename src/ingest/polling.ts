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

/**
 * How long a tick's claim on its sources lasts: POLL_LEASE_MINUTES, and never less than four fetch
 * timeouts, so a lease is not taken over by another process while its tick is still fetching.
 */
export const pollLeaseMs = (config: Pick<Config, 'POLL_LEASE_MINUTES' | 'FETCH_TIMEOUT_MS'>): number =>
  Math.max(config.POLL_LEASE_MINUTES * 60_000, config.FETCH_TIMEOUT_MS * 4);

/**
 * `npm start`'s poller: each minute, claims up to POLL_CLAIM_LIMIT sources that are due (leases make
 * this safe with several processes; the rest wait for the next tick or another process) and ingests
 * them; failing sources come back later with backoff.
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
  const leaseMs = pollLeaseMs(deps.config);
  let running: Promise<RunReport | null> | null = null;

  const runTick = async (): Promise<RunReport | null> => {
    const due = await claimDueSources(deps.db, owner, deps.clock.now(), leaseMs, deps.config.POLL_CLAIM_LIMIT);
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
