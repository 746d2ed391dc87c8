import { PermissionFlagsBits } from 'discord.js';
/** What the bot needs in a channel to post alerts and digests there (the embeds need Embed Links). */
const NEEDED = [
    ['View Channel', PermissionFlagsBits.ViewChannel],
    ['Send Messages', PermissionFlagsBits.SendMessages],
    ['Embed Links', PermissionFlagsBits.EmbedLinks],
];
/**
 * Why the bot could not post in this channel, from the interaction's app_permissions (the bot's
 * permissions in the channel where the command was typed), or undefined when it can. In a thread,
 * Send Messages in Threads stands in for Send Messages. Direct messages are not checked: the bot
 * may always answer in its own DM.
 */
export function cannotPostHere(appPermissions, where) {
    if (!where.inGuild)
        return undefined;
    const missing = NEEDED.filter(([name, bit]) => {
        const needed = where.isThread && name === 'Send Messages' ? PermissionFlagsBits.SendMessagesInThreads : bit;
        return !appPermissions.has(needed);
    }).map(([name]) => (where.isThread && name === 'Send Messages' ? 'Send Messages in Threads' : name));
    if (!missing.length)
        return undefined;
    return `rivalwatch could not post alerts here: it lacks ${missing.join(', ')} in this channel. Give the bot (or its role) ${missing.length === 1 ? 'that permission' : 'those permissions'} in the channel settings (Edit Channel → Permissions), then /subscribe again.`;
}
//# sourceMappingURL=post-permissions.js.map