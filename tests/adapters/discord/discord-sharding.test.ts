import { Events, GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/create-discord-adapter.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { reply } from '../../../src/messages/reply.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { type DiscordDouble, shardOf, startDiscordDouble } from './discord-double.js';
import { seedTwoCompetitors, testCommands } from './fixtures.js';
import { chatInput, GUILD_ID } from './interactions.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;

const APP_ID = '700000000000000004';
const STRING = 3;

interface Sharded {
  double: DiscordDouble;
  db: TestDb;
  adapter: DiscordAdapter;
  /** Which shard each INTERACTION_CREATE reached the client on, by interaction id. */
  receivedOn: Map<string, number[]>;
}

async function startSharded(shards: string, recommendedShards: number): Promise<Sharded> {
  const double = await startDiscordDouble(APP_ID, { recommendedShards });
  const db = await testDb();
  await seedTwoCompetitors(db.db);
  const config = loadConfig({
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: double.apiUrl,
    DISCORD_SHARDS: shards,
  });
  const adapter = createDiscordAdapter({
    config,
    db: db.db,
    clock: fixedClock('2024-03-01T00:00:00Z'),
    log: silentLogger,
    commands: testCommands,
  });
  const receivedOn = new Map<string, number[]>();
  adapter.client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }, shardId: number) => {
    if (packet.t !== 'INTERACTION_CREATE' || !packet.d?.id) return;
    receivedOn.set(packet.d.id, [...(receivedOn.get(packet.d.id) ?? []), shardId]);
  });
  await adapter.start();
  return { double, db, adapter, receivedOn };
}

async function stopSharded(s: Partial<Sharded>): Promise<void> {
  await s.adapter?.stop();
  await s.double?.close();
  await s.db?.cleanup();
}

const compare = () =>
  chatInput(APP_ID, 'compare', [
    { name: 'first', type: STRING, value: 'tiktok' },
    { name: 'second', type: STRING, value: 'amazon' },
  ]);

const identifiedShards = (double: DiscordDouble) =>
  double.identifies.map((i) => i.shard).sort((a, b) => (a?.[0] ?? -1) - (b?.[0] ?? -1));

describe('discord sharding: DISCORD_SHARDS=2', () => {
  let s: Sharded;
  beforeAll(async () => {
    s = await startSharded('2', 1);
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => stopSharded(s ?? {}), HOOK_TIMEOUT_MS);

  it('sharding: both shards IDENTIFY, as [0, 2] and [1, 2], with the Guilds intent only', () => {
    expect(identifiedShards(s.double)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(s.double.identifies.map((i) => i.intents)).toEqual([GatewayIntentBits.Guilds, GatewayIntentBits.Guilds]);
    expect(s.adapter.client.ws.shards.size).toBe(2);
    expect(s.adapter.client.isReady()).toBe(true);
  });

  it('sharding: /compare tiktok amazon dispatched on shard 1 is answered from shard 1', async () => {
    const interaction = compare();
    s.double.pushInteraction(interaction, { shard: 1 });
    const defer = await s.double.waitFor((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(defer.body.type).toBe(5);
    const edit = await s.double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].title).toBe('TikTok Shop vs Amazon');
    expect(s.receivedOn.get(interaction.id)).toEqual([1]);
    const callbacks = s.double.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
    expect(callbacks).toHaveLength(1); // shard 0 never saw it, so nothing answered twice
  });

  it('sharding: an alert posts over REST whichever shard holds the guild', async () => {
    const channel = '860000000000000041';
    const sent = await s.adapter.notifier.send(
      { workspace: GUILD_ID, channel },
      reply([{ kind: 'heading', text: 'New fact: TikTok Shop' }]),
    );
    expect(sent.ok).toBe(true);
    expect(s.double.delivered.find((d) => d.channelId === channel)?.body.embeds[0].title).toBe('New fact: TikTok Shop');
  });
});

describe('discord sharding: DISCORD_SHARDS=auto', () => {
  let s: Sharded;
  beforeAll(async () => {
    s = await startSharded('auto', 3);
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => stopSharded(s ?? {}), HOOK_TIMEOUT_MS);

  it('sharding: auto asks GET /gateway/bot and opens the 3 shards it recommends', () => {
    expect(s.double.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(identifiedShards(s.double)).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(s.adapter.client.options.shardCount).toBe(3);
  });

  it("sharding: an interaction reaches the shard that holds its guild and is answered", async () => {
    const interaction = compare();
    s.double.pushInteraction(interaction);
    const edit = await s.double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].title).toBe('TikTok Shop vs Amazon');
    expect(s.receivedOn.get(interaction.id)).toEqual([shardOf(GUILD_ID, 3)]);
  });
});
