import { describe, expect, it } from 'vitest';
import { channelOf, invokerOf, optionsToText } from '../../../src/adapters/discord/interaction-input.js';
import type { OptionSpec } from '../../../src/core/command.js';
import { tokenize } from '../../../src/core/tokenize.js';

const specs: OptionSpec[] = [
  { name: 'first', description: '', required: true, kind: 'competitor' },
  { name: 'second', description: '', required: true, kind: 'competitor' },
  { name: 'third', description: '', required: false, kind: 'competitor' },
];
const admins = { DISCORD_ADMIN_USER_IDS: ['1'], DISCORD_ADMIN_ROLE_IDS: ['r-admin'] };
const who = { guildId: 'g', channelId: 'c', userId: '9', hasManageGuild: false, roleIds: [] as string[] };

describe('discord interaction input', () => {
  it('options: words follow the command’s option order, missing optionals are skipped', () => {
    const values: Record<string, unknown> = { second: 'amazon', first: 'tiktok' };
    expect(optionsToText(specs, (n) => values[n])).toBe('tiktok amazon');
  });

  it('options: a value of several words reaches the command as those words, as typed in Slack', () => {
    const subscribe: OptionSpec[] = [
      { name: 'competitors', description: '', required: false, kind: 'competitor' },
      { name: 'at', description: '', required: false, kind: 'string' },
    ];
    const values: Record<string, unknown> = { at: ' 9:00  CET ', competitors: 'tiktok' };
    expect(tokenize(optionsToText(subscribe, (n) => values[n]))).toEqual(['tiktok', '9:00', 'CET']);
    const quoted: OptionSpec[] = [{ name: 'query', description: '', required: true, kind: 'string' }];
    expect(tokenize(optionsToText(quoted, () => '"free shipping" EU'))).toEqual(['free shipping', 'EU']);
  });

  it('options: a blank value is skipped like a missing one', () => {
    const spec: OptionSpec[] = [{ name: 'at', description: '', required: false, kind: 'string' }];
    expect(optionsToText(spec, () => '   ')).toBe('');
  });

  it('options: a competitor option naming several competitors stays separate words for the resolver', () => {
    expect(tokenize(optionsToText(specs, (n) => (n === 'first' ? 'tiktok shop temu' : undefined)))).toEqual([
      'tiktok',
      'shop',
      'temu',
    ]);
  });

  it('options: integers become words', () => {
    const spec: OptionSpec[] = [{ name: 'limit', description: '', required: false, kind: 'integer' }];
    expect(optionsToText(spec, () => 5)).toBe('5');
  });

  it('channel: a guild channel is workspace guild id; a DM is workspace "dm"', () => {
    expect(channelOf(who)).toEqual({ platform: 'discord', workspace: 'g', channel: 'c' });
    expect(channelOf({ ...who, guildId: null })).toEqual({ platform: 'discord', workspace: 'dm', channel: 'c' });
  });

  it('invoker: Manage Server, a listed user or a listed role makes an admin; nothing else does', () => {
    expect(invokerOf(who, admins).isAdmin).toBe(false);
    expect(invokerOf({ ...who, hasManageGuild: true }, admins).isAdmin).toBe(true);
    expect(invokerOf({ ...who, userId: '1' }, admins).isAdmin).toBe(true);
    expect(invokerOf({ ...who, roleIds: ['r-admin'] }, admins).isAdmin).toBe(true);
    expect(invokerOf({ ...who, guildId: null, roleIds: ['r-admin'] }, admins).isAdmin).toBe(false);
  });
});
