import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/create-discord-adapter.js';
import { createDiscordNotifier } from '../../../src/adapters/discord/discord-notifier.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { reply } from '../../../src/messages/reply.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { type DiscordDouble, discordError, rateLimited, startDiscordDouble } from './discord-double.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;

const APP_ID = '700000000000000002';
const GUILD = { workspace: '800000000000000001' };
const alert = reply([
  { kind: 'heading', text: 'New fact: TikTok Shop' },
  { kind: 'facts', items: [{ text: 'TikTok Shop GMV $17.5B (GLOBAL, 2023)', date: '2024-01-15' }] },
]);

describe('discord notifier posting to channels', () => {
  let double: DiscordDouble;
  let db: TestDb;
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    double = await startDiscordDouble(APP_ID);
    db = await testDb();
    const config = loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: double.apiUrl });
    // Not started: the notifier needs only REST, so an outbox worker can deliver without a gateway.
    adapter = createDiscordAdapter({ config, db: db.db, clock: fixedClock('2024-03-01'), log: silentLogger, commands: [] });
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await adapter?.stop();
    await double?.close();
    await db?.cleanup();
  }, HOOK_TIMEOUT_MS);

  it('notifier: a post renders embeds, mentions nobody and returns the message id', async () => {
    const result = await adapter.notifier.send({ ...GUILD, channel: '860000000000000001' }, alert);
    expect(result.ok).toBe(true);
    const post = double.delivered.find((d) => d.channelId === '860000000000000001');
    expect(post?.body.embeds[0].title).toBe('New fact: TikTok Shop');
    expect(post?.body.allowed_mentions).toEqual({ parse: [] });
    expect(result.ok && result.messageId).toMatch(/^\d+$/);
  });

  it('notifier: a 429 is waited out by discord.js and exactly one message is delivered', async () => {
    const channel = '860000000000000002';
    double.scriptChannel(channel, rateLimited(0.05));
    const result = await adapter.notifier.send({ ...GUILD, channel }, alert);
    expect(result).toMatchObject({ ok: true });
    const attempts = double.requests.filter((r) => r.path === `/channels/${channel}/messages`);
    expect(attempts).toHaveLength(2);
    expect(double.delivered.filter((d) => d.channelId === channel)).toHaveLength(1);
  });

  it('notifier: a retry of the same delivery (worker died before marking it sent) posts nothing new', async () => {
    const channel = '860000000000000007';
    const first = await adapter.notifier.send({ ...GUILD, channel }, alert, { key: 'alert:7:42' });
    const retry = await adapter.notifier.send({ ...GUILD, channel }, alert, { key: 'alert:7:42' });
    const other = await adapter.notifier.send({ ...GUILD, channel }, alert, { key: 'alert:7:43' });
    const posts = double.requests.filter((r) => r.path === `/channels/${channel}/messages`);
    expect(posts.map((p) => p.body.enforce_nonce)).toEqual([true, true, true]);
    expect(posts[0]?.body.nonce).toBe(posts[1]?.body.nonce);
    expect(posts[0]?.body.nonce.length).toBeLessThanOrEqual(25);
    expect(posts[2]?.body.nonce).not.toBe(posts[0]?.body.nonce);
    expect(double.delivered.filter((d) => d.channelId === channel)).toHaveLength(2);
    expect(first.ok && retry.ok && first.messageId === retry.messageId).toBe(true);
    expect(other.ok && other.messageId !== (first.ok && first.messageId)).toBe(true);
  });

  it('notifier: Missing Permissions is permanent, with a reason a person can act on', async () => {
    const channel = '860000000000000003';
    double.scriptChannel(channel, discordError(403, 50013, 'Missing Permissions'));
    const result = await adapter.notifier.send({ ...GUILD, channel }, alert);
    expect(result).toEqual({
      ok: false,
      permanent: true,
      reason: expect.stringMatching(/^Missing Permissions: .*Send Messages.*\(Discord 50013\)$/),
    });
  });

  it('notifier: Missing Access and Unknown Channel are permanent too', async () => {
    double.scriptChannel('860000000000000004', discordError(403, 50001, 'Missing Access'));
    double.scriptChannel('860000000000000005', discordError(404, 10003, 'Unknown Channel'));
    const access = await adapter.notifier.send({ ...GUILD, channel: '860000000000000004' }, alert);
    const unknown = await adapter.notifier.send({ ...GUILD, channel: '860000000000000005' }, alert);
    expect(access).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining('Missing Access') });
    expect(unknown).toMatchObject({ ok: false, permanent: true, reason: expect.stringContaining('Unknown Channel') });
  });

  it('notifier: a direct message the user no longer accepts is permanent', async () => {
    double.scriptChannel('860000000000000008', discordError(403, 50007, 'Cannot send messages to this user'));
    const result = await adapter.notifier.send({ workspace: 'dm', channel: '860000000000000008' }, alert);
    expect(result).toMatchObject({ ok: false, permanent: true, reason: expect.stringMatching(/^Cannot send messages to this user: .*\(Discord 50007\)$/) });
  });

  it('notifier: other API errors are retryable', async () => {
    double.scriptChannel('860000000000000006', discordError(400, 50035, 'Invalid Form Body'));
    const result = await adapter.notifier.send({ ...GUILD, channel: '860000000000000006' }, alert);
    expect(result).toMatchObject({ ok: false, permanent: false, reason: expect.stringContaining('50035') });
  });

  it('notifier: an unreachable Discord is retryable and does not throw', async () => {
    const rest = new REST({ api: 'http://127.0.0.1:1/api', retries: 0, timeout: 2000 }).setToken('t');
    const result = await createDiscordNotifier(rest, silentLogger).send({ ...GUILD, channel: '1' }, alert);
    expect(result).toMatchObject({ ok: false, permanent: false });
  });
});
