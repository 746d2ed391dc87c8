import { MessageFlags, PermissionFlagsBits, } from 'discord.js';
import { dispatch } from '../../core/dispatch.js';
import { tokenize } from '../../core/tokenize.js';
import { commandByDiscordName, discordCommandName } from './command-definitions.js';
import { suggestCompetitors } from './competitor-suggestions.js';
import { channelOf, DISCORD_ADMINS, invokerOf, optionsToText } from './interaction-input.js';
import { cannotPostHere } from './post-permissions.js';
import { renderEmbeds } from './render-embeds.js';
/** Answers that concern only the person who typed them. */
const PRIVATE = new Set(['usage', 'refused', 'not_found']);
/**
 * Runs a slash command through the shared dispatcher. Defers first (Discord allows 3 seconds,
 * an answer may take longer), ephemerally when a refusal or usage error is certain up front;
 * a private answer found only after running (not found) is sent as an ephemeral follow-up and
 * the public "thinking…" message is deleted.
 */
export async function handleChatInput(interaction, deps) {
    const command = commandByDiscordName(deps.commands, interaction.commandName);
    const text = command ? optionsToText(command.options, (name) => interaction.options.get(name)?.value) : '';
    const ctx = contextFor(interaction, deps);
    const privateUpFront = !command || refusedOrInvalid(command, ctx, text);
    await interaction.deferReply(privateUpFront ? { flags: MessageFlags.Ephemeral } : {});
    const result = await dispatch(deps.commands, ctx, command?.name ?? interaction.commandName, text);
    const message = { ...renderEmbeds(result), allowedMentions: { parse: [] } };
    if (!privateUpFront && PRIVATE.has(result.status)) {
        await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
        await interaction.deleteReply();
        return;
    }
    await interaction.editReply(message);
}
/** The same checks dispatch makes before running, cheap enough to decide how to defer. */
function refusedOrInvalid(command, ctx, text) {
    if (command.access === 'admin' && !ctx.invoker.isAdmin)
        return true;
    try {
        return !command.args.safeParse(tokenize(text)).success;
    }
    catch {
        return false; // an async schema: let dispatch decide
    }
}
/** Suggests competitors for a focused competitor option; other options get no suggestions. */
export async function handleAutocomplete(interaction, deps) {
    const command = commandByDiscordName(deps.commands, interaction.commandName);
    const focused = interaction.options.getFocused(true);
    const spec = command?.options.find((o) => o.name.toLowerCase() === focused.name);
    if (spec?.kind !== 'competitor') {
        await interaction.respond([]);
        return;
    }
    const suggestions = await suggestCompetitors(deps.db, String(focused.value));
    await interaction.respond(suggestions);
}
function contextFor(interaction, deps) {
    const who = whoOf(interaction);
    return {
        db: deps.db,
        config: deps.config,
        clock: deps.clock,
        log: deps.log,
        channel: channelOf(who),
        invoker: invokerOf(who, deps.config),
        admins: DISCORD_ADMINS,
        ...cannotPostOf(interaction),
        services: deps.services,
        commandName: discordCommandName,
    };
}
function cannotPostOf(interaction) {
    const why = cannotPostHere(interaction.appPermissions, {
        inGuild: interaction.guildId !== null,
        isThread: interaction.channel?.isThread() ?? false,
    });
    return why ? { cannotPost: why } : {};
}
function whoOf(interaction) {
    const member = interaction.member;
    // A member of an uncached guild arrives as the raw API object (roles: string[]).
    const roles = !member ? [] : Array.isArray(member.roles) ? member.roles : [...member.roles.cache.keys()];
    return {
        guildId: interaction.guildId,
        channelId: interaction.channelId,
        userId: interaction.user.id,
        userName: interaction.user.globalName ?? interaction.user.username,
        hasManageGuild: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
        roleIds: roles,
    };
}
//# sourceMappingURL=handle-interaction.js.map