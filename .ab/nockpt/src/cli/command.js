import { commands } from '../../commands/index.js';
import { SHELL_CHANNEL } from '../adapters/shell/shell-adapter.js';
import { ConfigError } from '../config.js';
import { dispatch } from '../core/dispatch.js';
import { commandContext, openCore } from '../main.js';
import { renderText } from '../messages/render-text.js';
import { usageError } from './usage-error.js';
const EXIT = { ok: 0, not_found: 1, refused: 1, error: 1, usage: 2 };
/** Words the shell split apart go back together; a word with spaces stays one ("tiktok shop"). */
const quote = (word) => (/\s/.test(word) ? `"${word.replace(/"/g, '')}"` : word);
export const usage = `Usage: rivalwatch [command] <chat command> [arguments…]

Runs one chat command, prints the answer and exits, e.g. \`rivalwatch compare tiktok amazon\`.
\`command\` is needed only for a chat command named like a subcommand. \`rivalwatch help <chat command>\`
(or \`rivalwatch <chat command> --help\`) shows its details; \`rivalwatch help\` lists them all.
`;
const wantsHelp = (words) => words.some((w) => w === '--help' || w === '-h');
/**
 * `rivalwatch compare tiktok amazon`: one chat command, printed, then exit. Answers go to
 * stdout with 0; usage errors and unknown names go to stderr with a non-zero code.
 */
export async function run(argv, io) {
    // `rivalwatch compare --help` is `/help compare`: chat commands take no options.
    const [name, ...words] = wantsHelp(argv.slice(1)) ? ['help', argv[0]] : argv;
    if (!name)
        return usageError(io, 'command', 'which chat command?', usage);
    let core;
    try {
        core = await openCore(io.env);
    }
    catch (err) {
        if (err instanceof ConfigError) {
            io.stderr.write(`rivalwatch: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
    try {
        const ctx = { ...commandContext(core), channel: SHELL_CHANNEL, invoker: { id: 'local', isAdmin: true }, pollsSources: false };
        const reply = await dispatch(commands, ctx, name.replace(/^\//, ''), words.map(quote).join(' '));
        const tty = Boolean(io.stdout.isTTY);
        const width = tty ? io.stdout.columns : undefined;
        const text = renderText(reply, { color: tty && reply.status === 'ok', ...(width ? { lineWidth: width } : {}) });
        (reply.status === 'ok' ? io.stdout : io.stderr).write(text);
        return EXIT[reply.status];
    }
    finally {
        await core.db.close();
    }
}
//# sourceMappingURL=command.js.map