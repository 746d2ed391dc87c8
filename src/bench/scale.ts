/**
 * Scale benchmark (`node dist/src/bench/scale.js`, also in `npm run bench`): 200 RSS sources served
 * from loopback, 500 Slack subscriptions, N worker processes (src/ops/scale-worker.ts) sharing one
 * database, with 1, 2 and 4 workers on Postgres against 1 on SQLite. Prints, per run: the time
 * until every source was ingested, the time until every alert was delivered, and the throughput
 * of each. Postgres is RIVALWATCH_BENCH_POSTGRES_URL (default the local test database); each run
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
const SUBSCRIPTIONS = 500;
const here = dirname(fileURLToPath(import.meta.url));
const POSTGRES = process.env.RIVALWATCH_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function pgSchema(): Promise<{ url: string; drop(): Promise<void> }> {
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

function sqliteFile(): { url: string; drop(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-bench-scale-'));
  return { url: `sqlite:${join(dir, 'bench.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

interface Result {
  label: string;
  items: number;
  deliveries: number;
  ingestMs: number;
  totalMs: number;
}

async function runOnce(label: string, target: { url: string; drop(): Promise<void> }, workers: number): Promise<Result> {
  const feeds = await startFeedServer(SOURCES, 5);
  const logDir = mkdtempSync(join(tmpdir(), 'rivalwatch-bench-deliveries-'));
  const handle = connect(target.url);
  try {
    await migrate(handle);
    await prepareScaleDb(handle.db, feeds.url, { sources: SOURCES, subscriptions: SUBSCRIPTIONS, nowIso: new Date().toISOString(), postgres: target.url.startsWith('postgres') });
    const start = performance.now();
    const procs = Array.from({ length: workers }, () =>
      spawn(process.execPath, [join(here, '../ops/scale-worker.js')], {
        env: {
          ...process.env,
          DATABASE_URL: target.url,
          SCALE_DELIVERY_LOG: join(logDir, 'deliveries.jsonl'),
          SCALE_CLAIM_LIMIT: '4',
          FETCH_ALLOW_PRIVATE: '1',
          FETCH_HOST_INTERVAL_MS: '0',
          LOG_LEVEL: 'error',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      }),
    );
    let ingestMs = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const left = await scaleBacklog(handle.db, new Date());
      if (!ingestMs && left.sources === 0) ingestMs = performance.now() - start;
      if (left.sources === 0 && left.outbox === 0) break;
    }
    const totalMs = performance.now() - start;
    const exited = procs.map((p) => new Promise((r) => p.once('exit', r)));
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(exited);
    const items = await handle.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('guid', 'like', 'src%')
      .executeTakeFirstOrThrow();
    const sent = await handle.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'sent')
      .executeTakeFirstOrThrow();
    return { label, items: Number(items.n), deliveries: Number(sent.n), ingestMs, totalMs };
  } finally {
    await handle.close();
    await feeds.close();
    await target.drop();
    rmSync(logDir, { recursive: true, force: true });
  }
}

const results: Result[] = [];
results.push(await runOnce('SQLite, 1 worker', sqliteFile(), 1));
for (const n of [1, 2, 4]) results.push(await runOnce(`Postgres, ${n} worker${n > 1 ? 's' : ''}`, await pgSchema(), n));

console.log(`${SOURCES} sources, ${SUBSCRIPTIONS} subscriptions; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}`);
console.log('| run | items | ingest s | items/s | alerts sent | all done s | alerts/s |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(
    `| ${r.label} | ${r.items} | ${s(r.ingestMs)} | ${Math.round(r.items / (r.ingestMs / 1000))} | ${r.deliveries} | ${s(r.totalMs)} | ${Math.round(r.deliveries / (r.totalMs / 1000))} |`,
  );
}
