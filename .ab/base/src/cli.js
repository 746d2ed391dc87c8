#!/usr/bin/env node
const subcommands = {
    // filled in by each area: start, extract, ingest, discord, ...
    discord: () => import('./adapters/discord/cli.js'),
    start: () => import('./cli/start.js'),
    command: () => import('./cli/command.js'),
    extract: () => import('./cli/extract.js'),
    ingest: () => import('./cli/ingest.js'),
    'slack-manifest': () => import('./adapters/slack/manifest-cli.js'),
};
async function main(argv) {
    const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
    const [first, ...rest] = argv;
    if (first === '--help' || first === '-h' || (first === 'help' && !rest.length)) {
        return (await import('./cli/usage.js')).printUsage(io);
    }
    // `help ingest` is the subcommand's help; `help compare` (a chat command) falls through to /help.
    const helpFor = first === 'help' && rest.length === 1 ? subcommands[rest[0]] : undefined;
    if (helpFor) {
        io.stdout.write((await helpFor()).usage);
        return 0;
    }
    if (first === '--version' || first === '-v')
        return (await import('./cli/usage.js')).printVersion(io);
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
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, async (err) => {
    process.stderr.write(`rivalwatch: ${err instanceof Error ? err.message : String(err)}\n`);
    // Bad configuration exits 2 from every subcommand, as the README promises, not only from those that catch it.
    const { ConfigError } = await import('./config.js');
    process.exitCode = err instanceof ConfigError ? 2 : 1;
});
export {};
//# sourceMappingURL=cli.js.map