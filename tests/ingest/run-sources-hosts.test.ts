import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { HostPace } from '../../src/ingest/host-pace.js';
import type { IngestDeps } from '../../src/ingest/ingest-source.js';
import { runSources } from '../../src/ingest/run-sources.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { rss } from './helpers/feeds.js';
import { startServer, type TestServer } from './helpers/server.js';

let db: TestDb;
let hostA: TestServer;
let hostB: TestServer;
const clock = fixedClock('2024-04-01T10:00:00.000Z');
/** When each path was first asked for (ms since the epoch), on either host. */
const seen = new Map<string, number>();

const feedRoute = (path: string) => (_q: IncomingMessage, res: ServerResponse) => {
  seen.set(path, Date.now());
  res.setHeader('content-type', 'application/rss+xml');
  res.end(rss([{ guid: path, title: `Item ${path}`, link: `https://paced.example${path}`, text: `Temu opened depot ${path} in Poland.` }]));
};

beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
  const routes: Record<string, (q: IncomingMessage, r: ServerResponse) => void> = {};
  for (let n = 1; n <= 5; n++) routes[`/a${n}`] = feedRoute(`/a${n}`);
  for (let n = 1; n <= 4; n++) routes[`/hang${n}`] = (_q) => void seen.set(`/hang${n}`, Date.now());
  hostA = await startServer(routes);
  hostB = await startServer({ '/b': feedRoute('/b') });
});
afterAll(async () => {
  await hostA.close();
  await hostB.close();
  await db.cleanup();
});

const deps = (pace: HostPace, timeoutMs: number): IngestDeps => ({
  db: db.db,
  clock,
  log: silentLogger,
  fetch: { timeoutMs, maxBytes: 1 << 20, allowLoopback: true, pace },
});
/**
 * The real pacer, noting for each request to a host the instant it reserved for it (its slot) and
 * when its wait actually ended. Slots are what the pacer promises; server receipt adds connection
 * and scheduling jitter that says nothing about pacing.
 */
class NotedPace extends HostPace {
  readonly slots: number[] = [];
  readonly starts: number[] = [];
  constructor(
    intervalMs: number,
    private readonly noted: string,
  ) {
    super(intervalMs);
  }
  override async wait(host: string): Promise<void> {
    if (host !== this.noted) return super.wait(host);
    this.slots.push(Date.now() + this.readyIn(host));
    await super.wait(host);
    this.starts.push(Date.now());
  }
}
const add = async (url: string) => (await addSource(db.db, { url }, clock.now().toISOString())).source;

describe('runSources across hosts', () => {
  it("run: a paced host's queue does not hold every slot asleep: another host's source starts at once", async () => {
    seen.clear();
    const sources = [];
    for (let n = 1; n <= 5; n++) sources.push(await add(hostA.url(`/a${n}`)));
    sources.push(await add(hostB.url('/b')));
    const pace = new NotedPace(1000, new URL(hostA.url('/')).host);
    const started = Date.now();
    const run = await runSources(deps(pace, 4000), sources, { concurrency: 2 });
    expect(run.failed).toBe(0);
    expect(seen.get('/b')! - started).toBeLessThan(300);
    // Host A is still paced: its five requests were given slots a second apart, none started
    // before its slot (a timer may fire up to a millisecond early), and the server saw each after it.
    expect(pace.slots).toHaveLength(5);
    for (let n = 1; n < 5; n++) expect(pace.slots[n]! - pace.slots[n - 1]!).toBeGreaterThanOrEqual(1000);
    for (let n = 0; n < 5; n++) expect(pace.starts[n]!).toBeGreaterThanOrEqual(pace.slots[n]! - 1);
    const received = [1, 2, 3, 4, 5].map((n) => seen.get(`/a${n}`)!).sort((x, y) => x - y);
    for (let n = 0; n < 5; n++) expect(received[n]!).toBeGreaterThanOrEqual(pace.slots[n]! - 1);
  }, 15_000);

  it('run: sources hanging on one host leave a slot for a healthy source on another host', async () => {
    seen.clear();
    const sources = [];
    for (let n = 1; n <= 4; n++) sources.push(await add(hostA.url(`/hang${n}`)));
    sources.push(await add(hostB.url('/b')));
    const started = Date.now();
    const run = await runSources(deps(new HostPace(0), 1500), sources, { concurrency: 4 });
    expect(run.failed).toBe(4);
    expect(seen.get('/b')! - started).toBeLessThan(300);
  }, 15_000);
});
