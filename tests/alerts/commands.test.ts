import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { CommandContext } from '../../src/core/command.js';
import { dispatch } from '../../src/core/dispatch.js';
import { silentLogger } from '../../src/logger.js';
import type { Reply } from '../../src/messages/reply.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { runDigestTick } from '../../src/alerts/digest-tick.js';
import { MAX_PER_COMPETITOR } from '../../src/alerts/render-digest.js';
import { channel, ingestFact, launch, seedCompetitors, source } from './helpers.js';

const text = (r: Reply) => JSON.stringify(r.blocks);

describe('alerts commands', () => {
  let t: TestDb;
  const clock = fixedClock('2024-03-05T07:00:00.000Z');
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
    clock.set('2024-03-05T07:00:00.000Z');
  });
  afterEach(async () => t.cleanup());

  const run = (line: string, over: Partial<CommandContext> = {}) => {
    const [name, ...rest] = line.replace(/^\//, '').split(' ');
    const ctx: CommandContext = {
      db: t.db, config: loadConfig({ DEFAULT_TIMEZONE: 'Europe/Amsterdam', DEFAULT_DIGEST_TIME: '09:00' }), clock, log: silentLogger,
      channel: channel('general'), invoker: { id: 'U1', isAdmin: true }, services: {}, ...over,
    };
    return dispatch(commands, ctx, name!, rest.join(' '));
  };
  const sub = () => t.db.selectFrom('subscriptions').selectAll().executeTakeFirst();

  it('subscribe: 25:00 is refused with the expected format', async () => {
    const r = await run('/subscribe tiktok at 25:00');
    expect(r.status).toBe('usage');
    expect(text(r)).toContain('\\"25:00\\" is not a time of day. Use HH:MM from 00:00 to 23:59');
    expect(await sub()).toBeUndefined();
  });

  it('subscribe: an unknown timezone (Mars/Phobos) is refused and nothing is saved', async () => {
    const r = await run('/subscribe temu Mars/Phobos');
    expect(r.status).toBe('usage');
    expect(text(r)).toContain('Unknown timezone \\"Mars/Phobos\\"');
    expect(text(r)).toContain('Europe/Amsterdam');
    expect(await sub()).toBeUndefined();
  });

  it('subscribe: a misspelt timezone suggests the closest IANA name', async () => {
    const r = await run('/subscribe Europe/Amsterdm');
    expect(text(r)).toContain('Did you mean Europe/Amsterdam');
  });

  it('subscribe: unknown competitor suggests the closest alias', async () => {
    const r = await run('/subscribe temo digest');
    expect(r.status).toBe('not_found');
    expect(text(r)).toContain('No competitor called \\"temo\\". Did you mean Temu?');
    expect(await sub()).toBeUndefined();
  });

  it('subscribe: is for admins only', async () => {
    const r = await run('/subscribe temu', { invoker: { id: 'U2', isAdmin: false } });
    expect(r.status).toBe('refused');
    expect(await sub()).toBeUndefined();
  });

  it('subscribe: names resolve case-insensitively, also across words, with mode, time and timezone saved', async () => {
    const r = await run('/subscribe TikTok Shop PDD Holdings digest at 8:30 america/new_york');
    expect(r.status).toBe('ok');
    expect(await sub()).toMatchObject({
      platform: 'shell', workspace: 'local', channel: 'general', competitors: '["tiktok-shop","temu"]', mode: 'digest',
      digest_time: '08:30', timezone: 'America/New_York', min_importance: 3, created_by: 'U1',
    });
    expect(text(r)).toContain('TikTok Shop, Temu');
  });

  it('subscribe: defaults come from the configuration; subscribing again adds competitors', async () => {
    await run('/subscribe shein');
    expect(await sub()).toMatchObject({ competitors: '["shein"]', mode: 'both', digest_time: '09:00', timezone: 'Europe/Amsterdam' });
    await run('/subscribe amazon alerts');
    expect(await sub()).toMatchObject({ competitors: '["shein","amazon"]', mode: 'alerts', digest_time: '09:00' });
    await run('/subscribe all');
    expect(await sub()).toMatchObject({ competitors: '[]' });
  });

  it('unsubscribe: removes named competitors, and with no arguments the whole subscription', async () => {
    await run('/subscribe shein temu');
    const bad = await run('/unsubscribe sheinn');
    expect(text(bad)).toContain('Did you mean Shein?');
    await run('/unsubscribe Temu');
    expect(await sub()).toMatchObject({ competitors: '["shein"]' });
    const r = await run('/unsubscribe');
    expect(r.status).toBe('ok');
    expect(await sub()).toBeUndefined();
    expect((await run('/unsubscribe')).status).toBe('not_found');
  });

  it('unsubscribe: "digest" or "alerts" stops just that kind of delivery; stopping the last one removes the subscription', async () => {
    await run('/subscribe temu both');
    const noDigest = await run('/unsubscribe digest');
    expect(text(noDigest)).toContain('No more daily digest here; instant alerts continue.');
    expect(await sub()).toMatchObject({ mode: 'alerts', competitors: '["temu"]' });
    expect(text(await run('/unsubscribe digest'))).toContain('This channel gets no digest: nothing changed.');
    expect(text(await run('/unsubscribe alerts temu'))).toContain('one at a time');
    // A digest time typed on an alerts-only subscription turns the digest back on, and says so.
    expect(text(await run('/subscribe at 08:00'))).toContain('now gets the daily digest at 08:00 as well as instant alerts');
    expect(await sub()).toMatchObject({ mode: 'both', digest_time: '08:00' });
    await run('/unsubscribe alerts');
    expect(await sub()).toMatchObject({ mode: 'digest' });
    expect(text(await run('/unsubscribe digest'))).toContain('the subscription is removed');
    expect(await sub()).toBeUndefined();
  });

  it('unsubscribe: removing one competitor from "all" keeps the others', async () => {
    await run('/subscribe');
    await run('/unsubscribe amazon');
    expect(JSON.parse((await sub())!.competitors).sort()).toEqual(['bol', 'shein', 'temu', 'tiktok-shop']);
  });

  it('subscriptions: shows the settings and delivery health of this channel only', async () => {
    expect((await run('/subscriptions')).status).toBe('not_found');
    await run('/subscribe temu both at 07:45 UTC');
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/1'), clock.now());
    const r = await run('/subscriptions');
    expect(r.status).toBe('ok');
    expect(text(r)).toContain('"label":"Pending","value":"1"');
    expect(text(r)).toContain('07:45 UTC');
    const elsewhere = await run('/subscriptions', { channel: channel('random') });
    expect(elsewhere.status).toBe('not_found');
  });

  it('digest: previews the facts since the last digest without sending or marking anything', async () => {
    await run('/subscribe temu digest at 09:00 UTC');
    clock.advance(60_000);
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/temu'), clock.now());
    await ingestFact(t.db, launch('shein', 'NL'), source('NOS', 'https://nos.example/shein'), clock.now());
    clock.advance(60_000);
    const r = await run('/digest');
    expect(r.status).toBe('ok');
    expect(text(r)).toContain('Temu');
    expect(text(r)).not.toContain('Shein');
    expect(text(r)).toContain('Preview only');
    expect(await t.db.selectFrom('outbox').select('id').where('kind', '=', 'digest').execute()).toHaveLength(0);
    expect(await t.db.selectFrom('digests').select('subscription_id').execute()).toHaveLength(0);
  });

  it('subscribe: moving the digest time earlier than now keeps the facts not yet sent for the next digest, and sends no catch-up', async () => {
    await run('/subscribe digest show-empty at 09:00 UTC');
    clock.set('2024-03-05T09:00:00.000Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    await ingestFact(t.db, launch('temu', 'NL'), source('NOS', 'https://nos.example/temu'), new Date('2024-03-06T07:00:00.000Z'));
    clock.set('2024-03-06T08:30:00.000Z');
    await run('/subscribe at 08:00');
    clock.set('2024-03-06T08:31:00.000Z');
    expect(await runDigestTick({ db: t.db, clock, log: silentLogger })).toMatchObject({ due: 0 });
    clock.set('2024-03-07T08:00:00.000Z');
    expect(await runDigestTick({ db: t.db, clock, log: silentLogger })).toMatchObject({ due: 1, queued: 1 });
    const last = await t.db.selectFrom('outbox').select('payload').where('kind', '=', 'digest').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(last.payload).toContain('Temu');
    // Re-enabled before today's time after a failure: yesterday's missed digest is not sent at once.
    await t.db.updateTable('subscriptions').set({ disabled_reason: 'channel_not_found', disabled_at: '2024-03-07T08:01:00.000Z' }).execute();
    clock.set('2024-03-09T07:00:00.000Z');
    await run('/subscribe');
    expect(await runDigestTick({ db: t.db, clock, log: silentLogger })).toMatchObject({ due: 0 });
  });

  it('subscribe: after the digest time has passed today, the first digest is tomorrow, not at once', async () => {
    clock.set('2024-03-05T15:00:00.000Z');
    await run('/subscribe digest at 09:00 UTC');
    const marked = await t.db.selectFrom('digests').selectAll().execute();
    expect(marked).toMatchObject([{ digest_date: '2024-03-05', covered_until: '2024-03-05T15:00:00.000Z' }]);
    // No digest went out yet: the preview counts from the subscription, not from "the last digest".
    clock.set('2024-03-05T16:00:00.000Z');
    const preview = text(await run('/digest'));
    expect(preview).toContain('Nothing new since this channel subscribed, 2024-03-05 15:00 (UTC).');
    expect(preview).not.toContain('last digest');
  });

  it('subscribe: "at 9:00 CET" is read as the Central European zone, split or as one word (a Discord option), with summer time', async () => {
    const cet = await run('/subscribe tiktok at 9:00 CET');
    expect(cet.status).toBe('ok');
    // The configured default (Europe/Amsterdam) keeps the same clock as CET, so it is the one kept.
    expect(await sub()).toMatchObject({ digest_time: '09:00', timezone: 'Europe/Amsterdam' });
    expect(text(cet)).toContain('\\"CET\\" read as Europe/Amsterdam, which follows summer time');
    await t.db.deleteFrom('subscriptions').execute();
    for (const typed of ['at 8:15 CET', '8:15 CET']) {
      const ctx = {
        db: t.db, config: loadConfig({ DEFAULT_TIMEZONE: 'UTC' }), clock, log: silentLogger, channel: channel(typed),
        invoker: { id: 'U1', isAdmin: true }, services: {},
      };
      // One token, as Discord's `at` option (and a quoted shell word) hands it over.
      const r = await dispatch(commands, ctx, 'subscribe', `temu "${typed}"`);
      expect(r.status).toBe('ok');
      const row = await t.db.selectFrom('subscriptions').selectAll().where('channel', '=', typed).executeTakeFirstOrThrow();
      // A default in another zone is not used: CET is read as the first Central European zone.
      expect(row).toMatchObject({ competitors: '["temu"]', digest_time: '08:15', timezone: 'Europe/Paris' });
    }
    const jst = await run('/subscribe tiktok jst', { channel: channel('tokyo') });
    expect(text(jst)).toContain('\\"JST\\" read as Asia/Tokyo.');
    await run('/subscribe tiktok est');
    expect(await t.db.selectFrom('subscriptions').selectAll().where('channel', '=', 'general').executeTakeFirst()).toMatchObject({ timezone: 'America/New_York' });
  });

  it('subscribe: ambiguous abbreviations and fixed offsets get IANA advice, not "no competitor called CST"', async () => {
    const cst = await run('/subscribe tiktok at 9:00 CST');
    expect(cst.status).toBe('usage');
    expect(text(cst)).toContain('\\"CST\\" is ambiguous');
    expect(text(cst)).toContain('America/Chicago or Asia/Shanghai');
    expect(text(await run('/subscribe tiktok "9:00 IST"'))).toContain('Europe/Dublin or Asia/Kolkata');
    const offset = await run('/subscribe tiktok at 9:00 UTC+2');
    expect(text(offset)).toContain('\\"UTC+2\\" is a fixed offset');
    expect(text(offset)).toContain('Europe/Paris');
    expect(text(await run('/subscribe tiktok Etc/GMT-2'))).toContain('UTC+2: Etc names invert the sign');
    expect(await sub()).toBeUndefined();
    await run('/subscribe tiktok digest at 9:00 GMT');
    expect(await sub()).toMatchObject({ timezone: 'UTC', digest_time: '09:00' });
    expect(text(await run('/subscribe tiktok CET Europe/Amsterdam'))).not.toContain('One timezone at a time');
    expect(await sub()).toMatchObject({ timezone: 'Europe/Amsterdam' });
    expect(text(await run('/subscribe tiktok CET America/New_York'))).toContain('One timezone at a time');
  });

  it('subscribe: "alerts digest" means both; contradicting words are refused and nothing changes', async () => {
    await run('/subscribe temu alerts digest');
    expect(await sub()).toMatchObject({ mode: 'both' });
    const empty = await run('/subscribe temu skip-empty show-empty');
    expect(empty.status).toBe('usage');
    expect(text(empty)).toContain('contradict each other');
    const times = await run('/subscribe at 08:00 at 09:30');
    expect(text(times)).toContain('08:00 or 09:30');
    expect(text(await run('/subscribe UTC Europe/Paris'))).toContain('One timezone at a time');
    expect(text(await run('/subscribe min low min high'))).toContain('One minimum importance at a time');
    expect(await sub()).toMatchObject({ skip_empty: 1, digest_time: '09:00', timezone: 'Europe/Amsterdam', min_importance: 3 });
  });

  it('subscribe: naming a competitor on an "all" subscription says it now follows only that one', async () => {
    await run('/subscribe all');
    const narrowed = await run('/subscribe temu');
    expect(text(narrowed)).toContain('Now following only Temu (was: all competitors)');
    expect(await sub()).toMatchObject({ competitors: '["temu"]' });
    expect(text(await run('/subscribe shein'))).toContain('Added Shein: now following Temu, Shein.');
    expect(text(await run('/subscribe temu'))).toContain('Already following Temu, Shein: nothing added.');
    expect(text(await run('/subscribe all'))).toContain('Now following all competitors (was: Temu, Shein).');
  });

  it('unsubscribe: a competitor that is not followed is named and nothing changes', async () => {
    await run('/subscribe shein amazon');
    const before = await sub();
    const r = await run('/unsubscribe temu');
    expect(r.status).toBe('not_found');
    expect(text(r)).toContain('Temu is not followed here: nothing changed.');
    expect(text(r)).toContain('Followed here: Shein, Amazon.');
    expect(await sub()).toEqual(before);
    const partly = await run('/unsubscribe temu shein');
    expect(text(partly)).toContain('Stopped following Shein (Temu was not followed).');
    expect(await sub()).toMatchObject({ competitors: '["amazon"]' });
  });

  it('digest: before any digest went out, an empty preview says since when the channel subscribed, in its timezone', async () => {
    await run('/subscribe temu digest at 09:00');
    const r = await run('/digest');
    // 07:00 UTC is 08:00 in Amsterdam (the configured default timezone).
    expect(text(r)).toContain('Nothing new since this channel subscribed, 2024-03-05 08:00 (Europe/Amsterdam).');
    expect(text(r)).toContain('Facts first seen since 2024-03-05 08:00 (Europe/Amsterdam).');
    expect(text(r)).not.toContain('UTC');
    expect(text(r)).not.toContain('last digest');
    clock.set('2024-03-05T08:30:00.000Z');
    await runDigestTick({ db: t.db, clock, log: silentLogger });
    clock.advance(60_000);
    expect(text(await run('/digest'))).toContain('Nothing new since the last digest, 2024-03-05 09:30 (Europe/Amsterdam).');
    const elsewhere = await run('/digest', { channel: channel('random') });
    expect(text(elsewhere)).toContain('Nothing new in the last 24 hours.');
    await run('/subscribe alerts');
    expect(text(await run('/digest'))).toContain('this channel gets instant alerts, no daily digest. /subscribe both (or digest) to get one.');
  });

  it('digest: a competitor with more facts than fit says so once, with the command to see them', async () => {
    await run('/subscribe tiktok digest');
    const markets = ['NL', 'BE', 'FR', 'DE', 'ES', 'IT', 'PL', 'SE', 'AT', 'IE', 'PT', 'DK'];
    for (const m of markets) {
      clock.advance(1000);
      await ingestFact(t.db, launch('tiktok-shop', m), source('NOS', `https://nos.example/${m}`), clock.now());
    }
    clock.advance(60_000);
    const r = await run('/digest');
    const more = markets.length - MAX_PER_COMPETITOR;
    expect(text(r)).toContain(`${more} more: /facts tiktok-shop`);
    expect(text(r)).not.toContain('not shown');
  });
});
