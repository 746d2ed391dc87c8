import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, ROOT } from '../helpers/built-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rivalwatch(args: string[], env: Record<string, string>, stdin = '', cwd = ROOT): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('the rivalwatch CLI as a child process', () => {
  let t: TestDb;
  let env: Record<string, string>;
  beforeAll(async () => {
    ensureBuilt();
    t = await testDb();
    env = { DATABASE_URL: t.url };
  }, 600_000);
  afterAll(async () => t.cleanup());

  it('cli: `compare tiktok amazon` prints the side-by-side with figures and sources, exit 0', async () => {
    const r = await rivalwatch(['compare', 'tiktok', 'amazon'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TikTok Shop vs Amazon');
    expect(r.stdout).toMatch(/Customers\s+5M\s+no data/);
    expect(r.stdout).toContain('$574.8B');
    expect(r.stdout).toContain('Amazon results, 2024-02-01');
    expect(r.stdout).toContain('De Standaard, 2023-11');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('cli: `compare tiktok amazzon` suggests Amazon and exits non-zero', async () => {
    const r = await rivalwatch(['compare', 'tiktok', 'amazzon'], env);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Did you mean Amazon?');
    expect(r.stdout).toBe('');
  });

  it('cli: `compare tiktok` alone is a usage error with exit 2', async () => {
    const r = await rivalwatch(['compare', 'tiktok'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: /compare');
  });

  it('cli: a quoted multi-word name stays one name', async () => {
    const r = await rivalwatch(['facts', 'tiktok shop', 'launch', 'US'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TikTok Shop launched in the US in September 2023');
  });

  it('cli: piped stdin runs one command per line and exits at the end', async () => {
    const r = await rivalwatch([], env, '/compare tiktok amazon\n\n/rival bol\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('TikTok Shop vs Amazon');
    expect(r.stdout).toMatch(/Headquarters +Utrecht/);
    expect(r.stdout.indexOf('TikTok Shop vs Amazon')).toBeLessThan(r.stdout.indexOf('Utrecht'));
    expect(r.stdout).not.toContain('rivalwatch>');
  });

  it('cli: a bad /sources add URL is a usage reply; the piped lines after it still run', async () => {
    const r = await rivalwatch([], env, '/sources add not-a-url\n/sources add https://\n/rival bol\n');
    expect(r.stdout + r.stderr).toContain('A source must be an http:// or https:// URL');
    expect(r.stdout).toMatch(/Headquarters +Utrecht/);
    expect(r.stderr).not.toContain('Invalid URL');
    const once = await rivalwatch(['sources', 'add', 'not-a-url'], env);
    expect(once.code).toBe(2);
    expect(once.stderr).toContain('A source must be an http:// or https:// URL');
  });

  it('cli: piped /quit stops reading', async () => {
    const r = await rivalwatch(['start'], env, '/help\n/quit\n/rival bol\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('rivalwatch commands');
    expect(r.stdout).not.toContain('Utrecht');
  });

  it('cli: a bad configuration value stops with one line naming the variable, exit 2', async () => {
    const r = await rivalwatch(['compare', 'tiktok', 'amazon'], { ...env, DEFAULT_TIMEZONE: 'Mars/Olympus' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('rivalwatch: DEFAULT_TIMEZONE is not an IANA timezone (got "Mars/Olympus")\n');
    const ambiguous = await rivalwatch(['compare', 'tiktok', 'amazon'], { ...env, DEFAULT_TIMEZONE: 'CST' });
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr.trim().split('\n')).toHaveLength(1);
    expect(ambiguous.stderr).toMatch(/^rivalwatch: DEFAULT_TIMEZONE is not usable: "CST" is ambiguous: .*America\/Chicago or Asia\/Shanghai/);
    const start = await rivalwatch(['start'], { ...env, PORT: 'x' });
    expect(start.code).toBe(2);
    expect(start.stderr.trim().split('\n')).toEqual(['rivalwatch: PORT must be a whole number from 0 to 65535 (got "x")']);
  });

  it('cli: a bad configuration value exits 2 from `ingest` too, not 1', async () => {
    const r = await rivalwatch(['ingest', '--all'], { ...env, DEFAULT_TIMEZONE: 'Mars/Olympus' });
    expect(r.stderr).toBe('rivalwatch: DEFAULT_TIMEZONE is not an IANA timezone (got "Mars/Olympus")\n');
    expect(r.code).toBe(2);
  });

  it('cli: `ingest` names a source that cannot be fetched on one line, not once as a log warning and again in the summary', async () => {
    // A closed loopback port: connection refused, without leaving the machine.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise((r) => closed.close(r));
    const url = `http://127.0.0.1:${port}/feed.xml`;
    const r = await rivalwatch(['ingest', url], { ...env, FETCH_ALLOW_PRIVATE: 'true', LOG_LEVEL: 'info' });
    expect(r.code).toBe(1);
    const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.includes(`127.0.0.1:${port}`));
    expect(lines).toEqual([`  error  ${url}: connection refused`]);
  });

  it('cli: a database that cannot be opened stops with one line naming DATABASE_URL, never its password; exit 1', async () => {
    const refused = await rivalwatch(['compare', 'tiktok', 'amazon'], { DATABASE_URL: 'postgres://rw:s3cret@127.0.0.1:1/rw' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'rivalwatch: cannot open the database at postgres://rw@127.0.0.1:1/rw (connect ECONNREFUSED 127.0.0.1:1); check DATABASE_URL and that the database is running\n',
    );
    const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-dbfile-'));
    writeFileSync(join(dir, 'not-a-folder'), '');
    const start = await rivalwatch(['start'], { DATABASE_URL: `sqlite:${join(dir, 'not-a-folder', 'x.sqlite')}` });
    expect(start.code).toBe(1);
    expect(start.stderr.trim().split('\n')).toHaveLength(1);
    expect(start.stderr).toMatch(/^rivalwatch: cannot open the database at sqlite:.*not-a-folder.*check DATABASE_URL/);
  });

  it('cli: a bad ROLE names the variable it came from, --role the flag; exit 2', async () => {
    const fromEnv = await rivalwatch(['start'], { ...env, ROLE: 'boss' });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toBe('rivalwatch: ROLE must be all, chat or worker (got "boss")\n');
    // ./.env counts too: a project directory with ROLE=boss in its .env gets the same line.
    const project = mkdtempSync(join(tmpdir(), 'rivalwatch-role-'));
    writeFileSync(join(project, '.env'), 'ROLE=boss\n');
    const fromEnvFile = await rivalwatch(['start'], env, '', project);
    expect(fromEnvFile.code).toBe(2);
    expect(fromEnvFile.stderr).toBe('rivalwatch: ROLE must be all, chat or worker (got "boss")\n');
    const fromFlag = await rivalwatch(['start', '--role', 'boss'], env);
    expect(fromFlag.code).toBe(2);
    expect(fromFlag.stderr).toBe('rivalwatch: --role must be all, chat or worker (got "boss")\n');
  });

  it.each([['--help'], ['-h'], ['help']])('cli: `rivalwatch %s` lists the subcommands on stdout, exit 0', async (flag) => {
    const r = await rivalwatch([flag], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: rivalwatch /);
    for (const usage of [
      'start [--role all|chat|worker] [--shards N|auto]',
      'command <command> [arguments…]',
      'ingest [--baseline] FILE|URL…',
      'extract FILE [--json] [--published YYYY-MM-DD] [--language en|fr|nl]',
      'discord register [--guild ID]  |  discord invite',
      'slack-manifest [--url https://HOST/slack/events]',
      '/compare, /rival',
    ]) {
      expect(r.stdout).toContain(usage);
    }
  });

  it('cli: `help compare` still shows the chat command\'s details', async () => {
    const r = await rivalwatch(['help', 'compare'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/compare');
    expect(r.stdout).not.toContain('Usage: rivalwatch [subcommand]');
  });

  const SUBCOMMANDS = ['start', 'extract', 'ingest', 'discord', 'slack-manifest', 'command'];

  it.each(SUBCOMMANDS.flatMap((sub) => [[sub, '--help'], [sub, '-h']]))(
    'cli: `%s %s` prints that subcommand\'s usage on stdout and does nothing else, exit 0',
    async (sub, flag) => {
      const r = await rivalwatch([sub!, flag!], env);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^usage:.*rivalwatch ${sub === 'command' ? '\\[command\\]' : sub}`, 'is'));
    },
  );

  it.each(SUBCOMMANDS)('cli: `help %s` prints the same usage as the subcommand\'s --help', async (sub) => {
    const [asked, flagged] = await Promise.all([rivalwatch(['help', sub], env), rivalwatch([sub, '--help'], env)]);
    expect(asked.code).toBe(0);
    expect(asked.stderr).toBe('');
    expect(asked.stdout).toBe(flagged.stdout);
  });

  it('cli: `compare --help` shows the chat command\'s details, as `help compare` does', async () => {
    const r = await rivalwatch(['compare', '--help'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await rivalwatch(['help', 'compare'], env)).stdout);
  });

  it.each([
    ['ingest', '--bogus', 'x'],
    ['start', '--bogus'],
    ['extract', '--bogus', 'x.txt'],
    ['ingest', '-x', 'feed.xml'],
  ])('cli: `%s %s` refuses the unknown option with the usage line, exit 2', async (sub, ...args) => {
    const r = await rivalwatch([sub!, ...args], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const [reason, synopsis] = r.stderr.split('\n');
    expect(reason).toBe(`rivalwatch ${sub}: unknown option ${args[0]}`);
    expect(synopsis).toMatch(new RegExp(`^Usage: rivalwatch ${sub} `));
  });

  it('cli: `discord invite --bogus` refuses the option instead of ignoring it, exit 2', async () => {
    const r = await rivalwatch(['discord', 'invite', '--bogus'], { ...env, DISCORD_APPLICATION_ID: '700000000000000003' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('Unexpected arguments: --bogus');
  });

  it('cli: `--version` prints the version from package.json, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await rivalwatch(['--version'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it('cli: an unknown option is a usage error pointing at --help, exit 2', async () => {
    const r = await rivalwatch(['--frobnicate'], env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rivalwatch: unknown option --frobnicate (rivalwatch --help lists what it can do)\n');
  });
});
