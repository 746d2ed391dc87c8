import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/index.js';
import { PERMANENT_ERRORS } from '../../../src/adapters/slack/notifier.js';
import type { Notifier } from '../../../src/alerts/notifier.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { reply } from '../../../src/messages/reply.js';
import { type SlackDouble, startSlackDouble } from '../../helpers/slack-double.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { testCommands } from './fixtures.js';

const to = { workspace: 'T0TEST', channel: 'C0ALERTS' };
const alert = reply([
  { kind: 'heading', text: 'New fact: TikTok Shop' },
  {
    kind: 'facts',
    items: [
      {
        text: 'TikTok Shop: $17.5B GMV (US, 2023)',
        status: 'estimate',
        date: '2024-01-15',
        source: { label: 'Reuters', url: 'https://example.com/tiktok-gmv' },
      },
    ],
  },
]);

function notifierFor(apiUrl: string, db: TestDb, retries: number): Notifier {
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: apiUrl, PORT: '0' });
  return createSlackAdapter({
    config,
    db: db.db,
    clock: fixedClock('2024-03-01T09:00:00Z'),
    log: silentLogger,
    commands: testCommands,
    retryConfig: { retries, minTimeout: 0, maxTimeout: 0 },
  }).notifier;
}

describe('slack notifier (chat.postMessage against the local double)', () => {
  let double: SlackDouble;
  let db: TestDb;

  beforeAll(async () => {
    double = await startSlackDouble();
    db = await testDb();
  });
  afterAll(async () => {
    await double?.close();
    await db?.cleanup();
  });

  it('slack notifier: an alert and a digest each reach chat.postMessage once, with blocks and a text fallback', async () => {
    const notifier = notifierFor(double.apiUrl, db, 0);
    const before = double.posted().length;
    const digest = reply([{ kind: 'heading', text: 'Daily digest' }, { kind: 'text', text: '3 new facts since yesterday' }]);
    expect(await notifier.send(to, alert)).toMatchObject({ ok: true, messageId: expect.stringMatching(/^\d+\.\d+$/) });
    expect(await notifier.send(to, digest)).toMatchObject({ ok: true });
    const posts = double.posted().slice(before);
    expect(posts.map((p) => p.params.channel)).toEqual(['C0ALERTS', 'C0ALERTS']);
    expect(posts[0]!.params.text).toContain('TikTok Shop: $17.5B GMV (US, 2023)');
    expect(JSON.stringify(posts[0]!.params.blocks)).toContain('<https://example.com/tiktok-gmv|Reuters>');
    expect(posts[1]!.params.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Daily digest', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '3 new facts since yesterday' } },
    ]);
    expect(posts[0]!.authorization).toBe('Bearer xoxb-test');
  });

  it('slack notifier: a 429 with Retry-After is waited out and the message is delivered once', async () => {
    const notifier = notifierFor(double.apiUrl, db, 1);
    const attemptsBefore = double.calls.filter((c) => c.method === 'chat.postMessage').length;
    const deliveredBefore = double.posted().length;
    double.script('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const result = await notifier.send(to, alert);
    expect(result.ok).toBe(true);
    // Retry-After: 1 was honoured: the retry came a second later (the retry policy itself adds no wait here).
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(double.calls.filter((c) => c.method === 'chat.postMessage').length - attemptsBefore).toBe(2);
    expect(double.posted().length - deliveredBefore).toBe(1);
  });

  it.each([...PERMANENT_ERRORS])('slack notifier: "%s" is a permanent failure with that reason', async (error) => {
    const notifier = notifierFor(double.apiUrl, db, 0);
    double.script('chat.postMessage', { error });
    expect(await notifier.send(to, alert)).toEqual({ ok: false, permanent: true, reason: error });
  });

  it('slack notifier: blocks Slack refuses (invalid_blocks) are replaced by the text, so the alert still arrives once', async () => {
    const notifier = notifierFor(double.apiUrl, db, 0);
    const deliveredBefore = double.posted().length;
    double.script('chat.postMessage', { error: 'invalid_blocks' });
    expect(await notifier.send(to, alert)).toMatchObject({ ok: true });
    const delivered = double.posted().slice(deliveredBefore);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.params.blocks).toBeUndefined();
    expect(delivered[0]!.params.text).toContain('TikTok Shop: $17.5B GMV (US, 2023)');
  });

  it('slack notifier: a refusal of the text-only retry is reported with Slack\'s reason', async () => {
    const notifier = notifierFor(double.apiUrl, db, 0);
    double.script('chat.postMessage', { error: 'invalid_blocks' }, { error: 'channel_not_found' });
    expect(await notifier.send(to, alert)).toEqual({ ok: false, permanent: true, reason: 'channel_not_found' });
  });

  it('slack notifier: another Slack error is temporary, so the outbox retries it', async () => {
    const notifier = notifierFor(double.apiUrl, db, 0);
    double.script('chat.postMessage', { error: 'internal_error' });
    expect(await notifier.send(to, alert)).toEqual({ ok: false, permanent: false, reason: 'internal_error' });
  });

  it('slack notifier: an unreachable Slack is a temporary failure, not an exception', async () => {
    const notifier = notifierFor('http://127.0.0.1:9/api/', db, 0);
    const result = await notifier.send(to, alert);
    expect(result).toMatchObject({ ok: false, permanent: false });
  });
});
