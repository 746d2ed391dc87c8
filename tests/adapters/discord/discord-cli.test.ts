import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCli } from '../../../src/adapters/discord/cli.js';
import type { CliIo } from '../../../src/cli/io.js';
import { type DiscordDouble, discordError, startDiscordDouble } from './discord-double.js';
import { testCommands } from './fixtures.js';

/** Starting a client, a double and a database can be slow on a loaded machine; it is not what is tested. */
const HOOK_TIMEOUT_MS = 60_000;

const APP_ID = '700000000000000003';

function io(env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const cli: CliIo = { stdout, stderr, stdin: new PassThrough(), env };
  return { cli, out: () => out.join(''), err: () => err.join('') };
}

describe('rivalwatch discord register / invite', () => {
  let double: DiscordDouble;
  let env: Record<string, string>;

  beforeAll(async () => {
    double = await startDiscordDouble(APP_ID);
    env = { DISCORD_TOKEN: 'reg-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: double.apiUrl };
  }, HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await double?.close();
  }, HOOK_TIMEOUT_MS);

  it('discord register: PUTs every command globally with typed options and autocomplete flags', async () => {
    const { cli, out } = io(env);
    expect(await discordCli(['register'], cli, testCommands)).toBe(0);
    const put = await double.waitFor((r) => r.method === 'PUT' && r.path === `/applications/${APP_ID}/commands`);
    expect(put.authorization).toBe('Bot reg-token');
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(['compare', 'sources', 'rivalwatch']);
    const compare = put.body[0];
    expect(compare).toMatchObject({ type: 1, description: 'Compare competitors side by side' });
    expect(compare.options).toEqual([
      { name: 'first', description: 'A competitor', required: true, type: 3, autocomplete: true },
      { name: 'second', description: 'Another competitor', required: true, type: 3, autocomplete: true },
    ]);
    const action = put.body[1].options[0];
    expect(action).toMatchObject({ name: 'action', type: 3, required: true });
    expect(action.autocomplete).toBeUndefined();
    expect(action.choices).toEqual([
      { name: 'list', value: 'list' },
      { name: 'add', value: 'add' },
      { name: 'remove', value: 'remove' },
    ]);
    expect(put.body[2].options).toBeUndefined();
    expect(out()).toMatch(/Registered 3 commands globally: \/compare, \/sources, \/rivalwatch/);
  });

  it('discord register --guild: PUTs to the guild route, instantly visible there', async () => {
    const { cli, out } = io(env);
    expect(await discordCli(['register', '--guild', '800000000000000009'], cli, testCommands)).toBe(0);
    const put = await double.waitFor((r) => r.method === 'PUT' && r.path.includes('/guilds/800000000000000009/'));
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/800000000000000009/commands`);
    expect(out()).toContain('in server 800000000000000009');
  });

  it('discord register: a malformed guild id is refused before any request', async () => {
    const before = double.requests.length;
    const { cli, err } = io(env);
    expect(await discordCli(['register', '--guild', 'my-server'], cli, testCommands)).toBe(2);
    expect(err()).toContain('--guild must be a server id');
    expect(double.requests.length).toBe(before);
  });

  it('discord register: a refused token is named as the setting to check', async () => {
    double.scriptRoute(/^PUT \/applications\/\d+\/commands$/, discordError(401, 0, '401: Unauthorized'));
    const { cli, err } = io(env);
    expect(await discordCli(['register'], cli, testCommands)).toBe(1);
    expect(err()).toBe(`Registering failed: ${double.apiUrl} refused DISCORD_TOKEN; check DISCORD_TOKEN\n`);
  });

  it('discord register --guild: Missing Access says to add the bot to that server first', async () => {
    double.scriptRoute(/^PUT \/applications\/\d+\/guilds\/800000000000000008\/commands$/, discordError(403, 50001, 'Missing Access'));
    const { cli, err } = io(env);
    expect(await discordCli(['register', '--guild', '800000000000000008'], cli, testCommands)).toBe(1);
    expect(err()).toMatch(
      /^Registering failed: Discord answered 403 50001: Missing Access; check that the bot is in server 800000000000000008 \(add it with the URL from `rivalwatch discord invite`\) and that DISCORD_APPLICATION_ID is the application of DISCORD_TOKEN\n$/,
    );
  });

  it('discord register: an unreachable address names DISCORD_API_URL', async () => {
    const { cli, err } = io({ ...env, DISCORD_API_URL: 'http://127.0.0.1:1/api' });
    expect(await discordCli(['register'], cli, testCommands)).toBe(1);
    expect(err()).toBe('Registering failed: cannot reach http://127.0.0.1:1/api (ECONNREFUSED); check the network and DISCORD_API_URL\n');
  });

  it('discord: an unknown action is named as such before any setting is checked', async () => {
    const { cli, err } = io({});
    expect(await discordCli(['bogus'], cli, testCommands)).toBe(2);
    expect(err()).toMatch(/^Unknown discord action "bogus"\.\nUsage:/);
    expect(err()).not.toContain('DISCORD_APPLICATION_ID is not set');
  });

  it('discord invite: an application id that is not a Discord id is refused by the configuration', async () => {
    const { cli, out, err } = io({ DISCORD_APPLICATION_ID: 'abc' });
    expect(await discordCli(['invite'], cli, testCommands)).toBe(2);
    expect(out()).toBe('');
    expect(err()).toMatch(/^DISCORD_APPLICATION_ID must be a Discord id: 17 to 20 digits .*\(got "abc"\)\n$/);
  });

  it('discord register: without a token it says where to get one', async () => {
    const { cli, err } = io({ DISCORD_APPLICATION_ID: APP_ID });
    expect(await discordCli(['register'], cli, testCommands)).toBe(2);
    expect(err()).toContain('DISCORD_TOKEN is not set');
  });

  it('discord invite: prints the OAuth2 URL with bot + applications.commands and the four permissions', async () => {
    const { cli, out } = io({ DISCORD_APPLICATION_ID: APP_ID });
    expect(await discordCli(['invite'], cli, testCommands)).toBe(0);
    const url = new URL(out().trim());
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe(APP_ID);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel 1024 + Send Messages 2048 + Embed Links 16384 + Attach Files 32768 = 52224
    expect(url.searchParams.get('permissions')).toBe('52224');
  });
});
