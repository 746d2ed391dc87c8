import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { deliverDue } from '../../../src/alerts/deliver.js';
import { runDigestTick } from '../../../src/alerts/digest-tick.js';
import { onMerged } from '../../../src/alerts/fan-out.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { mergeFact } from '../../../src/domain/merge-fact.js';
import { silentLogger } from '../../../src/logger.js';
import { eventually, postSignedSlashCommand, type SlackDouble, slashFields, startSlackDouble } from '../../helpers/slack-double.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';

const SECRET = 'alerts-secret';

/**
 * The whole path a Slack team sees: an admin subscribes a channel with /subscribe over signed
 * HTTP, a new fact is merged, the alerts worker delivers through the Slack notifier, and the
 * digest tick queues and delivers the daily digest — each reaching chat.postMessage once.
 */
describe('slack: subscribe, alert and digest end to end (alerts worker + Slack notifier)', () => {
  let double: SlackDouble;
  let db: TestDb;
  let slack: SlackAdapter;
  const clock = fixedClock('2024-03-01T07:00:00Z'); // 08:00 in Amsterdam, before the 09:00 digest

  beforeAll(async () => {
    double = await startSlackDouble();
    db = await testDb();
    const now = clock.now().toISOString();
    await db.db
      .insertInto('competitors')
      .values({ id: 'tiktok-shop', name: 'TikTok Shop', parent: 'ByteDance', headquarters: null, founded: null, business_model: null, markets: '["US"]', website: null, created_at: now })
      .execute();
    await db.db.insertInto('aliases').values({ alias: 'tiktok', competitor_id: 'tiktok-shop', language: null, kind: 'short' }).execute();
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: double.apiUrl, SLACK_ADMIN_USER_IDS: 'U0ADMIN', PORT: '0' });
    slack = createSlackAdapter({ config, db: db.db, clock, log: silentLogger, commands, retryConfig: { retries: 0 } });
    await slack.start();
  });

  afterAll(async () => {
    await slack?.stop();
    await double?.close();
    await db?.cleanup();
  });

  it('slack: /subscribe by an admin, then one alert and one digest reach chat.postMessage once each', async () => {
    const eventsUrl = `http://127.0.0.1:${slack.port()}/slack/events`;
    const res = await postSignedSlashCommand(
      eventsUrl,
      SECRET,
      slashFields('/subscribe', 'tiktok both at 09:00 Europe/Amsterdam min medium', { user_id: 'U0ADMIN', channel_id: 'C0INTEL', response_url: double.responseUrl('sub') }),
    );
    expect(res.status).toBe(200);
    const subscribed = await eventually(() => double.responses.find((r) => r.id === 'sub'));
    expect(subscribed.body.response_type).toBe('in_channel');
    // The channel is a mention Slack shows by name, not "#C0INTEL on slack".
    const sections = subscribed.body.blocks.filter((b: { type: string; text?: { text: string } }) => b.type === 'section' && b.text);
    expect(sections.map((b: { text: { text: string } }) => b.text.text)).toContain('<#C0INTEL>');
    expect(subscribed.body.text).toContain('<#C0INTEL>');
    expect(JSON.stringify(subscribed.body)).not.toContain('on slack');
    const sub = await db.db.selectFrom('subscriptions').selectAll().executeTakeFirstOrThrow();
    expect(sub).toMatchObject({ platform: 'slack', workspace: 'T0TEST', channel: 'C0INTEL' });

    clock.set('2024-03-01T07:30:00Z'); // the news arrives after the subscription

    await db.db.transaction().execute(async (trx) => {
      const merged = await mergeFact(
        trx,
        { competitor: 'tiktok-shop', type: 'metric', metric: 'gmv', value: 17_500_000_000, unit: 'USD', market: 'US', status: 'target', period: '2024', quote: 'TikTok Shop aims for $17.5 billion in US GMV in 2024.', language: 'en' },
        { publisher: 'Reuters', url: 'https://example.com/tiktok-gmv', title: 'TikTok Shop targets', publishedAt: '2024-02-28', language: 'en' },
        clock.now().toISOString(),
      );
      expect(merged.outcome).toBe('new');
      expect(await onMerged(trx, merged)).toBe(1);
    });
    const deps = { db: db.db, clock, log: silentLogger, notifiers: { slack: slack.notifier }, workerId: 'test' };
    expect(await deliverDue(deps)).toMatchObject({ sent: 1 });
    expect(double.posted()).toHaveLength(1);
    const alertPost = double.posted()[0]!;
    expect(alertPost.params.channel).toBe('C0INTEL');
    expect(JSON.stringify(alertPost.params.blocks)).toContain('https://example.com/tiktok-gmv');

    clock.set('2024-03-01T08:05:00Z'); // 09:05 in Amsterdam
    expect(await runDigestTick({ db: db.db, clock, log: silentLogger })).toMatchObject({ queued: 1 });
    expect(await deliverDue(deps)).toMatchObject({ sent: 1 });
    // A second pass finds nothing left: nothing is sent twice.
    expect(await runDigestTick({ db: db.db, clock, log: silentLogger })).toMatchObject({ queued: 0 });
    expect(await deliverDue(deps)).toMatchObject({ sent: 0 });
    expect(double.posted()).toHaveLength(2);
    expect(double.posted()[1]!.params.channel).toBe('C0INTEL');
    expect(String(double.posted()[1]!.params.text)).toMatch(/digest/i);
  });

  it('slack: a channel that is gone disables the subscription with Slack\'s reason', async () => {
    double.script('chat.postMessage', { error: 'channel_not_found' });
    await db.db.transaction().execute(async (trx) => {
      const merged = await mergeFact(
        trx,
        { competitor: 'tiktok-shop', type: 'event', event: 'launch', market: 'NL', status: 'actual', period: '2024-03', quote: 'TikTok Shop launched in the Netherlands.', language: 'en' },
        { publisher: 'NOS', url: 'https://example.com/tiktok-nl', publishedAt: '2024-03-01', language: 'en' },
        clock.now().toISOString(),
      );
      await onMerged(trx, merged);
    });
    const before = double.posted().length;
    await deliverDue({ db: db.db, clock, log: silentLogger, notifiers: { slack: slack.notifier }, workerId: 'test' });
    expect(double.posted().length).toBe(before);
    const sub = await db.db.selectFrom('subscriptions').selectAll().executeTakeFirstOrThrow();
    expect(sub.disabled_reason).toContain('channel_not_found');
  });
});
