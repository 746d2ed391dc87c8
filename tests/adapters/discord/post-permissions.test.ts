import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { cannotPostHere } from '../../../src/adapters/discord/post-permissions.js';

const perms = (...bits: bigint[]) => new PermissionsBitField(bits.reduce((a, b) => a | b, 0n));
const { ViewChannel, SendMessages, SendMessagesInThreads, EmbedLinks } = PermissionFlagsBits;

describe('discord: can the bot post alerts where /subscribe was typed', () => {
  it('post permissions: View Channel, Send Messages and Embed Links in a guild channel are enough', () => {
    expect(cannotPostHere(perms(ViewChannel, SendMessages, EmbedLinks), { inGuild: true, isThread: false })).toBeUndefined();
  });

  it('post permissions: each missing permission is named', () => {
    expect(cannotPostHere(perms(SendMessages), { inGuild: true, isThread: false })).toContain('it lacks View Channel, Embed Links in this channel');
  });

  it('post permissions: in a thread, Send Messages in Threads is what counts', () => {
    expect(cannotPostHere(perms(ViewChannel, SendMessagesInThreads, EmbedLinks), { inGuild: true, isThread: true })).toBeUndefined();
    expect(cannotPostHere(perms(ViewChannel, SendMessages, EmbedLinks), { inGuild: true, isThread: true })).toContain('Send Messages in Threads');
  });

  it('post permissions: a direct message with the bot is not checked', () => {
    expect(cannotPostHere(perms(), { inGuild: false, isThread: false })).toBeUndefined();
  });
});
