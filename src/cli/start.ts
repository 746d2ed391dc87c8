import { ConfigError } from '../config.js';
import { main, type Role } from '../main.js';
import type { CliIo } from './io.js';

/** `rivalwatch start` (and `npm start`): the bot, or the terminal REPL without chat tokens. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const at = argv.findIndex((a) => a === '--role' || a.startsWith('--role='));
  const role = at === -1 ? (io.env.ROLE ?? 'all') : argv[at]!.includes('=') ? argv[at]!.split('=')[1] : argv[at + 1];
  if (!isRole(role)) {
    io.stderr.write(`rivalwatch: --role must be all, chat or worker (got ${JSON.stringify(role ?? '')})\n`);
    return 2;
  }
  try {
    return await main(io, role);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`rivalwatch: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

const isRole = (r: string | undefined): r is Role => r === 'all' || r === 'chat' || r === 'worker';
