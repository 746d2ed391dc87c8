import { ConfigError } from '../config.js';
import { main } from '../main.js';
import type { CliIo } from './io.js';

/** `rivalwatch start` (and `npm start`): the bot, or the terminal REPL without chat tokens. */
export async function run(_argv: string[], io: CliIo): Promise<number> {
  try {
    return await main(io);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`rivalwatch: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
