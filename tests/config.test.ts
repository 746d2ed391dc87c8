import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalTimeZone } from '../src/alerts/local-time.js';
import { readTimeZoneWord } from '../src/alerts/timezone-words.js';
import { ConfigError, halfSetChat, loadConfig } from '../src/config.js';
import { withEnvFile } from '../src/env-file.js';

const errorOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    return err;
  }
  throw new Error('expected a ConfigError');
};

describe('config', () => {
  it('config: defaults need no environment at all', () => {
    const c = loadConfig({});
    expect(c.DATABASE_URL).toBe('sqlite:./data/rivalwatch.sqlite');
    expect(c.SEED).toBe(true);
    expect(c).toMatchObject({ POLL_LEASE_MINUTES: 10, POLL_CLAIM_LIMIT: 50 });
  });

  it('config: POLL_CLAIM_LIMIT and POLL_LEASE_MINUTES are read as whole numbers and checked', () => {
    expect(loadConfig({ POLL_CLAIM_LIMIT: '200', POLL_LEASE_MINUTES: '5' })).toMatchObject({
      POLL_CLAIM_LIMIT: 200,
      POLL_LEASE_MINUTES: 5,
    });
    expect((errorOf({ POLL_CLAIM_LIMIT: '0' }) as Error).message).toBe('POLL_CLAIM_LIMIT must be a whole number from 1 to 1000 (got "0")');
    expect((errorOf({ POLL_LEASE_MINUTES: 'ten' }) as Error).message).toBe('POLL_LEASE_MINUTES must be a whole number from 1 to 1440 (got "ten")');
  });

  it('config: a bad PORT (not a number, a fraction, out of range) stops with one line stating the rule', () => {
    for (const bad of ['eighty', '3000.5', '70000', '-1']) {
      const err = errorOf({ PORT: bad });
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toBe(`PORT must be a whole number from 0 to 65535 (got ${JSON.stringify(bad)})`);
    }
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
  });

  it('config: whole-number settings with only a lower bound say so', () => {
    expect((errorOf({ FETCH_TIMEOUT_MS: '5' }) as Error).message).toBe('FETCH_TIMEOUT_MS must be a whole number, 100 or more (got "5")');
    expect((errorOf({ INGEST_CONCURRENCY: '2.5' }) as Error).message).toBe('INGEST_CONCURRENCY must be a whole number from 1 to 64 (got "2.5")');
  });

  it('config: DISCORD_APPLICATION_ID must be a snowflake (digits)', () => {
    expect((errorOf({ DISCORD_APPLICATION_ID: 'abc' }) as Error).message).toMatch(/^DISCORD_APPLICATION_ID must be a Discord id: 17 to 20 digits/);
    expect(loadConfig({ DISCORD_APPLICATION_ID: '700000000000000003' }).DISCORD_APPLICATION_ID).toBe('700000000000000003');
  });

  it('config: a bad DEFAULT_TIMEZONE stops with one line naming the variable', () => {
    const message = (errorOf({ DEFAULT_TIMEZONE: 'Mars/Olympus' }) as Error).message;
    expect(message).toBe('DEFAULT_TIMEZONE is not an IANA timezone (got "Mars/Olympus")');
    expect(message).not.toContain('\n');
  });

  it('config: DEFAULT_TIMEZONE is read as /subscribe reads a zone: CET is the zone people mean, with summer time', () => {
    for (const typed of ['CET', 'cet', 'EST', 'europe/amsterdam', ' Europe/Paris ', 'GMT', 'Japan']) {
      const word = readTimeZoneWord(typed.trim());
      const expected = word && 'timezone' in word ? word.timezone : canonicalTimeZone(typed.trim());
      expect(loadConfig({ DEFAULT_TIMEZONE: typed }).DEFAULT_TIMEZONE, typed).toBe(expected);
    }
    // Intl alone takes "EST" as a clock that never moves; /subscribe and the config mean New York.
    expect(loadConfig({ DEFAULT_TIMEZONE: 'EST' }).DEFAULT_TIMEZONE).toBe('America/New_York');
    expect(loadConfig({ DEFAULT_TIMEZONE: 'CET' }).DEFAULT_TIMEZONE).toBe('Europe/Paris');
  });

  it('config: an ambiguous abbreviation or a fixed offset as DEFAULT_TIMEZONE stops with the advice /subscribe gives, on one line', () => {
    for (const typed of ['CST', 'UTC+2', 'Etc/GMT-2']) {
      const err = errorOf({ DEFAULT_TIMEZONE: typed });
      expect(err).toBeInstanceOf(ConfigError);
      const advice = (readTimeZoneWord(typed) as { error: string }).error;
      expect((err as Error).message).toBe(`DEFAULT_TIMEZONE is not usable: ${advice} (got ${JSON.stringify(typed)})`);
      expect((err as Error).message).not.toContain('\n');
    }
    expect((errorOf({ DEFAULT_TIMEZONE: 'Mars' }) as Error).message).toBe('DEFAULT_TIMEZONE is not an IANA timezone (got "Mars")');
  });

  it('config: DISCORD_SHARDS is unset (one gateway connection), auto, or a whole number', () => {
    expect(loadConfig({}).DISCORD_SHARDS).toBeUndefined();
    expect(loadConfig({ DISCORD_SHARDS: 'auto' }).DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ DISCORD_SHARDS: 'AUTO' }).DISCORD_SHARDS).toBe('auto');
    expect(loadConfig({ DISCORD_SHARDS: ' 4 ' }).DISCORD_SHARDS).toBe(4);
  });

  it('config: a bad DISCORD_SHARDS stops with one line naming the variable', () => {
    for (const bad of ['0', 'two', '2.5', '-1', 'auto,2']) {
      const err = errorOf({ DISCORD_SHARDS: bad });
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toBe(
        `DISCORD_SHARDS must be auto or a whole number of shards, 1 or more (got ${JSON.stringify(bad)})`,
      );
    }
  });

  it('config: .env fills in what the environment does not set, the environment wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-env-'));
    const path = join(dir, '.env');
    writeFileSync(path, 'LOG_LEVEL=debug\nPORT=4000\n# comment\n');
    const env = withEnvFile({ PORT: '5000' }, path);
    expect(loadConfig(env)).toMatchObject({ LOG_LEVEL: 'debug', PORT: 5000 });
    expect(withEnvFile({ A: '1' }, join(dir, 'missing.env'))).toEqual({ A: '1' });
  });

  it('config: a chat platform set only halfway is named, each missing setting in one line', () => {
    const half = (env: Record<string, string>) => halfSetChat(loadConfig(env));
    expect(half({})).toBeUndefined();
    expect(half({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toBeUndefined();
    expect(half({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toBeUndefined();
    expect(half({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '700000000000000003' })).toBeUndefined();
    expect(half({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/^SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET \(HTTP mode\) nor SLACK_APP_TOKEN/);
    expect(half({ SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/^SLACK_SIGNING_SECRET and SLACK_APP_TOKEN are set but SLACK_BOT_TOKEN is not/);
    expect(half({ DISCORD_APPLICATION_ID: '700000000000000003' })).toMatch(/^DISCORD_APPLICATION_ID is set but DISCORD_TOKEN is not/);
    const both = half({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 'abc' });
    expect(both).toMatch(/SLACK_SIGNING_SECRET.*; DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not/);
    expect(both).not.toContain('\n');
  });
});
