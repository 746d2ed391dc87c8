import { ConfigError, discordShards, SHARDS_RULE } from '../config.js';
import { StartFailure } from '../core/start-failure.js';
import { withEnvFile } from '../env-file.js';
import { main, type Role } from '../main.js';
import type { CliIo } from './io.js';

/**
 * `rivalwatch start [--role all|chat|worker] [--shards N|auto]` (and `npm start`): the bot, or the
 * terminal REPL without chat tokens. Flags override ROLE and DISCORD_SHARDS from the environment.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const flag = flagValue(argv, '--role');
  // ROLE may come from .env like every other setting (main reads the rest through loadConfig).
  const role = flag ?? withEnvFile(io.env).ROLE ?? 'all';
  if (!isRole(role)) {
    const named = flag === undefined ? 'ROLE' : '--role';
    io.stderr.write(`rivalwatch: ${named} must be all, chat or worker (got ${JSON.stringify(role ?? '')})\n`);
    return 2;
  }
  const shards = flagValue(argv, '--shards');
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
  } catch (err) {
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

/** `--name value` or `--name=value`; '' when the flag is last with no value, undefined when absent. */
function flagValue(argv: string[], name: string): string | undefined {
  const at = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at === -1) return undefined;
  const arg = argv[at]!;
  return arg.includes('=') ? arg.slice(name.length + 1) : (argv[at + 1] ?? '');
}

const isRole = (r: string | undefined): r is Role => r === 'all' || r === 'chat' || r === 'worker';
