import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
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
    expect((errorOf({ POLL_CLAIM_LIMIT: '0' }) as Error).message).toMatch(/^POLL_CLAIM_LIMIT is out of range/);
    expect((errorOf({ POLL_LEASE_MINUTES: 'ten' }) as Error).message).toMatch(/^POLL_LEASE_MINUTES must be a number/);
  });

  it('config: a bad PORT stops with one line naming the variable', () => {
    const err = errorOf({ PORT: 'eighty' });
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(/^PORT must be a number \(got "eighty"\)$/);
  });

  it('config: an out-of-range PORT names the variable', () => {
    expect((errorOf({ PORT: '70000' }) as Error).message).toMatch(/^PORT is out of range/);
  });

  it('config: a bad DEFAULT_TIMEZONE stops with one line naming the variable', () => {
    const message = (errorOf({ DEFAULT_TIMEZONE: 'Mars/Olympus' }) as Error).message;
    expect(message).toBe('DEFAULT_TIMEZONE is not an IANA timezone (got "Mars/Olympus")');
    expect(message).not.toContain('\n');
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
});
