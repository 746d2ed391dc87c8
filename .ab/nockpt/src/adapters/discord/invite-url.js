import { OAuth2Scopes, PermissionFlagsBits } from 'discord.js';
/** What the bot needs in a channel to post alerts and digests: see it, write, embed, attach charts. */
export const BOT_PERMISSIONS = PermissionFlagsBits.ViewChannel |
    PermissionFlagsBits.SendMessages |
    PermissionFlagsBits.EmbedLinks |
    PermissionFlagsBits.AttachFiles;
/** The OAuth2 URL that adds the bot and its slash commands to a server. */
export function inviteUrl(applicationId) {
    const params = new URLSearchParams({
        client_id: applicationId,
        scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
        permissions: BOT_PERMISSIONS.toString(),
    });
    return `https://discord.com/oauth2/authorize?${params}`;
}
//# sourceMappingURL=invite-url.js.map