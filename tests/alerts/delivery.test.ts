import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDue } from '../../src/alerts/claim.js';
import { DEFAULT_LEASE_MS, type DeliveryDeps, deliverDue } from '../../src/alerts/deliver.js';
import { disableSubscription } from '../../src/alerts/subscriptions.js';
import type { Destination, Notifier } from '../../src/alerts/notifier.js';
import type { Reply } from '../../src/messages/reply.js';
import { fixedClock } from '../../src/clock.js';
import { dispatch } from '../../src/core/dispatch.js';
import { renderText } from '../../src/messages/render-text.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfig } from '../../src/config.js';
import { commands } from '../../commands/index.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { addSubscription, channel, ingestFact, launch, recordingNotifier, seedCompetitors, source } from './helpers.js';

describe('alerts delivery', () => {
  let t: TestDb;
  const clock = fixedClock('2024-03-05T10:00:00.000Z');
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
    clock.set('2024-03-05T10:00:00.000Z');
  });
  afterEach(async () => t.cleanup());

  const deps = (notifier: Notifier, over: Partial<DeliveryDeps> = {}): DeliveryDeps => ({
    db: t.db,
    clock,
    log: silentLogger,
    notifiers: { shell: notifier },
    workerId: 'w1',
    random: () => 0.5,
    ...over,
  });
  const statuses = async () => (await t.db.selectFrom('outbox').select('status').orderBy('id').execute()).map((r) => r.status);

  it('delivery: every outbox row reaches its channel exactly once, with the fact, source and count', async () => {
    await addSubscription(t.db, 'a');
    await addSubscription(t.db, 'b');
    await ingestFact(t.db, launch('tiktok-shop', 'NL'), source('Reuters', 'https://example.com/tiktok-nl', '2024-03-04'), clock.now());
    await ingestFact(t.db, launch('temu', 'BE'), source('De Tijd', 'https://example.be/temu'), clock.now());
    const rec = recordingNotifier();
    const first = await deliverDue(deps(rec.notifier));
    expect(first).toMatchObject({ claimed: 4, sent: 4 });
    expect((await deliverDue(deps(rec.notifier))).claimed).toBe(0);
    clock.advance(60 * 60_000);
    expect((await deliverDue(deps(rec.notifier))).claimed).toBe(0);
    expect(rec.accepted.map((m) => m.to.channel).sort()).toEqual(['a', 'a', 'b', 'b']);
    expect(await statuses()).toEqual(['sent', 'sent', 'sent', 'sent']);
    const alert = rec.accepted.find((m) => m.to.channel === 'a')!.message;
    expect(alert.blocks[0]).toEqual({ kind: 'heading', text: 'New: TikTok Shop' });
    const facts = alert.blocks.find((b) => b.kind === 'facts');
    expect(facts).toMatchObject({ items: [{ source: { label: 'Reuters', url: 'https://example.com/tiktok-nl', date: '2024-03-04' }, sourceCount: 1 }] });
  });

  it('delivery: a notifier that fails three times then succeeds delivers once, backing off between tries', async () => {
    await addSubscription(t.db, 'flaky');
    await ingestFact(t.db, launch('shein', 'FR'), source('Le Monde', 'https://example.fr/a'), clock.now());
    const fail = { ok: false as const, permanent: false, reason: 'HTTP 503' };
    const rec = recordingNotifier([fail, fail, fail]);
    const gaps: number[] = [];
    for (let i = 0; i < 3; i++) {
      expect(await deliverDue(deps(rec.notifier))).toMatchObject({ retried: 1 });
      const row = await t.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', attempts: i + 1, last_error: 'HTTP 503' });
      const wait = Date.parse(row.next_attempt_at) - clock.now().getTime();
      gaps.push(wait);
      expect((await deliverDue(deps(rec.notifier))).claimed).toBe(0); // not due yet
      clock.advance(wait);
    }
    expect(gaps).toEqual([7500, 15000, 30000]); // 10s·2^n with jitter fixed at 0.5 (¾ of the ceiling)
    expect(await deliverDue(deps(rec.notifier))).toMatchObject({ sent: 1 });
    expect(rec.attempts).toHaveLength(4);
    expect(rec.accepted).toHaveLength(1);
    expect(await statuses()).toEqual(['sent']);
  });

  it('delivery: a worker killed after the platform accepted but before marking causes exactly one duplicate, no loss', async () => {
    await addSubscription(t.db, 'c');
    await ingestFact(t.db, launch('amazon', 'BE'), source('NOS', 'https://nos.example/1'), clock.now());
    await ingestFact(t.db, launch('bol', 'DE'), source('NOS', 'https://nos.example/2'), clock.now());
    const platform = recordingNotifier();
    // The dying worker: the platform accepts its first message, then the process dies (the send never returns).
    let reached!: () => void;
    const accepted = new Promise<void>((r) => {
      reached = r;
    });
    const dying = {
      platform: 'shell' as const,
      send: async (to: Destination, message: Reply) => {
        await platform.notifier.send(to, message);
        reached();
        return new Promise<never>(() => {});
      },
    };
    void deliverDue(deps(dying, { workerId: 'dying', concurrency: 1 }));
    await accepted;
    expect(await statuses()).toEqual(['sending', 'sending']);
    // Another worker cannot take the rows while the claim holds …
    expect((await deliverDue(deps(platform.notifier, { workerId: 'w2' }))).claimed).toBe(0);
    // … and takes both once it has expired.
    clock.advance(DEFAULT_LEASE_MS + 1);
    expect(await deliverDue(deps(platform.notifier, { workerId: 'w2' }))).toMatchObject({ claimed: 2, sent: 2 });
    expect(await statuses()).toEqual(['sent', 'sent']);
    const headings = platform.accepted.map((m) => (m.message.blocks[0] as { text: string }).text);
    // Which: the row accepted just before the crash went out twice (one duplicate); the row the
    // dead worker never sent went out once. Nothing lost.
    expect(headings.filter((h) => h === 'New: Amazon')).toHaveLength(2);
    expect(headings.filter((h) => h === 'New: Bol.com')).toHaveLength(1);
    expect(headings).toHaveLength(3);
  });

  it('delivery: the late mark of a worker whose claim expired and was taken over is refused', async () => {
    await addSubscription(t.db, 'd');
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/3'), clock.now());
    const slow = await claimDue(t.db, { token: 'slow#1', now: clock.now(), leaseMs: 1000, limit: 10 });
    clock.advance(1001);
    const rec = recordingNotifier();
    expect(await deliverDue(deps(rec.notifier))).toMatchObject({ sent: 1 });
    const { markSent } = await import('../../src/alerts/claim.js');
    expect(await markSent(t.db, slow[0]!.id, 'slow#1', clock.now().toISOString())).toBe(false);
  });

  it('delivery: two workers claiming at once never both get the same row', async () => {
    for (let i = 0; i < 20; i++) await addSubscription(t.db, `ch${i}`);
    await ingestFact(t.db, launch('tiktok-shop', 'FR'), source('Les Echos', 'https://lesechos.example/1'), clock.now());
    const [a, b] = await Promise.all([
      claimDue(t.db, { token: 'A#1', now: clock.now(), leaseMs: 60_000, limit: 15 }),
      claimDue(t.db, { token: 'B#1', now: clock.now(), leaseMs: 60_000, limit: 15 }),
    ]);
    const ids = [...a, ...b].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(15);
  });

  it('delivery: a row whose subscription was disabled after fan-out is retired when claimed, never sent', async () => {
    const gone = await addSubscription(t.db, 'gone');
    await addSubscription(t.db, 'kept');
    await ingestFact(t.db, launch('temu', 'PL'), source('Rzeczpospolita', 'https://rp.example/1'), clock.now());
    await disableSubscription(t.db, gone, 'channel_not_found', clock.now().toISOString());
    const rec = recordingNotifier();
    expect(await deliverDue(deps(rec.notifier))).toMatchObject({ claimed: 1, sent: 1 });
    expect(rec.accepted.map((m) => m.to.channel)).toEqual(['kept']);
    const rows = await t.db.selectFrom('outbox').select(['subscription_id', 'status', 'last_error']).orderBy('id').execute();
    expect(rows.find((r) => r.subscription_id === gone)).toMatchObject({ status: 'dead', last_error: 'not sent: subscription disabled' });
    clock.advance(60 * 60_000);
    expect((await deliverDue(deps(rec.notifier))).claimed).toBe(0);
  });

  it('delivery: a permanent failure disables the subscription, logs it, and /subscriptions shows why', async () => {
    const sub = await addSubscription(t.db, 'gone');
    await ingestFact(t.db, launch('shein', 'NL'), source('NOS', 'https://nos.example/4'), clock.now());
    await ingestFact(t.db, launch('shein', 'BE'), source('NOS', 'https://nos.example/5'), clock.now());
    const rec = recordingNotifier([{ ok: false, permanent: true, reason: 'channel_not_found' }]);
    const logged: string[] = [];
    const log = { ...silentLogger, error: (msg: string) => void logged.push(msg) };
    const r = await deliverDue(deps(rec.notifier, { log, concurrency: 1 }));
    expect(r.dead).toBe(1);
    expect(logged.some((m) => m.includes('permanent'))).toBe(true);
    expect(await statuses()).toEqual(['dead', 'dead']);
    const row = await t.db.selectFrom('subscriptions').selectAll().where('id', '=', sub).executeTakeFirstOrThrow();
    expect(row.disabled_reason).toBe('channel_not_found');
    // New facts no longer fan out to it.
    expect((await ingestFact(t.db, launch('shein', 'DE'), source('NOS', 'https://nos.example/6'), clock.now())).rows).toBe(0);
    const ctx = {
      db: t.db, config: loadConfig({}), clock, log: silentLogger, channel: channel('gone'),
      invoker: { id: 'u1', isAdmin: false }, services: {},
    };
    const shown = await dispatch(commands, ctx, 'subscriptions', '');
    const text = JSON.stringify(shown);
    expect(shown.status).toBe('ok');
    expect(text).toContain('Disabled');
    expect(text).toContain('channel_not_found');
    expect(text).toMatch(/"label":"Failed","value":"2"/);
  });

  it('delivery: a row that cannot be rendered is dropped with the reason, and the channel keeps its subscription and other messages', async () => {
    const sub = await addSubscription(t.db, 'e');
    await ingestFact(t.db, launch('temu', 'SE'), source('SVT', 'https://svt.example/1'), clock.now());
    const now = clock.now().toISOString();
    await t.db
      .insertInto('outbox')
      .values({
        subscription_id: sub, kind: 'digest', fact_id: null, digest_date: '2024-03-04', dedupe_key: `digest:${sub}:2024-03-04`, payload: '{broken',
        status: 'pending', attempts: 0, next_attempt_at: now, last_error: null, claimed_by: null, claimed_until: null, created_at: now, sent_at: null,
      })
      .execute();
    const rec = recordingNotifier();
    expect(await deliverDue(deps(rec.notifier, { concurrency: 1 }))).toMatchObject({ sent: 1, dead: 1 });
    expect(rec.accepted.map((m) => (m.message.blocks[0] as { text: string }).text)).toEqual(['New: Temu']);
    expect((await t.db.selectFrom('subscriptions').select('disabled_reason').executeTakeFirstOrThrow()).disabled_reason).toBeNull();
    const broken = await t.db.selectFrom('outbox').select(['status', 'last_error']).where('kind', '=', 'digest').executeTakeFirstOrThrow();
    expect(broken).toMatchObject({ status: 'dead', last_error: expect.stringContaining('nothing to send') });
  });

  it('delivery: a channel deleted after its subscription was disabled is still named, with the reason, by /subscriptions elsewhere in the workspace', async () => {
    await addSubscription(t.db, 'deleted-channel');
    await addSubscription(t.db, 'general');
    await ingestFact(t.db, launch('temu', 'FR'), source('NOS', 'https://nos.example/7'), clock.now());
    const rec = recordingNotifier();
    const refusing: Notifier = {
      platform: 'shell',
      send: async (to, message) =>
        to.channel === 'deleted-channel' ? { ok: false, permanent: true, reason: 'Unknown Channel (Discord 10003)' } : rec.notifier.send(to, message),
    };
    expect(await deliverDue(deps(refusing))).toMatchObject({ sent: 1, dead: 1 });
    const ask = (where: string, workspace = 'local') =>
      dispatch(commands, {
        db: t.db, config: loadConfig({}), clock, log: silentLogger, channel: { platform: 'shell', workspace, channel: where },
        invoker: { id: 'u1', isAdmin: false }, services: {},
      }, 'subscriptions', '');
    // As the terminal shows it: the channel leads its line, in a readable form.
    const fromGeneral = renderText(await ask('general'));
    expect(fromGeneral).toContain('Disabled elsewhere in this workspace');
    expect(fromGeneral).toContain('\n#deleted-channel on shell: Unknown Channel (Discord 10003) (since 2024-03-05 10:00 UTC)\n');
    // A channel without a subscription of its own hears about it too; another workspace does not.
    const unsubscribed = await ask('random');
    expect(unsubscribed.status).toBe('not_found');
    expect(renderText(unsubscribed)).toContain('#deleted-channel on shell: Unknown Channel');
    expect(JSON.stringify(await ask('general', 'other-team'))).not.toContain('deleted-channel');
  });
});
