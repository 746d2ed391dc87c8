import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { createDiscordAdapter, type DiscordAdapter } from '../../../src/adapters/discord/create-discord-adapter.js';
import { discordCli } from '../../../src/adapters/discord/cli.js';
import { buildCommandDefinitions } from '../../../src/adapters/discord/command-definitions.js';
import { fixedClock } from '../../../src/clock.js';
import { loadConfig } from '../../../src/config.js';
import { seed } from '../../../src/domain/seed.js';
import { silentLogger } from '../../../src/logger.js';
import { type TestDb, testDb } from '../../helpers/test-db.js';
import { type DiscordDouble, startDiscordDouble } from './discord-double.js';
import { autocomplete, chatInput, dmChatInput } from './interactions.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;
const APP_ID = '700000000000000005';
const STRING = 3;
/** Embed colours: red for refusals and failures, yellow for "check your input". */
const RED = 0xed4245;
const YELLOW = 0xfee75c;

describe('discord with the real command list and seeded database', () => {
  let double: DiscordDouble;
  let db: TestDb;
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    double = await startDiscordDouble(APP_ID);
    db = await testDb();
    await seed(db.db, '2024-03-01T00:00:00.000Z');
    const config = loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: double.apiUrl });
    adapter = createDiscordAdapter({ config, db: db.db, clock: fixedClock('2024-03-01T00:00:00Z'), log: silentLogger, commands });
    await adapter.start();
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await adapter?.stop();
    await double?.close();
    await db?.cleanup();
  }, HOOK_TIMEOUT_MS);

  it('compare: /compare tiktok amazon shows both competitors’ seeded figures as inline fields', async () => {
    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'tiktok' },
      { name: 'second', type: STRING, value: 'amazon' },
    ]);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    const [embed] = edit.body.embeds;
    expect(embed.title).toBe('TikTok Shop vs Amazon');
    const [tiktok, amazon] = embed.fields;
    expect([tiktok.name, amazon.name]).toEqual(['TikTok Shop', 'Amazon']);
    expect(tiktok.inline).toBe(true);
    expect(tiktok.value).toContain('$17.5B');
    expect(amazon.value).toMatch(/\$[\d.]+[BMT]/);
    expect(embed.footer.text).toMatch(/As of: TikTok Shop \d{4}(-\d{2}){0,2} · Amazon \d{4}/);
  });

  it('compare: an autocompleted id and a typed alias resolve alike', async () => {
    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'tiktok-shop' },
      { name: 'second', type: STRING, value: 'bol.com' },
    ]);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].title).toMatch(/^TikTok Shop vs Bol/);
  });

  it('compare: the `more` option names further competitors, several words at once', async () => {
    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'temu' },
      { name: 'second', type: STRING, value: 'shein' },
      { name: 'more', type: STRING, value: 'bol.com tiktok shop' },
    ]);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].title).toBe('Temu vs Shein vs Bol.com vs TikTok Shop');
  });

  it('compare: the optional competitor options autocomplete and are read in order, before `more`', async () => {
    const suggest = autocomplete(APP_ID, 'compare', 'fourth', 'shei');
    double.pushInteraction(suggest);
    const answer = await double.waitFor((r) => r.path.includes(`/interactions/${suggest.id}/`));
    expect(answer.body.data.choices.map((c: { name: string }) => c.name)).toContain('Shein');

    const interaction = chatInput(APP_ID, 'compare', [
      { name: 'more', type: STRING, value: 'amazon' },
      { name: 'first', type: STRING, value: 'temu' },
      { name: 'fourth', type: STRING, value: 'bol.com' },
      { name: 'second', type: STRING, value: 'shein' },
      { name: 'third', type: STRING, value: 'tiktok shop' },
    ]);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(edit.body.embeds[0].title).toBe('Temu vs Shein vs TikTok Shop vs Bol.com vs Amazon');
  });

  it('subscribe: "9:00 Europe/Paris" typed in `at` sets the time and the timezone', async () => {
    const channel = '870000000000000011';
    const interaction = chatInput(
      APP_ID,
      'subscribe',
      [
        { name: 'competitors', type: STRING, value: 'tiktok' },
        { name: 'at', type: STRING, value: '9:00 Europe/Paris' },
      ],
      { manageGuild: true },
    );
    interaction.channel_id = channel;
    interaction.channel = { ...interaction.channel, id: channel };
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(JSON.stringify(edit.body.embeds)).toContain('09:00 Europe/Paris');
    // The channel is a mention Discord shows by name, not "#870… on discord".
    expect(edit.body.embeds[0].description.split('\n\n')).toContain(`<#${channel}>`);
    expect(JSON.stringify(edit.body.embeds)).not.toContain('on discord');
    const sub = await db.db.selectFrom('subscriptions').selectAll().where('channel', '=', channel).executeTakeFirstOrThrow();
    expect([sub.digest_time, sub.timezone]).toEqual(['09:00', 'Europe/Paris']);
  });

  it('subscribe: "9:00 CET" typed in `at` subscribes at 09:00 in a zone that keeps CET\'s clock, and says how it read CET', async () => {
    const channel = '870000000000000012';
    const interaction = chatInput(
      APP_ID,
      'subscribe',
      [
        { name: 'competitors', type: STRING, value: 'tiktok' },
        { name: 'at', type: STRING, value: '9:00 CET' },
      ],
      { manageGuild: true },
    );
    interaction.channel_id = channel;
    interaction.channel = { ...interaction.channel, id: channel };
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(JSON.stringify(edit.body.embeds)).toMatch(/\\"CET\\" read as Europe\/\w+/);
    const sub = await db.db.selectFrom('subscriptions').selectAll().where('channel', '=', channel).executeTakeFirstOrThrow();
    expect(sub.digest_time).toBe('09:00');
    expect(sub.timezone).toMatch(/^Europe\//);
  });

  it('autocomplete: "tik" suggests TikTok Shop from the seeded competitors', async () => {
    const interaction = autocomplete(APP_ID, 'compare', 'first', 'tik');
    double.pushInteraction(interaction);
    const answer = await double.waitFor((r) => r.path.includes(`/interactions/${interaction.id}/`));
    expect(answer.body.data.choices.map((c: { name: string }) => c.name)).toContain('TikTok Shop');
  });

  it('facts: an unknown competitor gets "did you mean" privately', async () => {
    const interaction = chatInput(APP_ID, 'facts', [{ name: 'competitor', type: STRING, value: 'temoo' }]);
    double.pushInteraction(interaction);
    const followUp = await double.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${interaction.token}`);
    expect(followUp.body.flags).toBe(64);
    expect(JSON.stringify(followUp.body.embeds)).toMatch(/Did you mean[^"]*Temu/i);
  });

  it('help: /rivalwatch lists the commands', async () => {
    const interaction = chatInput(APP_ID, 'rivalwatch', []);
    double.pushInteraction(interaction);
    const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(JSON.stringify(edit.body.embeds)).toContain('/compare');
  });

  it('every registered command answers a slash command with embeds, none with an error', async () => {
    const channel = '870000000000000013';
    const typed: [string, [string, string][]][] = [
      ['compare', [['first', 'tiktok'], ['second', 'amazon']]],
      ['rival', [['competitor', 'temu']]],
      ['facts', [['competitor', 'shein']]],
      ['subscribe', [['competitors', 'temu'], ['mode', 'digest']]],
      ['subscriptions', []],
      ['digest', []],
      ['unsubscribe', [['competitors', 'temu']]],
      ['sources', []],
      ['rivalwatch', []],
    ];
    const registered = buildCommandDefinitions(commands).map((c) => c.name);
    expect(typed.map(([name]) => name).sort()).toEqual([...registered].sort());
    for (const [name, options] of typed) {
      const interaction = chatInput(
        APP_ID,
        name,
        options.map(([option, value]) => ({ name: option, type: STRING, value })),
        { manageGuild: true },
      );
      interaction.channel_id = channel;
      interaction.channel = { ...interaction.channel, id: channel };
      double.pushInteraction(interaction);
      const edit = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
      expect(edit.body.embeds.length, `/${name}`).toBeGreaterThan(0);
      for (const embed of edit.body.embeds) expect([RED, YELLOW], `/${name}: ${JSON.stringify(embed)}`).not.toContain(embed.color);
    }
  });

  it('sources: a member without Manage Server may list sources but not add one', async () => {
    const url = 'https://news.example.com/feed.xml';
    const add = chatInput(APP_ID, 'sources', [
      { name: 'action', type: STRING, value: 'add' },
      { name: 'target', type: STRING, value: url },
    ]);
    double.pushInteraction(add);
    const refusal = await double.waitFor((r) => r.method === 'POST' && r.path === `/webhooks/${APP_ID}/${add.token}`);
    expect(refusal.body.flags).toBe(64);
    expect(refusal.body.embeds[0].color).toBe(RED);
    expect(await db.db.selectFrom('sources').select('id').where('url', '=', url).execute()).toEqual([]);

    const list = chatInput(APP_ID, 'sources', []);
    double.pushInteraction(list);
    const listed = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(list.token));
    expect(listed.body.embeds[0].title).toMatch(/^Sources \(\d+\)$/);
  });

  it('direct message: anyone can /compare with the bot; /subscribe there needs a listed admin', async () => {
    const compare = dmChatInput(APP_ID, 'compare', [
      { name: 'first', type: STRING, value: 'tiktok' },
      { name: 'second', type: STRING, value: 'amazon' },
    ]);
    double.pushInteraction(compare);
    const answer = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(compare.token));
    expect(answer.body.embeds[0].title).toBe('TikTok Shop vs Amazon');

    const subscribe = dmChatInput(APP_ID, 'subscribe', [{ name: 'competitors', type: STRING, value: 'tiktok' }]);
    double.pushInteraction(subscribe);
    const defer = await double.waitFor((r) => r.path.includes(`/interactions/${subscribe.id}/`));
    expect(defer.body.data.flags).toBe(64);
    const refused = await double.waitFor((r) => r.method === 'PATCH' && r.path.includes(subscribe.token));
    expect(refused.body.embeds[0].color).toBe(RED);
    expect(await db.db.selectFrom('subscriptions').select('id').where('workspace', '=', 'dm').execute()).toEqual([]);
  });

  it('discord register: the real command list is accepted as Discord command JSON', async () => {
    const out: string[] = [];
    const { PassThrough } = await import('node:stream');
    const stdout = new PassThrough().on('data', (c) => out.push(String(c)));
    const env = { DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: double.apiUrl };
    expect(await discordCli(['register'], { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env }, commands)).toBe(0);
    const put = await double.waitFor((r) => r.method === 'PUT');
    const byName = Object.fromEntries(put.body.map((c: { name: string }) => [c.name, c]));
    expect(Object.keys(byName)).toEqual(expect.arrayContaining(['compare', 'rival', 'facts', 'subscribe', 'rivalwatch']));
    // Five competitor options autocomplete (two required), then `more` takes any further ones as words.
    const compareOptions = byName.compare.options.map((o: { name: string; required: boolean; autocomplete?: boolean }) => [o.name, o.required, o.autocomplete ?? false]);
    expect(compareOptions).toEqual([
      ['first', true, true],
      ['second', true, true],
      ['third', false, true],
      ['fourth', false, true],
      ['fifth', false, true],
      ['more', false, false],
    ]);
    for (const c of put.body) expect(c.description.length).toBeLessThanOrEqual(100);
  });
});
