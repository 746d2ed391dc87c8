#!/usr/bin/env node
/**
 * `rivalwatch [subcommand] …`: routes to one file per subcommand under src/cli/.
 * Each exports `run(argv, io) → exit code`. Anything that is not a subcommand is a chat
 * command run once (`rivalwatch compare tiktok amazon`). `--help` and `--version` answer without a database.
 */
import type { CliIo } from './cli/io.js';

type Runner = (argv: string[], io: CliIo) => Promise<number>;

/** A subcommand: what it does, and its help (first paragraph: the synopsis). */
type Subcommand = { run: Runner; usage: string };

const subcommands: Record<string, () => Promise<Subcommand>> = {
  // filled in by each area: start, extract, ingest, discord, ...
  discord: () => import('./adapters/discord/cli.js'),
  start: () => import('./cli/start.js'),
  command: () => import('./cli/command.js'),
  extract: () => import('./cli/extract.js'),
  ingest: () => import('./cli/ingest.js'),
  'slack-manifest': () => import('./adapters/slack/manifest-cli.js'),
};

async function main(argv: string[]): Promise<number> {
  const io: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || (first === 'help' && !rest.length)) {
    return (await import('./cli/usage.js')).printUsage(io);
  }
  // `help ingest` is the subcommand's help; `help compare` (a chat command) falls through to /help.
  const helpFor = first === 'help' && rest.length === 1 ? subcommands[rest[0]!] : undefined;
  if (helpFor) {
    io.stdout.write((await helpFor()).usage);
    return 0;
  }
  if (first === '--version' || first === '-v') return (await import('./cli/usage.js')).printVersion(io);
  if (first?.startsWith('-')) {
    io.stderr.write(`rivalwatch: unknown option ${first} (rivalwatch --help lists what it can do)\n`);
    return 2;
  }
  const load = subcommands[first ?? 'start'];
  if (load) {
    const subcommand = await load();
    // `command compare --help` asks about /compare, which the command subcommand answers itself.
    const asked = first === 'command' ? rest.slice(0, 1) : rest;
    if (asked.some((a) => a === '--help' || a === '-h')) {
      io.stdout.write(subcommand.usage);
      return 0;
    }
    return subcommand.run(first ? rest : [], io);
  }
  const oneShot = subcommands['command'];
  if (!oneShot) {
    io.stderr.write(`Unknown subcommand "${first}".\n`);
    return 2;
  }
  return (await oneShot()).run(argv, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (err: unknown) => {
    process.stderr.write(`rivalwatch: ${err instanceof Error ? err.message : String(err)}\n`);
    // Bad configuration exits 2 from every subcommand, as the README promises, not only from those that catch it.
    const { ConfigError } = await import('./config.js');
    process.exitCode = err instanceof ConfigError ? 2 : 1;
  },
);
