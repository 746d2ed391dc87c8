import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/index.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { seed } from '../../../src/domain/seed.js';
import { silentLogger } from '../../../src/logger.js';
import { eventually, postSignedSlashCommand, type SlackDouble, slashFields, startSlackDouble } from '../../helpers/slack-double.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';

const SECRET = 'e2e-secret';

/** The real command list and the seeded baseline facts, through the real Bolt app over loopback. */
describe('slack: real commands on a seeded database', () => {
  let double: SlackDouble;
  let db: TestDb;
  let slack: SlackAdapter;
  let eventsUrl: string;

  beforeAll(async () => {
    double = await startSlackDouble();
    db = await testDb();
    await seed(db.db, '2024-03-01T00:00:00.000Z');
    const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: double.apiUrl, PORT: '0' });
    slack = createSlackAdapter({ config, db: db.db, clock: fixedClock('2024-03-01T09:00:00Z'), log: silentLogger, commands, retryConfig: { retries: 0 } });
    await slack.start();
    eventsUrl = `http://127.0.0.1:${slack.port()}/slack/events`;
  });

  afterAll(async () => {
    await slack?.stop();
    await double?.close();
    await db?.cleanup();
  });

  it('slack: /compare tiktok amazon is acked within 3 s, then both competitors\' sourced figures arrive in the channel', async () => {
    const started = Date.now();
    const res = await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok amazon', { response_url: double.responseUrl('cmp') }));
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    const answer = await eventually(() => double.responses.find((r) => r.id === 'cmp'));
    expect(answer.body.response_type).toBe('in_channel');
    const blocks = answer.body.blocks as { type: string; rows?: unknown[][] }[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'TikTok Shop vs Amazon' } });
    const table = blocks.find((b) => b.type === 'table')!;
    const cellText = (cell: unknown) => JSON.stringify(cell);
    expect(cellText(table.rows![0])).toContain('TikTok Shop');
    expect(cellText(table.rows![0])).toContain('Amazon');
    const row = (label: string) => table.rows!.find((r) => cellText(r[0]).includes(`"${label}"`))!;
    // TikTok Shop's seeded GMV target and Amazon's reported revenue, each with status and source.
    expect(cellText(row('GMV')[1])).toContain('$17.5B');
    expect(cellText(row('GMV')[1])).toContain('target');
    expect(cellText(row('GMV')[1])).toContain('De Standaard');
    expect(cellText(row('Revenue')[2])).toContain('$574.8B');
    expect(cellText(row('Revenue')[2])).toContain('"type":"link","url":"https://ir.aboutamazon.com"');
    expect(answer.body.text).toContain('GMV: TikTok Shop $17.5B');
  });

  it('slack: /compare with a misspelt competitor answers privately with a suggestion', async () => {
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/compare', 'tiktok amazn', { response_url: double.responseUrl('typo') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'typo'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text.toLowerCase()).toContain('amazon');
  });

  it('slack: /facts tiktok stays within Slack\'s limits', async () => {
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/facts', 'tiktok', { response_url: double.responseUrl('facts') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'facts'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.blocks.length).toBeLessThanOrEqual(50);
    for (const block of answer.body.blocks) {
      if (block.type === 'section' && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
    }
  });

  it('slack: a non-admin /subscribe is refused privately and changes nothing', async () => {
    double.users.set('U0MEMBER', { id: 'U0MEMBER' });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/subscribe', 'tiktok', { user_id: 'U0MEMBER', response_url: double.responseUrl('nosub') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'nosub'));
    expect(answer.body.response_type).toBe('ephemeral');
    expect(answer.body.text).toMatch(/^Only workspace admins and owners \(or users listed in the configuration\) can use \/subscribe\./);
    expect(await db.db.selectFrom('subscriptions').selectAll().execute()).toEqual([]);
  });

  it('slack: a non-admin /sources add is refused privately and adds nothing; listing stays open', async () => {
    double.users.set('U0READER', { id: 'U0READER' });
    const before = await db.db.selectFrom('sources').select('id').execute();
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/sources', 'add https://example.com/feed.xml en temu', { user_id: 'U0READER', response_url: double.responseUrl('nosrc') }));
    const refusal = await eventually(() => double.responses.find((r) => r.id === 'nosrc'));
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(refusal.body.text).toMatch(/^Only workspace admins and owners \(or users listed in the configuration\) can add sources\./);
    expect(await db.db.selectFrom('sources').select('id').execute()).toEqual(before);

    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/sources', '', { user_id: 'U0READER', response_url: double.responseUrl('list') }));
    const list = await eventually(() => double.responses.find((r) => r.id === 'list'));
    expect(list.body.response_type).toBe('in_channel');
  });

  it('slack: a workspace owner may /sources add', async () => {
    double.users.set('U0OWNER', { id: 'U0OWNER', is_owner: true });
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/sources', 'add https://example.com/feed.xml en temu', { user_id: 'U0OWNER', response_url: double.responseUrl('addsrc') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'addsrc'));
    expect(answer.body.response_type).toBe('in_channel');
    expect(answer.body.text).toContain('https://example.com/feed.xml');
    const added = await db.db.selectFrom('sources').select(['url', 'competitor_id']).where('url', '=', 'https://example.com/feed.xml').execute();
    expect(added).toEqual([{ url: 'https://example.com/feed.xml', competitor_id: 'temu' }]);
  });

  it('slack: /rivalwatch lists the commands', async () => {
    await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/rivalwatch', '', { response_url: double.responseUrl('help') }));
    const answer = await eventually(() => double.responses.find((r) => r.id === 'help'));
    expect(answer.body.text).toContain('/compare');
    expect(answer.body.text).toContain('/facts');
  });

  it('slack: /subscribe in a direct message is refused privately with the fix; a private channel subscribes (Slack does not say whether the bot is in it)', async () => {
    double.users.set('U0SUBADMIN', { id: 'U0SUBADMIN', is_admin: true });
    const subscribeIn = async (id: string, channel_id: string, channel_name: string) => {
      await postSignedSlashCommand(eventsUrl, SECRET, slashFields('/subscribe', 'temu alerts', { user_id: 'U0SUBADMIN', channel_id, channel_name, response_url: double.responseUrl(id) }));
      return eventually(() => double.responses.find((r) => r.id === id));
    };
    const dm = await subscribeIn('in-dm', 'D0WITHBOT', 'directmessage');
    expect(dm.body.response_type).toBe('ephemeral');
    expect(dm.body.text).toMatch(/^rivalwatch cannot post alerts into a direct message\. Run \/subscribe in a channel/);
    const saved = () => db.db.selectFrom('subscriptions').select('channel').where('channel', 'in', ['D0WITHBOT', 'G0SECRET', 'G0JOINED']).orderBy('channel').execute();
    expect(await saved()).toEqual([]);

    const joined = await subscribeIn('in-joined', 'G0JOINED', 'market-intel');
    expect(joined.body.response_type).toBe('in_channel');
    const privately = await subscribeIn('in-private', 'G0SECRET', 'privategroup');
    expect(privately.body.response_type).toBe('in_channel');
    expect(await saved()).toEqual([{ channel: 'G0JOINED' }, { channel: 'G0SECRET' }]);
  });
});
