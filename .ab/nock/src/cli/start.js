import { ConfigError, discordShards, SHARDS_RULE } from '../config.js';
import { StartFailure } from '../core/start-failure.js';
import { withEnvFile } from '../env-file.js';
import { main } from '../main.js';
import { usageError } from './usage-error.js';
export const usage = `Usage: rivalwatch start [--role all|chat|worker] [--shards N|auto]

Runs the bot (what plain \`rivalwatch\` does): Slack and/or Discord when their settings are
complete, otherwise a terminal prompt. Runs until stopped (Ctrl-C, SIGTERM) or the prompt ends.
  --role all|chat|worker   all (default): everything in one process; chat: slash commands only;
                           worker: polling, alerts and digests. Overrides ROLE.
  --shards N|auto          Discord gateway shards. Overrides DISCORD_SHARDS.
`;
/**
 * `rivalwatch start [--role all|chat|worker] [--shards N|auto]` (and `npm start`): the bot, or the
 * terminal REPL without chat tokens. Flags override ROLE and DISCORD_SHARDS from the environment.
 */
export async function run(argv, io) {
    const flags = parseFlags(argv);
    if (typeof flags === 'string')
        return usageError(io, 'start', flags, usage);
    const flag = flags['--role'];
    // ROLE may come from .env like every other setting (main reads the rest through loadConfig).
    const role = flag ?? withEnvFile(io.env).ROLE ?? 'all';
    if (!isRole(role)) {
        const named = flag === undefined ? 'ROLE' : '--role';
        io.stderr.write(`rivalwatch: ${named} must be all, chat or worker (got ${JSON.stringify(role ?? '')})\n`);
        return 2;
    }
    const shards = flags['--shards'];
    if (shards !== undefined) {
        const checked = discordShards.safeParse(shards);
        if (!checked.success || checked.data === undefined) {
            io.stderr.write(`rivalwatch: --shards ${SHARDS_RULE} (got ${JSON.stringify(shards)})\n`);
            return 2;
        }
    }
    const env = shards === undefined ? io.env : { ...io.env, DISCORD_SHARDS: shards };
    try {
        return await main({ ...io, env }, role);
    }
    catch (err) {
        if (err instanceof ConfigError) {
            io.stderr.write(`rivalwatch: ${err.message}\n`);
            return 2;
        }
        // A supervisor restarts the process; exit 1 tells it (and a person at the terminal) why.
        if (err instanceof StartFailure) {
            io.stderr.write(`rivalwatch: ${err.message}\n`);
            return 1;
        }
        throw err;
    }
}
const FLAGS = ['--role', '--shards'];
/** `--name value` or `--name=value` ('' when the flag is last with no value); anything else is a usage error. */
function parseFlags(argv) {
    const flags = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const name = FLAGS.find((f) => arg === f || arg.startsWith(`${f}=`));
        if (!name)
            return arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`;
        flags[name] = arg.includes('=') ? arg.slice(name.length + 1) : (argv[++i] ?? '');
    }
    return flags;
}
const isRole = (r) => r === 'all' || r === 'chat' || r === 'worker';
//# sourceMappingURL=start.js.map