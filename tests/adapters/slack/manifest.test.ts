import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import { buildManifest, usageHint } from '../../../src/adapters/slack/manifest.js';
import { run } from '../../../src/adapters/slack/manifest-cli.js';

/**
 * The parts of Slack's app manifest schema (v1) this manifest uses, transcribed from
 * slackapi/manifest-schema (schemas/manifest.schema.1.0.0.json): unknown keys are refused there
 * too, and a slash command needs a request URL unless Socket Mode is on.
 */
const slashCommand = z.strictObject({
  command: z.string().min(2).max(32).regex(/^\//),
  url: z.string().regex(/^https?:\/\//).max(3000).optional(),
  description: z.string().min(1).max(2000),
  usage_hint: z.string().min(1).max(1000).optional(),
  should_escape: z.boolean().optional(),
});
const slackManifestV1 = z
  .strictObject({
    display_information: z.strictObject({
      name: z.string().min(1).max(35),
      description: z.string().min(1).max(140).optional(),
      background_color: z.string().regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/).optional(),
      long_description: z.string().min(175).max(4000).optional(),
    }),
    features: z.strictObject({
      bot_user: z.strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean().optional() }),
      slash_commands: z.array(slashCommand).min(1).max(50),
    }),
    oauth_config: z.strictObject({ scopes: z.strictObject({ bot: z.array(z.string().max(50)).max(255) }) }),
    settings: z.strictObject({
      org_deploy_enabled: z.boolean(),
      socket_mode_enabled: z.boolean(),
      token_rotation_enabled: z.boolean(),
    }),
  })
  .refine((m) => m.settings.socket_mode_enabled || m.features.slash_commands.every((c) => c.url), {
    message: 'without Socket Mode every slash command needs its request url',
  });

const committed = JSON.parse(readFileSync(new URL('../../../src/adapters/slack/manifest.json', import.meta.url), 'utf8'));

describe('slack app manifest', () => {
  it('slack manifest: the committed manifest.json matches the command list (regenerate with `rivalwatch slack-manifest`)', () => {
    expect(committed).toEqual(buildManifest(commands));
  });

  it('slack manifest: declares the nine slash commands, the four bot scopes and Socket Mode', () => {
    expect(committed.features.slash_commands.map((c: { command: string }) => c.command).sort()).toEqual(
      ['/compare', '/digest', '/facts', '/rival', '/rivalwatch', '/sources', '/subscribe', '/subscriptions', '/unsubscribe'],
    );
    expect(committed.oauth_config.scopes.bot).toEqual(['commands', 'chat:write', 'chat:write.public', 'users:read']);
    expect(committed.settings.socket_mode_enabled).toBe(true);
  });

  it('slack manifest: the Socket Mode and the HTTP manifests fit Slack\'s manifest schema', () => {
    expect(slackManifestV1.safeParse(committed).error?.issues).toBeUndefined();
    const http = buildManifest(commands, { requestUrl: 'https://rw.example.com/slack/events' });
    expect(slackManifestV1.safeParse(http).error?.issues).toBeUndefined();
    // The schema check itself can fail: a manifest without request URLs in HTTP mode is refused.
    const withoutUrls = { ...http, features: { ...http.features, slash_commands: committed.features.slash_commands } };
    expect(slackManifestV1.safeParse(withoutUrls).success).toBe(false);
  });

  it('slack manifest: descriptions name help as Slack users type it (/rivalwatch, since Slack reserves /help)', () => {
    const texts = committed.features.slash_commands.flatMap((c: { description: string; usage_hint?: string }) => [c.description, c.usage_hint ?? '']);
    expect(texts.filter((t: string) => /(^|\s)\/help\b/.test(t))).toEqual([]);
    expect(committed.features.slash_commands.find((c: { command: string }) => c.command === '/rivalwatch').description).toContain('/rivalwatch compare');
  });

  it('slack manifest: usage hints drop the command name, also when a command has several forms', () => {
    expect(usageHint('/compare <competitor> <competitor> [more…]')).toBe('<competitor> <competitor> [more…]');
    expect(usageHint('/sources  ·  /sources add <url> [en|fr|nl]  ·  /sources remove <id>')).toBe('add <url> [en|fr|nl] | remove <id>');
    expect(usageHint('/digest')).toBe('');
  });

  it('slack manifest: --url gives an HTTP-mode manifest with the request URL on every command', async () => {
    let out = '';
    const write = (s: string) => {
      out += s;
      return true;
    };
    const io = { stdout: { write }, stderr: { write: () => true }, stdin: process.stdin, env: {} };
    expect(await run(['--url', 'https://rw.example.com/slack/events'], io as never)).toBe(0);
    const manifest = JSON.parse(out);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.features.slash_commands.every((c: { url: string }) => c.url === 'https://rw.example.com/slack/events')).toBe(true);
    expect(await run(['--url', 'http://insecure'], io as never)).toBe(2);
  });

  it('slack manifest: an unknown option is a usage error, nothing on stdout', async () => {
    let out = '';
    let err = '';
    const io = {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s) },
      stdin: process.stdin,
      env: {},
    };
    expect(await run(['--bogus'], io as never)).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('rivalwatch slack-manifest: unexpected --bogus\nusage: rivalwatch slack-manifest [--url https://HOST/slack/events]\n');
  });
});
