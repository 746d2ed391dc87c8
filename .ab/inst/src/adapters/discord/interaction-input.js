/**
 * Turns Discord's typed options back into the words a command's schema reads, in the command's
 * own option order ("tiktok", "amazon"): the same words a person types after the command in Slack
 * or the terminal, so the core reads them the same way. A value of several words stays several
 * words: "9:00 CET" in /subscribe's `at` is a time and a timezone, "temu bol.com" in /compare's
 * `more` two competitors, "tiktok shop" one competitor that the resolver joins back together.
 */
export function optionsToText(specs, valueFor) {
    const words = [];
    for (const spec of specs) {
        const value = valueFor(spec.name.toLowerCase());
        if (value === undefined || value === null)
            continue;
        const text = String(value).replace(/\s+/g, ' ').trim();
        if (text)
            words.push(text);
    }
    return words.join(' ');
}
export function channelOf(who) {
    return { platform: 'discord', workspace: who.guildId ?? 'dm', channel: who.channelId ?? 'unknown' };
}
/** Who may change sources and subscriptions on Discord, as refusals say it (the rule of invokerOf). */
export const DISCORD_ADMINS = 'members with the Manage Server permission (or the roles and users listed in the configuration)';
/** Admin: Manage Server in the guild, or a user or role listed in the configuration. */
export function invokerOf(who, admins) {
    const isAdmin = (who.guildId !== null && who.hasManageGuild) ||
        admins.DISCORD_ADMIN_USER_IDS.includes(who.userId) ||
        (who.guildId !== null && who.roleIds.some((r) => admins.DISCORD_ADMIN_ROLE_IDS.includes(r)));
    return { id: who.userId, ...(who.userName ? { name: who.userName } : {}), isAdmin };
}
//# sourceMappingURL=interaction-input.js.map