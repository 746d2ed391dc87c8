import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { type Polling, pollLeaseMs, startPolling } from '../../src/ingest/polling.js';
import { addSource } from '../../src/ingest/sources.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { seedCompetitors } from './helpers/competitors.js';
import { rss } from './helpers/feeds.js';

let db: TestDb;
let dir: string;
let polling: Polling;
const clock = fixedClock('2024-04-01T10:00:00.000Z');

const feed = (n: number, text: string) => rss([{ guid: `p-${n}`, title: `Poll item ${n}`, link: `https://poll.example/${n}`, text }]);

beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
  dir = mkdtempSync(join(tmpdir(), 'rivalwatch-poll-'));
  writeFileSync(join(dir, 'good-1.xml'), feed(1, 'Temu launched in Chile in March 2024.'));
  writeFileSync(join(dir, 'good-2.xml'), feed(2, 'Shein opened a warehouse in Poland in 2024.'));
  // A schedule that never fires during the test (ticks are driven by hand), and no backoff jitter.
  polling = startPolling({ db: db.db, config: loadConfig({}), clock, log: silentLogger, schedule: '0 0 1 1 *', ingest: { random: () => 0.5 } });
});
afterAll(async () => {
  await polling.stop();
  await db.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const row = (url: string) => db.db.selectFrom('sources').selectAll().where('url', '=', url).executeTakeFirstOrThrow();

describe('startPolling', () => {
  it('polling: due sources are claimed and ingested; a failing one backs off, the others are unaffected', async () => {
    const nowIso = clock.now().toISOString();
    const good1 = join(dir, 'good-1.xml');
    const good2 = join(dir, 'good-2.xml');
    const missing = join(dir, 'missing.xml');
    for (const url of [good1, missing, good2]) await addSource(db.db, { url, language: 'en' }, nowIso);

    const first = await polling.tick();
    expect(first?.sources).toHaveLength(3);
    expect(first?.failed).toBe(1);
    expect(first?.total.itemsNew).toBe(2);
    const items = await db.db.selectFrom('items').select('title').orderBy('title').execute();
    expect(items.map((i) => i.title)).toEqual(['Poll item 1', 'Poll item 2']);

    const broken = await row(missing);
    expect(broken.consecutive_failures).toBe(1);
    expect(broken.last_error).toMatch(/^file not found: /);
    const good = await row(good1);
    expect(good.consecutive_failures).toBe(0);
    expect(good.last_error).toBeNull();

    // Nothing is due a minute later: the good sources wait for their interval, the broken one for its backoff.
    clock.advance(60_000);
    expect(await polling.tick()).toBeNull();

    // A failing source never comes back sooner than its interval: at its retry time all three are
    // due again; the good ones store nothing twice, the broken one fails once more and backs off again.
    expect(new Date(broken.next_fetch_at!).getTime()).toBeGreaterThanOrEqual(new Date(good.next_fetch_at!).getTime());
    clock.set(new Date(new Date(broken.next_fetch_at!).getTime() + 1000));
    const retry = await polling.tick();
    expect(retry?.sources).toHaveLength(3);
    expect(retry?.failed).toBe(1);
    expect(retry?.total.itemsNew).toBe(0);
    const again = await row(missing);
    expect(again.consecutive_failures).toBe(2);
    expect(new Date(again.next_fetch_at!).getTime()).toBeGreaterThan(clock.now().getTime());

    // The file appears: the next due tick stores its item and clears the failure.
    writeFileSync(missing, feed(3, 'Amazon launched in Belgium in 2024.'));
    clock.set(new Date(new Date(again.next_fetch_at!).getTime() + 1000));
    const healed = await polling.tick();
    expect(healed?.failed).toBe(0);
    expect(healed?.total.itemsNew).toBe(1);
    expect((await row(missing)).consecutive_failures).toBe(0);
  });

  it('polling: a tick claims at most POLL_CLAIM_LIMIT sources; the next tick takes the rest', async () => {
    const limited = startPolling({
      db: db.db,
      config: loadConfig({ POLL_CLAIM_LIMIT: '2' }),
      clock,
      log: silentLogger,
      schedule: '0 0 1 1 *',
      ingest: { random: () => 0.5 },
    });
    try {
      // A day later every source is due again: the three above and three new ones.
      clock.advance(24 * 60 * 60_000);
      const nowIso = clock.now().toISOString();
      for (let n = 4; n <= 6; n++) {
        writeFileSync(join(dir, `limit-${n}.xml`), feed(n, 'Bol opened a store in Antwerp in 2024.'));
        await addSource(db.db, { url: join(dir, `limit-${n}.xml`), language: 'en' }, nowIso);
      }
      const due = await db.db.selectFrom('sources').select('id').where('enabled', '=', 1).execute();
      expect(due).toHaveLength(6);
      const sizes: number[] = [];
      for (let r = await limited.tick(); r; r = await limited.tick()) sizes.push(r.sources.length);
      expect(sizes).toEqual([2, 2, 2]);
    } finally {
      await limited.stop();
    }
  });

  it('polling: the source lease is POLL_LEASE_MINUTES, and never shorter than four fetch timeouts', () => {
    expect(pollLeaseMs(loadConfig({}))).toBe(10 * 60_000);
    expect(pollLeaseMs(loadConfig({ POLL_LEASE_MINUTES: '3' }))).toBe(3 * 60_000);
    expect(pollLeaseMs(loadConfig({ POLL_LEASE_MINUTES: '1', FETCH_TIMEOUT_MS: '30000' }))).toBe(120_000);
  });
});
