import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { buildManifest, usageHint } from '../../../src/adapters/slack/manifest.js';
import { run } from '../../../src/adapters/slack/manifest-cli.js';

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
