import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/create-discord-adapter.js';
import { deliverDue } from '../../../src/alerts/deliver.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import type { Reply } from '../../../src/messages/reply.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { type DiscordDouble, discordError, rateLimited, startDiscordDouble } from './discord-double.js';
import { seedTwoCompetitors } from './fixtures.js';
import { CHANNEL_ID, chatInput, GUILD_ID } from './interactions.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;

const APP_ID = '700000000000000004';
const STRING = 3;
const clock = fixedClock('2024-03-01T08:00:00.000Z');
const digest: Reply = { status: 'ok', blocks: [{ kind: 'heading', text: 'Daily digest' }, { kind: 'text', text: 'Nothing new.' }] };

/** Subscribes a channel the way a Discord admin would, then queues one digest for it. */
async function subscribeAndQueue(double: DiscordDouble, db: TestDb, channel: string): Promise<number> {
  const interaction = chatInput(
    APP_ID,
    'subscribe',
    [
      { name: 'competitors', type: STRING, value: 'tiktok amazon' },
      { name: 'mode', type: STRING, value: 'digest' },
    ],
    { manageGuild: true },
  );
  (interaction as { channel_id: string }).channel_id = channel;
  (interaction as { channel: { id: string } }).channel = { ...interaction.channel, id: channel };
  double.pushInteraction(interaction);
  const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
  expect(edit.body.embeds[0].title).toBe('Subscribed');
  const sub = await db.db
    .selectFrom('subscriptions')
    .selectAll()
    .where('platform', '=', 'discord')
    .where('channel', '=', channel)
    .executeTakeFirstOrThrow();
  expect(sub.workspace).toBe(GUILD_ID);
  expect(JSON.parse(sub.competitors)).toEqual(['tiktok-shop', 'amazon']);
  await db.db
    .insertInto('outbox')
    .values({
      subscription_id: sub.id,
      kind: 'digest',
      fact_id: null,
      digest_date: '2024-03-01',
      dedupe_key: `digest:${sub.id}:2024-03-01`,
      payload: JSON.stringify(digest),
      status: 'pending',
      attempts: 0,
      next_attempt_at: clock.now().toISOString(),
      last_error: null,
      claimed_by: null,
      claimed_until: null,
      created_at: clock.now().toISOString(),
      sent_at: null,
    })
    .execute();
  return sub.id;
}

describe('discord with the alerts outbox', () => {
  let double: DiscordDouble;
  let db: TestDb;
  let adapter: DiscordAdapter;
  const deliver = () =>
    deliverDue({ db: db.db, clock, log: silentLogger, notifiers: { discord: adapter.notifier }, workerId: 'discord-test' });

  beforeAll(async () => {
    double = await startDiscordDouble(APP_ID);
    db = await testDb();
    await seedTwoCompetitors(db.db);
    const config = loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: double.apiUrl });
    adapter = createDiscordAdapter({ config, db: db.db, clock, log: silentLogger, commands });
    await adapter.start();
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await adapter?.stop();
    await double?.close();
    await db?.cleanup();
  }, HOOK_TIMEOUT_MS);

  it('alerts: a member without Manage Server cannot /subscribe; the refusal is ephemeral', async () => {
    const interaction = chatInput(APP_ID, 'subscribe', [{ name: 'competitors', type: STRING, value: 'tiktok' }]);
    double.pushInteraction(interaction);
    const defer = await double.waitFor((r) => r.path.includes(`/interactions/${interaction.id}/`));
    expect(defer.body.data.flags).toBe(64);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].description).toMatch(/^Only members with the Manage Server permission .* can use \/subscribe\./);
    const rows = await db.db.selectFrom('subscriptions').selectAll().where('channel', '=', CHANNEL_ID).execute();
    expect(rows).toEqual([]);
  });

  it('alerts: /subscribe in a channel where the bot lacks Send Messages is refused privately, naming the permission; nothing is saved', async () => {
    const channel = '870000000000000077';
    const interaction = chatInput(APP_ID, 'subscribe', [{ name: 'competitors', type: STRING, value: 'tiktok' }], {
      manageGuild: true,
      appPermissions: PermissionFlagsBits.ViewChannel | PermissionFlagsBits.EmbedLinks,
    });
    interaction.channel_id = channel;
    interaction.channel = { ...interaction.channel, id: channel };
    double.pushInteraction(interaction);
    const followUp = await double.waitFor((r) => r.method === 'POST' && r.path.includes(`/webhooks/${APP_ID}/${interaction.token}`));
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.embeds[0].description).toMatch(/^rivalwatch could not post alerts here: it lacks Send Messages in this channel\..*\/subscribe again\.$/);
    expect(await db.db.selectFrom('subscriptions').selectAll().where('channel', '=', channel).execute()).toEqual([]);
  });

  it('alerts: a digest hit by a 429 is delivered exactly once', async () => {
    const channel = '870000000000000001';
    const subId = await subscribeAndQueue(double, db, channel);
    double.scriptChannel(channel, rateLimited(0.05));
    expect(await deliver()).toMatchObject({ sent: 1, dead: 0, retried: 0 });
    expect(double.delivered.filter((d) => d.channelId === channel)).toHaveLength(1);
    const row = await db.db.selectFrom('outbox').selectAll().where('subscription_id', '=', subId).executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(await deliver()).toMatchObject({ claimed: 0 });
  });

  it('alerts: Missing Permissions disables the subscription with the reason, shown by /subscriptions', async () => {
    const channel = '870000000000000002';
    const subId = await subscribeAndQueue(double, db, channel);
    double.scriptChannel(channel, discordError(403, 50013, 'Missing Permissions'));
    expect(await deliver()).toMatchObject({ dead: 1 });
    const sub = await db.db.selectFrom('subscriptions').selectAll().where('id', '=', subId).executeTakeFirstOrThrow();
    expect(sub.disabled_reason).toMatch(/^Missing Permissions: .*\(Discord 50013\)$/);
    expect(double.delivered.filter((d) => d.channelId === channel)).toHaveLength(0);

    const list = chatInput(APP_ID, 'subscriptions', []);
    (list as { channel: { id: string } }).channel = { ...list.channel, id: channel };
    double.pushInteraction(list);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(list.token));
    expect(JSON.stringify(edit.body.embeds)).toContain('Missing Permissions');
  });
});
