import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import cron from 'node-cron';
import { fetchSettingsFrom } from './fetch-settings.js';
import { claimDueSources } from './lease.js';
import { runSources } from './run-sources.js';
/**
 * How long a tick's claim on its sources lasts: POLL_LEASE_MINUTES, and never less than four fetch
 * timeouts, so a lease is not taken over by another process while its tick is still fetching.
 */
export const pollLeaseMs = (config) => Math.max(config.POLL_LEASE_MINUTES * 60_000, config.FETCH_TIMEOUT_MS * 4);
/**
 * `npm start`'s poller: each minute, claims up to POLL_CLAIM_LIMIT sources that are due (leases make
 * this safe with several processes; the rest wait for the next tick or another process) and ingests
 * them; failing sources come back later with backoff.
 */
export function startPolling(deps) {
    const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    const ingestDeps = {
        db: deps.db,
        clock: deps.clock,
        log: deps.log,
        fetch: fetchSettingsFrom(deps.config),
        onMerged: deps.onMerged,
        ...deps.ingest,
    };
    const leaseMs = pollLeaseMs(deps.config);
    let running = null;
    const runTick = async () => {
        const due = await claimDueSources(deps.db, owner, deps.clock.now(), leaseMs, deps.config.POLL_CLAIM_LIMIT);
        if (!due.length)
            return null;
        const report = await runSources(ingestDeps, due, { concurrency: deps.config.INGEST_CONCURRENCY });
        deps.log.info('polled sources', {
            sources: due.length,
            failed: report.failed,
            itemsNew: report.total.itemsNew,
            factsNew: report.total.factsNew,
        });
        return report;
    };
    const tick = () => {
        if (running)
            return running;
        running = runTick()
            .catch((err) => {
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
//# sourceMappingURL=polling.js.map