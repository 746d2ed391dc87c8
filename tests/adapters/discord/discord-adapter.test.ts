import { GatewayIntentBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/create-discord-adapter.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/logger.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { type DiscordDouble, startDiscordDouble } from './discord-double.js';
import { seedTwoCompetitors, testCommands } from './fixtures.js';
import { autocomplete, chatInput } from './interactions.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;

const APP_ID = '700000000000000001';
const STRING = 3;

describe('discord adapter against the local gateway', () => {
  let double: DiscordDouble;
  let db: TestDb;
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    double = await startDiscordDouble(APP_ID);
    db = await testDb();
    await seedTwoCompetitors(db.db);
    const config = loadConfig({
      DISCORD_TOKEN: 'test-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: double.apiUrl,
      DISCORD_ADMIN_ROLE_IDS: '850000000000000001',
    });
    adapter = createDiscordAdapter({
      config,
      db: db.db,
      clock: fixedClock('2024-03-01T00:00:00Z'),
      log: silentLogger,
      commands: testCommands,
    });
    await adapter.start();
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await adapter?.stop();
    await double?.close();
    await db?.cleanup();
  }, HOOK_TIMEOUT_MS);

  it('discord: logs in through GET /gateway/bot and becomes ready as the bot user', () => {
    expect(adapter.client.isReady()).toBe(true);
    expect(adapter.client.user?.id).toBe('900000000000000001');
    // Guilds only: slash commands need no privileged intent, and a bot asking for one is refused until approved.
    expect(double.identifies.map((i) => i.intents)).toEqual([GatewayIntentBits.Guilds]);
    // Commands are registered by `rivalwatch discord register`, never on start (Discord rate-limits it).
    expect(double.requests.filter((r) => r.method === 'PUT' || r.path.includes('/commands'))).toEqual([]);
  });

  it('discord: /compare tiktok amazon defers, then edits in embeds with both competitors', async () => {
    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'tiktok' },
      { name: 'second', type: STRING, value: 'amazon' },
    ]);
    double.pushInteraction(interaction);
    const defer = await double.waitFor((r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
    expect(defer.body.type).toBe(5);
    expect(defer.body.data?.flags ?? 0).toBe(0); // public: the answer is for the whole channel
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('TikTok Shop vs Amazon');
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(['TikTok Shop', 'Amazon']);
    expect(embed.fields[0].value).toContain('$17.5B');
    expect(embed.fields[1].value).toContain('$700B');
    expect(embed.footer.text).toContain('2024-01-15');
  });

  it('discord: a competitor with spaces reaches the command as one word', async () => {
    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'TikTok Shop' },
      { name: 'second', type: STRING, value: 'Amazon' },
    ]);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].title).toBe('TikTok Shop vs Amazon');
  });

  it('discord: autocomplete for "tik" suggests TikTok Shop', async () => {
    const interaction = autocomplete(APP_ID, 'compare', 'first', 'tik');
    double.pushInteraction(interaction);
    const answer = await double.waitFor((r) => r.path.includes(`/interactions/${interaction.id}/`));
    expect(answer.body.type).toBe(8);
    expect(answer.body.data.choices[0]).toEqual({ name: 'TikTok Shop', value: 'tiktok-shop' });
  });

  it('discord: autocomplete matches aliases and names the alias it matched', async () => {
    const interaction = autocomplete(APP_ID, 'compare', 'second', 'pindu');
    double.pushInteraction(interaction);
    const answer = await double.waitFor((r) => r.path.includes(`/interactions/${interaction.id}/`));
    expect(answer.body.data.choices).toEqual([{ name: 'Temu (pinduoduo)', value: 'temu' }]);
  });

  it('discord: a member without Manage Server cannot /sources add, and only they see the refusal', async () => {
    const interaction = chatInput(APP_ID, 'sources', [
      { name: 'action', type: STRING, value: 'add' },
      { name: 'target', type: STRING, value: 'https://example.com/feed.xml' },
    ]);
    double.pushInteraction(interaction);
    const defer = await double.waitFor((r) => r.path.includes(`/interactions/${interaction.id}/`));
    expect(defer.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    // Discord's rule, not Slack's: there are no "workspace admins" in a Discord server.
    expect(edit.body.embeds[0].description).toMatch(
      /^Only members with the Manage Server permission \(or the roles and users listed in the configuration\) can use \/sources\./,
    );
    expect(edit.body.embeds[0].description).not.toMatch(/workspace/i);
  });

  it('discord: Manage Server, Administrator or a configured admin role may /sources add, words in option order', async () => {
    for (const member of [{ manageGuild: true }, { administrator: true }, { roles: ['850000000000000001'] }]) {
      const interaction = chatInput(
        APP_ID,
        'sources',
        [
          { name: 'target', type: STRING, value: 'https://example.com/feed.xml' },
          { name: 'action', type: STRING, value: 'add' },
        ],
        member,
      );
      double.pushInteraction(interaction);
      const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
      expect(edit.body.embeds[0].description).toBe('sources add https://example.com/feed.xml');
    }
  });

  it('discord: an unknown competitor is answered privately: ephemeral follow-up, deferred reply deleted', async () => {
    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'tiktok' },
      { name: 'second', type: STRING, value: 'zalando' },
    ]);
    double.pushInteraction(interaction);
    const followUp = await double.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${interaction.token}`);
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.embeds[0].description).toContain('zalando');
    const deleted = await double.waitFor((r) => r.method === 'DELETE' && r.path.includes(interaction.token));
    expect(deleted.path).toMatch(/messages\/(@|%40)original$/);
  });

  it('discord: /rivalwatch runs the help command', async () => {
    const interaction = chatInput(APP_ID, 'rivalwatch', []);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].description).toContain('/compare');
  });

});
