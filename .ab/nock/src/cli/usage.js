/**
 * `rivalwatch --help` (also `-h` and `help` alone) and `rivalwatch --version`: what the program
 * does, without opening the database.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const USAGE = `Usage: rivalwatch [subcommand] [options]

  start [--role all|chat|worker] [--shards N|auto]
        Run the bot (what plain \`rivalwatch\` does): Slack and/or Discord when their tokens are set,
        otherwise a terminal prompt. chat = slash commands only, worker = polling, alerts, digests.
  <command> [arguments…]                e.g. rivalwatch compare tiktok amazon
        Run one chat command, print the answer and exit.
  command <command> [arguments…]        The same, for a command named like a subcommand.
  ingest [--baseline] FILE|URL…  |  ingest --all
        Read feeds, pages or text files once and record their facts (--baseline: without alerts).
        A text file's first line is its title; a second line "Published: YYYY-MM-DD" dates it.
  extract FILE [--json] [--published YYYY-MM-DD] [--language en|fr|nl]
        Print the facts found in one article, without recording them.
  discord register [--guild ID]  |  discord invite
        Publish the slash commands to Discord, or print the URL that adds the bot to a server.
  slack-manifest [--url https://HOST/slack/events]
        Print the Slack app manifest (Socket Mode, or HTTP with that request URL).
  help [subcommand|command]             This text, a subcommand's usage (as \`SUBCOMMAND --help\`),
                                        or the details of one chat command.
  --version                             The version.

Chat commands: `;
const TRAILER = `
Settings come from the environment and ./.env (see .env.example); DATABASE_URL defaults to
./data/rivalwatch.sqlite.
`;
export async function printUsage(io) {
    const { commands } = await import('../../commands/index.js');
    io.stdout.write(`${USAGE}${commands.map((c) => `/${c.name}`).join(', ')}.\n${TRAILER}`);
    return 0;
}
export function printVersion(io) {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
}
/** The version in the package.json above this file (src/cli/ when run from source, dist/src/cli/ when built). */
function packageVersion() {
    for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
        const file = join(dir, 'package.json');
        if (existsSync(file))
            return JSON.parse(readFileSync(file, 'utf8')).version;
    }
    return 'unknown';
}
//# sourceMappingURL=usage.js.map