import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { defineCommand } from '../../../src/core/command.js';
import { silentLogger } from '../../../src/logger.js';
import { reply } from '../../../src/messages/reply.js';
import { eventually, postSignedSlashCommand, type SlackDouble, slashFields, startSlackDouble } from '../../helpers/slack-double.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { testCommands } from './fixtures.js';

const SECRET = 'test-signing-secret';

/** /slow answers only once the test lets it go, to show the ack does not wait for the work. */
let letSlowFinish: () => void = () => {};
const slow = defineCommand({
  name: 'slow',
  description: 'Answers when the test says so',
  usage: '/slow',
  examples: [],
  options: [],
  access: 'read',
  args: z.array(z.string()),
  async execute() {
    await new Promise<void>((resolve) => {
      letSlowFinish = resolve;
    });
    return reply([{ kind: 'text', text: 'slow answer' }]);
  },
});

describe('slack adapter over HTTP (real Bolt, local Slack double)', () => {
  let double: SlackDouble;
  let db: TestDb;
  let slack: SlackAdapter;
  let eventsUrl: string;

  beforeAll(async () => {
    double = await startSlackDouble();
    db = await testDb();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: double.apiUrl,
      SLACK_ADMIN_USER_IDS: 'U0LISTED',
      PORT: '0',
    });
    slack = createSlackAdapter({ config, db: db.db, clock: fixedClock('2024-03-01T09:00:00Z'), log: silentLogger, commands: [...testCommands, slow], retryConfig: { retries: 0 } });
    await slack.start();
    eventsUrl = `http://127.0.0.1:${slack.port()}/slack/events`;
  });

  afterAll(async () => {
    await slack?.stop();
    await double?.close();
    await db?.cleanup();
  });

  it('slack: start() checks the token with auth.test against SLACK_API_URL', () => {
    const auth = double.calls.find((c) => c.method === 'auth.test');
    expect(auth?.authorization).toBe('Bearer xoxb-test');
  });

  it('slack: every command is registered, help as /rivalwatch', () => {
    expect(slack.slashCommands).toEqual(['/compare', '/sources', '/rivalwatch', '/slow']);
  });

  it('slack: a signed /compare is acked with 200, then the table arrives in the channel via response_url', async () => {
    const responseUrl = double.responseUrl('compare-1');
    const res = await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok amazon', { response_url: responseUrl }));
    expect(res.status).toBe(200);
    const answer = await eventually(() => double.responses.find((r) => r.id === 'compare-1'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.text).toContain('GMV');
    const table = answer.body.blocks.find((b: { type: string }) => b.type === 'table');
    const links = JSON.stringify(table.rows);
    expect(links).toContain('https://example.com/tiktok');
    expect(links).toContain('https://example.com/amazon');
    const note = answer.body.blocks.at(-1).elements[0].text;
    expect(note).toBe('asked by U0USER in T0TEST/C0GENERAL');
  });

  it('slack: the ack does not wait for the command: 200 well within 3 s while it still runs, the answer follows', async () => {
    const started = Date.now();
    const res = await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/slow', '', { response_url: double.responseUrl('slow') }));
    const ackMs = Date.now() - started;
    expect(res.status).toBe(200);
    expect(ackMs).toBeLessThan(3000);
    await new Promise((r) => setTimeout(r, 100));
    expect(double.responses.find((r) => r.id === 'slow')).toBeUndefined();
    letSlowFinish();
    const answer = await eventually(() => double.responses.find((r) => r.id === 'slow'));
    expect(answer.body.text).toBe('slow answer');
  });

  it('slack: a command the Slack app declares but rivalwatch lacks is acked and answered privately (no dispatch_failed)', async () => {
    const started = Date.now();
    const res = await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/competitors', '', { response_url: double.responseUrl('unknown') }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const answer = await eventually(() => double.responses.find((r) => r.id === 'unknown'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('rivalwatch has no /competitors command.');
    expect(answer.body.text).toContain('/compare, /sources, /rivalwatch, /slow');
    expect(answer.body.text).toContain('/rivalwatch explains each');
  });

  it('slack: a known command is answered once, not also by the unknown-command listener', async () => {
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'a b', { response_url: double.responseUrl('once') }));
    await eventually(() => double.responses.find((r) => r.id === 'once'));
    await new Promise((r) => setTimeout(r, 200));
    expect(double.responses.filter((r) => r.id === 'once')).toHaveLength(1);
  });

  it('slack: when Slack refuses an answer\'s blocks (400 invalid_blocks), the same answer goes out as text', async () => {
    double.refuseResponse('refused-blocks', { status: 400, body: 'invalid_blocks' });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok amazon', { response_url: double.responseUrl('refused-blocks') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'refused-blocks'));
    expect(double.refusedResponses.find((r) => r.id === 'refused-blocks')?.body.blocks).toBeDefined();
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.blocks).toBeUndefined();
    expect(answer.body.text).toContain('GMV: tiktok tiktok $1B');
  });

  it('slack: a private answer whose blocks are refused also goes out as text, still privately', async () => {
    double.refuseResponse('refused-usage', { status: 400, body: 'invalid_blocks' });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok', { response_url: double.responseUrl('refused-usage') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'refused-usage'));
    expect(answer.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Name at least two competitors.') });
  });

  it('slack: a wrong signature gets 401 and runs nothing', async () => {
    const before = double.responses.length;
    const responseUrl = double.responseUrl('forged');
    const res = await postSignedSlashCommand(eventsUrl, 'not-the-secret', slashFields('/compare', 'tiktok amazon', { response_url: responseUrl }));
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(double.responses.length).toBe(before);
  });

  it('slack: a correctly signed request older than five minutes gets 401 and runs nothing', async () => {
    const before = double.responses.length;
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok amazon', { response_url: double.responseUrl('stale') }), stale);
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(double.responses.length).toBe(before);
  });

  it('slack: a usage error is shown only to the person who typed it', async () => {
    const res = await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok', { response_url: double.responseUrl('usage') }));
    expect(res.status).toBe(200);
    const answer = await eventually(() => double.responses.find((r) => r.id === 'usage'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toContain('Name at least two competitors.');
  });

  it('slack: a non-admin /sources add is refused, privately', async () => {
    double.users.set('U0MEMBER', { id: 'U0MEMBER' });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/sources', 'add https://example.com/feed.xml', { user_id: 'U0MEMBER', response_url: double.responseUrl('refused') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'refused'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toMatch(/^Only workspace admins and owners \(or users listed in the configuration\) can use \/sources\./);
    expect(double.calls.some((c) => c.method === 'users.info' && c.params.user === 'U0MEMBER')).toBe(true);
  });

  it('slack: a workspace admin (users.info is_admin) may /sources add', async () => {
    double.users.set('U0ADMIN', { id: 'U0ADMIN', is_admin: true });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/sources', 'add https://example.com/feed.xml', { user_id: 'U0ADMIN', response_url: double.responseUrl('admin') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'admin'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.text).toContain('Added https://example.com/feed.xml');
  });

  it('slack: a user listed in SLACK_ADMIN_USER_IDS may /sources add without asking Slack', async () => {
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/sources', 'add https://example.com/b.xml', { user_id: 'U0LISTED', response_url: double.responseUrl('listed') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'listed'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(double.calls.some((c) => c.method === 'users.info' && c.params.user === 'U0LISTED')).toBe(false);
  });

  it('slack: /rivalwatch runs the help command', async () => {
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/rivalwatch', '', { response_url: double.responseUrl('help') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'help'));
    expect(answer.body.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'rivalwatch help', emoji: true } });
  });

  it('slack: when response_url is gone, a channel answer falls back to chat.postMessage', async () => {
    const before = double.posted().length;
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'temu shein', { response_url: 'http://127.0.0.1:9/expired' }));
    const post = await eventually(() => double.posted()[before]);
    expect(post.params.channel).toBe('C0GENERAL');
    expect(String(post.params.text)).toContain('temu $1B');
  });

  it('slack: when response_url is gone and chat.postMessage refuses the blocks, the answer is posted as text', async () => {
    const before = double.posted().length;
    double.script('chat.postMessage', { error: 'invalid_blocks' });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'bol shein', { response_url: 'http://127.0.0.1:9/expired' }));
    const post = await eventually(() => double.posted()[before]);
    expect(post.params.blocks).toBeUndefined();
    expect(String(post.params.text)).toContain('bol $1B');
  });
});
