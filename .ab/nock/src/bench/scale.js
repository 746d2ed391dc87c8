/**
 * Scale benchmark (`node dist/src/bench/scale.js`, also in `npm run bench`): 200 RSS sources served
 * from loopback, 500 Slack subscriptions, N worker processes (src/ops/scale-worker.ts) sharing one
 * database, with 1, 2 and 4 workers on Postgres against 1 on SQLite. Each run ingests every source
 * first (workers doing nothing else), then delivers every alert, and prints the throughput of each. Postgres is RIVALWATCH_BENCH_POSTGRES_URL (default the local test database); each run
 * gets a schema of its own, dropped afterwards.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { startFeedServer } from './scale-feeds.js';
import { prepareScaleDb, scaleBacklog } from './scale-setup.js';
const SOURCES = 200;
const SUBSCRIPTIONS = 200;
const here = dirname(fileURLToPath(import.meta.url));
const POSTGRES = process.env.RIVALWATCH_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
async function pgSchema() {
    const schema = `rw_bench_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    return {
        url: `${POSTGRES}?schema=${schema}`,
        async drop() {
            const c = new pg.Client({ connectionString: POSTGRES });
            await c.connect();
            await c.query(`drop schema if exists ${schema} cascade`);
            await c.end();
        },
    };
}
function sqliteFile() {
    const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-bench-scale-'));
    return { url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
/** Starts `workers` processes doing `work` and stops them once `done()` says the backlog is empty. */
async function runWorkers(url, logDir, workers, work, done) {
    const start = performance.now();
    const procs = Array.from({ length: workers }, () => spawn(process.execPath, [join(here, '../ops/scale-worker.js')], {
        env: {
            ...process.env,
            DATABASE_URL: url,
            SCALE_DELIVERY_LOG: join(logDir, 'deliveries.jsonl'),
            SCALE_CLAIM_LIMIT: '4',
            SCALE_WORK: work,
            SCALE_IDLE_MS: '20',
            FETCH_ALLOW_PRIVATE: '1',
            FETCH_HOST_INTERVAL_MS: '0',
            LOG_LEVEL: 'error',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
    }));
    while (!(await done()))
        await new Promise((r) => setTimeout(r, 25));
    const wallMs = performance.now() - start;
    const exited = procs.map((p) => new Promise((r) => p.once('exit', r)));
    for (const p of procs)
        p.kill('SIGTERM');
    await Promise.all(exited);
    return wallMs;
}
const spanMs = (r) => r.first && r.last ? new Date(r.last).getTime() - new Date(r.first).getTime() : 0;
async function runOnce(label, target, workers) {
    const feeds = await startFeedServer(SOURCES, 5);
    const logDir = mkdtempSync(join(tmpdir(), 'rivalwatch-bench-deliveries-'));
    const handle = connect(target.url);
    const db = handle.db;
    try {
        await migrate(handle);
        await prepareScaleDb(db, feeds.url, { sources: SOURCES, subscriptions: SUBSCRIPTIONS, nowIso: new Date().toISOString() });
        // Ingestion alone (fan-out writes the outbox as facts arrive), then delivery alone.
        const ingestWall = await runWorkers(target.url, logDir, workers, 'ingest', async () => (await scaleBacklog(db, new Date())).sources === 0);
        const items = await db
            .selectFrom('items')
            .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('fetched_at').as('first'), eb.fn.max('fetched_at').as('last')])
            .where('guid', 'like', 'src%')
            .executeTakeFirstOrThrow();
        const deliverWall = await runWorkers(target.url, logDir, workers, 'deliver', async () => (await scaleBacklog(db, new Date())).outbox === 0);
        const sent = await db
            .selectFrom('outbox')
            .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('sent_at').as('first'), eb.fn.max('sent_at').as('last')])
            .where('status', '=', 'sent')
            .executeTakeFirstOrThrow();
        return {
            label,
            ingest: { count: Number(items.n), wallMs: ingestWall, activeMs: spanMs(items) },
            deliver: { count: Number(sent.n), wallMs: deliverWall, activeMs: spanMs(sent) },
        };
    }
    finally {
        await handle.close();
        await feeds.close();
        await target.drop();
        rmSync(logDir, { recursive: true, force: true });
    }
}
const results = [];
results.push(await runOnce('SQLite, 1 worker', sqliteFile(), 1));
for (const n of [1, 2, 4])
    results.push(await runOnce(`Postgres, ${n} worker${n > 1 ? 's' : ''}`, await pgSchema(), n));
const s = (ms) => (ms / 1000).toFixed(1);
const rate = (p) => Math.round(p.count / (Math.max(p.activeMs, 1) / 1000));
console.log(`${SOURCES} sources, ${SUBSCRIPTIONS} subscriptions; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
console.log('Rates are per second of activity (first to last row stored or sent); wall times include process start-up.');
console.log('| run | items | items/s | ingest wall s | alerts sent | alerts/s | delivery wall s |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
    console.log(`| ${r.label} | ${r.ingest.count} | ${rate(r.ingest)} | ${s(r.ingest.wallMs)} | ${r.deliver.count} | ${rate(r.deliver)} | ${s(r.deliver.wallMs)} |`);
}
//# sourceMappingURL=scale.js.map