import { REST, Routes } from 'discord.js';
import { buildCommandDefinitions } from './command-definitions.js';
import { inviteUrl } from './invite-url.js';
import { registerFailure } from './register-failure.js';
import { ConfigError, loadConfig } from '../../config.js';
const HELP = `Usage:
  rivalwatch discord register [--guild ID]   publish the slash commands (globally, or to one server at once)
  rivalwatch discord invite                  print the URL that adds the bot to a server
Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (DISCORD_API_URL optional).
Global commands can take up to an hour to appear; --guild is instant, for testing.
`;
/** `rivalwatch discord …`: loads the command list and runs the subcommand. */
export async function run(argv, io) {
    const { commands } = await import('../../../commands/index.js');
    return discordCli(argv, io, commands);
}
/** The subcommand itself, with the command list passed in (tests give their own). */
export async function discordCli(argv, io, commands) {
    const [action, ...rest] = argv;
    if (!action || action === 'help' || action === '--help') {
        io.stdout.write(HELP);
        return action ? 0 : 2;
    }
    if (action !== 'invite' && action !== 'register') {
        io.stderr.write(`Unknown discord action "${action}".\n${HELP}`);
        return 2;
    }
    let config;
    try {
        config = loadConfig(io.env);
    }
    catch (err) {
        if (!(err instanceof ConfigError))
            throw err;
        io.stderr.write(`${err.message}\n`);
        return 2;
    }
    const appId = config.DISCORD_APPLICATION_ID;
    if (!appId) {
        io.stderr.write('DISCORD_APPLICATION_ID is not set (Discord developer portal → your application → General Information).\n');
        return 2;
    }
    if (action === 'invite') {
        if (rest.length) {
            io.stderr.write(`Unexpected arguments: ${rest.join(' ')}\n${HELP}`);
            return 2;
        }
        io.stdout.write(`${inviteUrl(appId)}\n`);
        return 0;
    }
    const guild = parseGuild(rest);
    if (guild instanceof Error) {
        io.stderr.write(`${guild.message}\n`);
        return 2;
    }
    if (!config.DISCORD_TOKEN) {
        io.stderr.write('DISCORD_TOKEN is not set (Discord developer portal → your application → Bot → Reset Token).\n');
        return 2;
    }
    const body = buildCommandDefinitions(commands);
    const rest_ = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(config.DISCORD_TOKEN);
    const route = guild ? Routes.applicationGuildCommands(appId, guild) : Routes.applicationCommands(appId);
    try {
        await rest_.put(route, { body });
    }
    catch (err) {
        io.stderr.write(`${registerFailure(err, config, guild)}\n`);
        return 1;
    }
    const names = body.map((c) => `/${c.name}`).join(', ');
    io.stdout.write(`Registered ${body.length} commands ${guild ? `in server ${guild}` : 'globally'}: ${names}\n`);
    return 0;
}
function parseGuild(args) {
    if (!args.length)
        return undefined;
    const [flag, value, ...extra] = args;
    const id = flag?.startsWith('--guild=') ? flag.slice('--guild='.length) : flag === '--guild' ? value : undefined;
    if (id === undefined || (flag === '--guild' ? extra.length : value !== undefined)) {
        return new Error(`Unexpected arguments: ${args.join(' ')}\n${HELP}`);
    }
    return /^\d{17,20}$/.test(id) ? id : new Error(`--guild must be a server id (17–20 digits), got "${id}"`);
}
/** `rivalwatch discord --help` and `rivalwatch help discord` print it (src/cli.ts). */
export { HELP as usage };
//# sourceMappingURL=cli.js.map