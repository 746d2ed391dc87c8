import { ApplicationCommandOptionType, ApplicationCommandType, } from 'discord.js';
/**
 * `/help` is registered as `/rivalwatch`: many servers run several bots and a bare /help would
 * collide with theirs.
 */
const RENAMED = { help: 'rivalwatch' };
/** The slash-command name Discord shows for a command. */
export const discordName = (command) => RENAMED[command.name] ?? command.name;
/** The Discord name of a core command name. */
export const discordCommandName = (coreName) => RENAMED[coreName] ?? coreName;
/** Finds the command behind a Discord slash-command name. */
export function commandByDiscordName(commands, name) {
    return commands.find((c) => discordName(c) === name);
}
const MAX_DESCRIPTION = 100;
const MAX_CHOICES = 25;
const NAME_PATTERN = /^[-_\p{Ll}\p{N}]{1,32}$/u;
/**
 * The JSON Discord expects in PUT /applications/{app}/commands, built from the command list:
 * required options first (Discord rejects a required option after an optional one), competitor
 * options autocompleted, choice options with their fixed choices.
 */
export function buildCommandDefinitions(commands) {
    return commands.map((command) => {
        const name = discordName(command);
        if (!NAME_PATTERN.test(name))
            throw new Error(`/${name} is not a valid Discord command name`);
        const options = [...command.options]
            .sort((a, b) => Number(b.required) - Number(a.required))
            .map((o) => optionJson(command, o));
        return {
            type: ApplicationCommandType.ChatInput,
            name,
            description: shorten(command.description),
            ...(options.length ? { options } : {}),
        };
    });
}
function optionJson(command, option) {
    const name = option.name.toLowerCase();
    if (!NAME_PATTERN.test(name))
        throw new Error(`/${command.name}: option "${option.name}" is not a valid Discord name`);
    const base = { name, description: shorten(option.description), required: option.required };
    switch (option.kind) {
        case 'competitor':
            return { ...base, type: ApplicationCommandOptionType.String, autocomplete: true };
        case 'integer':
            return { ...base, type: ApplicationCommandOptionType.Integer };
        case 'choice':
            return {
                ...base,
                type: ApplicationCommandOptionType.String,
                choices: (option.choices ?? []).slice(0, MAX_CHOICES).map((c) => ({ name: c, value: c })),
            };
        case 'string':
            return { ...base, type: ApplicationCommandOptionType.String };
    }
}
const shorten = (text) => {
    const one = text.replace(/\s+/g, ' ').trim() || '—';
    return one.length <= MAX_DESCRIPTION ? one : `${one.slice(0, MAX_DESCRIPTION - 1)}…`;
};
//# sourceMappingURL=command-definitions.js.map