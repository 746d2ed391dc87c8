import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';

const error = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  return undefined;
};

describe('discord settings', () => {
  it('admin ids: comma-separated snowflakes are read as a list', () => {
    const config = loadConfig({ DISCORD_ADMIN_USER_IDS: '820000000000000001, 82000000000000000002', DISCORD_ADMIN_ROLE_IDS: '' });
    expect(config.DISCORD_ADMIN_USER_IDS).toEqual(['820000000000000001', '82000000000000000002']);
    expect(config.DISCORD_ADMIN_ROLE_IDS).toEqual([]);
  });

  it('admin ids: a role name, a mention or a short number is refused with one line naming the variable', () => {
    expect(error({ DISCORD_ADMIN_ROLE_IDS: '850000000000000001,Moderators' })).toMatch(
      /^DISCORD_ADMIN_ROLE_IDS must be comma-separated Discord ids of 17 to 20 digits; "Moderators" is not one \(.*Copy ID\) \(got "850000000000000001,Moderators"\)$/,
    );
    expect(error({ DISCORD_ADMIN_USER_IDS: '<@820000000000000001>' })).toMatch(/^DISCORD_ADMIN_USER_IDS .*"<@820000000000000001>" is not one/);
    expect(error({ DISCORD_ADMIN_USER_IDS: '12345' })).toMatch(/^DISCORD_ADMIN_USER_IDS .*"12345" is not one/);
  });

  it('start timeout: 60 s by default, a whole number of seconds otherwise', () => {
    expect(loadConfig({}).DISCORD_START_TIMEOUT_SECONDS).toBe(60);
    expect(loadConfig({ DISCORD_START_TIMEOUT_SECONDS: '300' }).DISCORD_START_TIMEOUT_SECONDS).toBe(300);
    expect(error({ DISCORD_START_TIMEOUT_SECONDS: '0' })).toBe('DISCORD_START_TIMEOUT_SECONDS must be a whole number from 1 to 3600 (got "0")');
  });
});
