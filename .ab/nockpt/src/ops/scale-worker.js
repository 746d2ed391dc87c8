/**
 * A bare worker process for the multi-process test and the scale benchmark: it claims due sources
 * and outbox rows on one shared database with short, configurable leases, and delivers alerts to a
 * recording notifier that appends one JSON line per delivery to a file. It runs the production
 * claim, ingest, fan-out and delivery code; only the loop timing and the notifier are its own.
 *
 * `node dist/src/ops/scale-worker.js` with DATABASE_URL, SCALE_DELIVERY_LOG, SCALE_SOURCE_LEASE_MS,
 * SCALE_OUTBOX_LEASE_MS, SCALE_CLAIM_LIMIT, SCALE_WORK (both, ingest or deliver) and the FETCH_*
 * settings of the usual configuration.
 * Stops on SIGTERM after the batch in flight.
 */
import { createHash, randomBytes } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { z } from 'zod';
import { deliverDue } from '../alerts/deliver.js';
import { onMerged } from '../alerts/fan-out.js';
import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';
import { fetchSettingsFrom } from '../ingest/fetch-settings.js';
import { claimDueSources } from '../ingest/lease.js';
import { runSources } from '../ingest/run-sources.js';
import { createLogger } from '../logger.js';
const settingsSchema = z.object({
    SCALE_DELIVERY_LOG: z.string().min(1, 'SCALE_DELIVERY_LOG: the file deliveries are appended to'),
    SCALE_SOURCE_LEASE_MS: z.coerce.number().int().min(100).default(5000),
    SCALE_OUTBOX_LEASE_MS: z.coerce.number().int().min(100).default(5000),
    SCALE_CLAIM_LIMIT: z.coerce.number().int().min(1).default(4),
    SCALE_IDLE_MS: z.coerce.number().int().min(1).default(100),
    /** What this worker does: both (the test), or one of them (the benchmark times each alone). */
    SCALE_WORK: z.enum(['both', 'ingest', 'deliver']).default('both'),
});
const fanOut = async (trx, result, fact, item) => {
    await onMerged(trx, result, fact, item);
};
async function run() {
    const settings = settingsSchema.parse(process.env);
    const config = loadConfig(process.env);
    const log = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
    const db = connect(config.DATABASE_URL);
    const owner = `scale:${process.pid}:${randomBytes(3).toString('hex')}`;
    // Records before accepting, like a platform that has the message once it answers: a kill after
    // this line and before markSent is exactly the duplicate window the test bounds.
    const notifier = {
        platform: 'slack',
        async send(to, message, delivery) {
            const hash = createHash('sha1').update(JSON.stringify(message)).digest('hex');
            const record = { pid: process.pid, workspace: to.workspace, channel: to.channel, key: delivery?.key ?? hash, message: hash };
            appendFileSync(settings.SCALE_DELIVERY_LOG, `${JSON.stringify(record)}\n`);
            return { ok: true };
        },
    };
    const ingestDeps = { db: db.db, clock: systemClock, log, fetch: fetchSettingsFrom(config), onMerged: fanOut };
    let stopped = false;
    process.once('SIGTERM', () => {
        stopped = true;
    });
    while (!stopped) {
        try {
            const due = settings.SCALE_WORK === 'deliver'
                ? []
                : await claimDueSources(db.db, owner, systemClock.now(), settings.SCALE_SOURCE_LEASE_MS, settings.SCALE_CLAIM_LIMIT);
            if (due.length)
                await runSources(ingestDeps, due, { concurrency: settings.SCALE_CLAIM_LIMIT });
            const sent = settings.SCALE_WORK === 'ingest'
                ? { claimed: 0 }
                : await deliverDue({
                    db: db.db,
                    clock: systemClock,
                    log,
                    notifiers: { slack: notifier },
                    workerId: owner,
                    leaseMs: settings.SCALE_OUTBOX_LEASE_MS,
                    batchSize: 50,
                });
            if (!due.length && !sent.claimed)
                await new Promise((r) => setTimeout(r, settings.SCALE_IDLE_MS));
        }
        catch (err) {
            // Like the production loops: a failed round is logged and retried, the process carries on.
            log.error('scale-worker: round failed', { err });
            await new Promise((r) => setTimeout(r, settings.SCALE_IDLE_MS));
        }
    }
    await db.close();
}
run().catch((err) => {
    process.stderr.write(`scale-worker: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
});
//# sourceMappingURL=scale-worker.js.map