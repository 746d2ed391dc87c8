import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runDigestTick } from '../../src/alerts/digest-tick.js';
import { localTime } from '../../src/alerts/local-time.js';
import { fixedClock } from '../../src/clock.js';
import { connect } from '../../src/db/connect.js';
import { silentLogger } from '../../src/logger.js';
import type { FactListBlock, Reply } from '../../src/messages/reply.js';
import { onPostgres, type TestDb, testDb } from '../helpers/test-db.js';
import { addSubscription, ingestFact, launch, metric, seedCompetitors, source } from './helpers.js';

describe('alerts digests', () => {
  let t: TestDb;
  const clock = fixedClock('2024-01-01T00:00:00.000Z');
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
  });
  afterEach(async () => t.cleanup());

  const digests = () =>
    t.db.selectFrom('outbox').select(['subscription_id', 'digest_date', 'created_at', 'payload']).where('kind', '=', 'digest').orderBy('id').execute();
  const tickEvery = async (fromIso: string, toIso: string, stepMin: number) => {
    for (clock.set(fromIso); clock.now().toISOString() < toIso; clock.advance(stepMin * 60_000)) {
      await runDigestTick({ db: t.db, clock, log: silentLogger });
    }
  };

  const dstCases = [
    { zone: 'Europe/Amsterdam', change: '2024-03-31', before: '08:00', after: '07:00' },
    { zone: 'Europe/Amsterdam', change: '2024-10-27', before: '07:00', after: '08:00' },
    { zone: 'America/New_York', change: '2024-03-10', before: '14:00', after: '13:00' },
    { zone: 'America/New_York', change: '2024-11-03', before: '13:00', after: '14:00' },
  ];

  it.each(dstCases)('digest: across the DST change of $change in $zone, one digest per local day at the local hour', async ({ zone, change, before, after }) => {
    const nine = await addSubscription(t.db, 'nine', { mode: 'digest', timezone: zone, digest_time: '09:00', skip_empty: 0 });
    const night = await addSubscription(t.db, 'night', { mode: 'digest', timezone: zone, digest_time: '02:30', skip_empty: 0 });
    const day = Date.parse(`${change}T12:00:00Z`);
    const from = new Date(day - 36 * 3600_000).toISOString();
    const to = new Date(day + 48 * 3600_000).toISOString();
    await tickEvery(from, to, 10);
    const rows = await digests();
    // The first tick catches up on the day already past (the subscription had none yet); skip it.
    const live = rows.filter((r) => r.created_at !== from);
    const nines = live.filter((r) => r.subscription_id === nine);
    const dates = nines.map((r) => r.digest_date);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates).toContain(change);
    for (const r of nines) expect(localTime(new Date(r.created_at), zone).time).toBe('09:00');
    const utcHour = (date: string) => nines.find((r) => r.digest_date === date)!.created_at.slice(11, 16);
    const prev = new Date(Date.parse(change) - 86400_000).toISOString().slice(0, 10);
    expect(utcHour(prev)).toBe(before);
    expect(utcHour(change)).toBe(after);
    const nights = live.filter((r) => r.subscription_id === night);
    expect(new Set(nights.map((r) => r.digest_date)).size).toBe(nights.length);
    const onChange = nights.filter((r) => r.digest_date === change);
    expect(onChange).toHaveLength(1);
    // 02:30 does not exist on a spring-forward night: the digest goes at 03:00, the first minute after.
    const expected = change.endsWith('-03-31') || change.endsWith('-03-10') ? '03:00' : '02:30';
    expect(localTime(new Date(onChange[0]!.created_at), zone).time).toBe(expected);
  });

  it('digest: two schedulers on one database write one digest per day', async () => {
    // Postgres: a second pool, truly concurrent. SQLite: better-sqlite3 is synchronous, so a second
    // connection in this same thread would block the first; the two schedulers share the handle and
    // interleave at every await (both find the same subscriptions due; the digests key settles it).
    const other = onPostgres ? connect(t.url) : { db: t.db, close: async () => {} };
    try {
      for (let i = 0; i < 30; i++) await addSubscription(t.db, `c${i}`, { mode: 'digest', skip_empty: 0, timezone: 'Europe/Amsterdam' });
      const otherClock = fixedClock('2024-05-01T00:00:00.000Z');
      for (let m = 0; m < 48 * 60; m += 30) {
        clock.set(new Date(Date.parse('2024-05-01T00:00:00Z') + m * 60_000));
        otherClock.set(clock.now());
        await Promise.all([
          runDigestTick({ db: t.db, clock, log: silentLogger }),
          runDigestTick({ db: other.db, clock: otherClock, log: silentLogger }),
        ]);
      }
      const rows = await digests();
      // Three local days each: 1 and 2 May at 09:00, and 30 April, missed before the first tick
      // (02:00 on 1 May in Amsterdam) and caught up by it — by one of the two schedulers.
      expect(rows).toHaveLength(90);
      const perSubDay = new Set(rows.map((r) => `${r.subscription_id}:${r.digest_date}`));
      expect(perSubDay.size).toBe(90);
      expect(new Set(rows.map((r) => r.digest_date))).toEqual(new Set(['2024-04-30', '2024-05-01', '2024-05-02']));
      expect(await t.db.selectFrom('digests').select('subscription_id').execute()).toHaveLength(90);
    } finally {
      await other.close();
    }
  });

  it('digest: after three days down, the restart sends today’s digest once and no backlog', async () => {
    const sub = await addSubscription(t.db, 'ops', { mode: 'digest', timezone: 'UTC', skip_empty: 0, created_at: '2024-06-01T00:00:00.000Z' });
    clock.set('2024-06-01T09:01:00Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/temu-nl'), new Date('2024-06-02T12:00:00Z'));
    await ingestFact(t.db, launch('shein', 'BE'), source('NOS', 'https://nos.example/shein-be'), new Date('2024-06-03T12:00:00Z'));
    clock.set('2024-06-04T15:00:00Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    const rows = await digests();
    expect(rows.map((r) => r.digest_date)).toEqual(['2024-06-01', '2024-06-04']);
    const text = rows[1]!.payload!;
    expect(text).toContain('Temu');
    expect(text).toContain('Shein');
    const covered = await t.db.selectFrom('digests').select(['digest_date', 'covered_until']).where('subscription_id', '=', sub).orderBy('digest_date').execute();
    expect(covered.at(-1)).toEqual({ digest_date: '2024-06-04', covered_until: '2024-06-04T15:00:00.000Z' });
  });

  it('digest: down across yesterday’s digest time, a restart before today’s sends yesterday’s once (saying it is late), then today’s on time', async () => {
    const sub = await addSubscription(t.db, 'ops', { mode: 'digest', timezone: 'Europe/Amsterdam', skip_empty: 0, created_at: '2024-06-01T00:00:00.000Z' });
    clock.set('2024-06-01T07:01:00Z'); // 09:01 in Amsterdam
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    // Down from 10:00 on 1 June until 06:00 on 3 June: the digest of 2 June never went out.
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/temu-nl'), new Date('2024-06-02T12:00:00Z'));
    clock.set('2024-06-03T04:00:00Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    let rows = await digests();
    expect(rows.map((r) => r.digest_date)).toEqual(['2024-06-01', '2024-06-02']);
    expect(rows[1]!.created_at).toBe('2024-06-03T04:00:00.000Z');
    expect(rows[1]!.payload).toContain('Temu');
    expect(rows[1]!.payload).toContain('Sent late: due at 09:00 on 2024-06-02 (Europe/Amsterdam)');
    // Today's goes at 09:00 as usual, covering only what came after the late one.
    for (clock.set('2024-06-03T04:10:00Z'); clock.now() < new Date('2024-06-03T08:00:00Z'); clock.advance(10 * 60_000)) {
      await runDigestTick({ db: t.db, clock, log: silentLogger });
    }
    rows = await digests();
    expect(rows.map((r) => r.digest_date)).toEqual(['2024-06-01', '2024-06-02', '2024-06-03']);
    expect(rows[2]!.created_at).toBe('2024-06-03T07:00:00.000Z');
    expect(rows[2]!.payload).not.toContain('Temu');
    expect(rows[2]!.payload).not.toContain('Sent late');
    // Down for four days: one late digest (the last missed day), not a backlog of four.
    clock.set('2024-06-08T05:00:00Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    rows = await digests();
    expect(rows.map((r) => r.digest_date)).toEqual(['2024-06-01', '2024-06-02', '2024-06-03', '2024-06-07']);
    const marked = await t.db.selectFrom('digests').select('digest_date').where('subscription_id', '=', sub).orderBy('digest_date').execute();
    expect(marked.map((m) => m.digest_date)).toEqual(['2024-06-01', '2024-06-02', '2024-06-03', '2024-06-07']);
  });

  it('digest: a subscription created after yesterday’s digest time gets no catch-up digest for yesterday', async () => {
    await addSubscription(t.db, 'new', { mode: 'digest', timezone: 'UTC', skip_empty: 0, created_at: '2024-06-02T10:00:00.000Z' });
    clock.set('2024-06-03T06:00:00Z');
    expect(await runDigestTick({ db: t.db, clock, log: silentLogger })).toMatchObject({ due: 0 });
    clock.set('2024-06-03T09:00:00Z');
    expect(await runDigestTick({ db: t.db, clock, log: silentLogger })).toMatchObject({ due: 1, queued: 1 });
  });

  it('digest: groups by competitor, most important then newest first, with source counts and conflicts marked', async () => {
    await addSubscription(t.db, 'team', { mode: 'digest', timezone: 'UTC', created_at: '2024-06-01T00:00:00.000Z' });
    await addSubscription(t.db, 'temu-team', { mode: 'digest', timezone: 'UTC', competitors: ['temu'], created_at: '2024-06-01T00:00:00.000Z' });
    const at = (h: number) => new Date(`2024-06-01T${String(h).padStart(2, '0')}:00:00Z`);
    await ingestFact(t.db, metric('tiktok-shop', 'gmv', 10e9), source('A', 'https://a.example/1'), at(1));
    await ingestFact(t.db, metric('tiktok-shop', 'gmv', 10.1e9), source('B', 'https://b.example/1'), at(2));
    await ingestFact(t.db, metric('tiktok-shop', 'gmv', 14e9), source('C', 'https://c.example/1'), at(3));
    await ingestFact(t.db, launch('tiktok-shop', 'BE'), source('D', 'https://d.example/1'), at(4));
    await ingestFact(t.db, launch('temu', 'NL'), source('E', 'https://e.example/1'), at(5));
    await ingestFact(t.db, metric('temu', 'users', 5e6, { unit: 'count', market: 'NL' }), source('F', 'https://f.example/1'), at(6));
    clock.set('2024-06-02T09:00:00Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    const rows = await digests();
    expect(rows).toHaveLength(2);
    const team = JSON.parse(rows[0]!.payload!) as Reply;
    const groups = team.blocks.filter((b): b is FactListBlock => b.kind === 'facts');
    expect(groups.map((g) => g.title)).toEqual(['TikTok Shop', 'Temu']);
    const tiktok = groups[0]!.items;
    // Importance 3 first (the conflict at 03:00 and the launch at 04:00: newest first), then gmv at 2.
    expect(tiktok.map((i) => i.conflict ?? false)).toEqual([false, true, false]);
    expect(tiktok[0]!.text).toContain('launch');
    expect(tiktok[1]!.text).toContain('conflicts with $10B');
    expect(tiktok[2]).toMatchObject({ sourceCount: 2, source: { label: 'A', url: 'https://a.example/1' } });
    const temuOnly = JSON.parse(rows[1]!.payload!) as Reply;
    expect(temuOnly.blocks.filter((b) => b.kind === 'facts').map((b) => (b as FactListBlock).title)).toEqual(['Temu']);
  });

  it('digest: an empty day is skipped when skip_empty is on and says "nothing new" when off', async () => {
    const quiet = await addSubscription(t.db, 'quiet', { mode: 'digest', timezone: 'UTC', skip_empty: 1 });
    const chatty = await addSubscription(t.db, 'chatty', { mode: 'both', timezone: 'UTC', skip_empty: 0 });
    await addSubscription(t.db, 'alerts-only', { mode: 'alerts', timezone: 'UTC', skip_empty: 0 });
    clock.set('2024-07-01T09:30:00Z');
    const r = await runDigestTick({ db: t.db, clock, log: silentLogger });
    expect(r).toEqual({ due: 2, written: 2, queued: 1 });
    const rows = await digests();
    expect(rows.map((x) => x.subscription_id)).toEqual([chatty]);
    // Subscribed in January with no digest since: the digest reaches back its one-week limit.
    expect(rows[0]!.payload).toContain('Nothing new in the last 7 days.');
    const marked = await t.db.selectFrom('digests').select('subscription_id').orderBy('subscription_id').execute();
    expect(marked.map((m) => m.subscription_id)).toEqual([quiet, chatty]);
  });
});
