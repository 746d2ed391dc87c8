import { PermissionFlagsBits } from 'discord.js';

/** INTERACTION_CREATE payloads shaped like Discord's (chat input type 2, autocomplete type 4). */
export const GUILD_ID = '800000000000000001';
export const CHANNEL_ID = '810000000000000001';

export interface MemberSpec {
  userId?: string;
  manageGuild?: boolean;
  /** Administrator implies every permission, Manage Server included. */
  administrator?: boolean;
  roles?: string[];
  /** The bot's own permissions in the channel (app_permissions); default: what the invite URL grants. */
  appPermissions?: bigint;
}

/** View Channel, Send Messages, Embed Links, Attach Files: the permissions `discord invite` asks for. */
export const INVITED_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.AttachFiles;

let counter = 0;

const nextId = () => String(830000000000000000n + BigInt(++counter));

function member(spec: MemberSpec = {}) {
  const permissions = spec.administrator
    ? PermissionFlagsBits.Administrator
    : spec.manageGuild
      ? PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages
      : PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel;
  return {
    user: { id: spec.userId ?? '820000000000000001', username: 'ana', global_name: 'Ana', discriminator: '0', avatar: null },
    roles: spec.roles ?? [],
    permissions: permissions.toString(),
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
  };
}

function base(applicationId: string, type: number, data: unknown, spec: MemberSpec) {
  const id = nextId();
  return {
    id,
    token: `token-${id}`,
    type,
    application_id: applicationId,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'market-intel' },
    member: member(spec),
    app_permissions: (spec.appPermissions ?? INVITED_PERMISSIONS).toString(),
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    version: 1,
    data,
  };
}

export function chatInput(
  applicationId: string,
  name: string,
  options: { name: string; type: number; value: string | number }[],
  spec: MemberSpec = {},
) {
  return base(applicationId, 2, { id: '840000000000000001', name, type: 1, options }, spec);
}

export function autocomplete(applicationId: string, name: string, option: string, typed: string, spec: MemberSpec = {}) {
  return base(
    applicationId,
    4,
    { id: '840000000000000001', name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] },
    spec,
  );
}

/** A slash command typed in a direct message with the bot: a `user` instead of a guild member. */
export function dmChatInput(applicationId: string, name: string, options: { name: string; type: number; value: string | number }[]) {
  const { guild_id: _guild, member, ...rest } = chatInput(applicationId, name, options);
  const channel = '815000000000000001';
  return { ...rest, user: member.user, channel_id: channel, channel: { id: channel, type: 1 }, context: 1 };
}
