import { clearLine, createInterface, cursorTo } from 'node:readline';
import { renderText } from '../../messages/render-text.js';
import { runLine } from './run-line.js';
export const SHELL_CHANNEL = { platform: 'shell', workspace: 'local', channel: 'terminal' };
/**
 * The terminal front-end. On a TTY: a prompt, coloured output, /help and /quit. Piped: one
 * command per line, plain text, exit at end of input. Whoever holds the terminal is admin.
 */
export function createShellAdapter(opts) {
    const interactive = Boolean(opts.input.isTTY && opts.output.isTTY);
    const invoker = { id: 'local', name: process.env['USER'] ?? 'you', isAdmin: true };
    const ctx = { ...opts.context, channel: SHELL_CHANNEL, invoker };
    const rl = createInterface({ input: opts.input, output: interactive ? opts.output : undefined, terminal: interactive });
    rl.setPrompt('rivalwatch> ');
    let resolveDone = () => { };
    const done = new Promise((r) => {
        resolveDone = r;
    });
    let prompting = false;
    const prompt = () => {
        rl.prompt();
        prompting = true;
    };
    async function loop() {
        let failed = false;
        if (interactive) {
            if (opts.banner)
                opts.output.write(`${opts.banner}\n`);
            prompt();
        }
        for await (const line of rl) {
            prompting = false;
            const outcome = await runLine(opts.commands, ctx, line);
            if (outcome.kind === 'quit')
                break;
            if (outcome.kind === 'reply') {
                if (outcome.reply.status === 'error')
                    failed = true;
                // On a terminal, tables fit its width as it is now (it may have been resized).
                const width = interactive ? opts.output.columns : undefined;
                opts.output.write(`${renderText(outcome.reply, { color: interactive, ...(width ? { lineWidth: width } : {}) })}\n`);
            }
            if (interactive)
                prompt();
        }
        prompting = false;
        rl.close();
        return failed ? 1 : 0;
    }
    return {
        name: 'shell',
        done,
        interactive,
        printAbove(line, to) {
            if (!prompting) {
                to.write(`${line}\n`);
                return;
            }
            clearLine(opts.output, 0);
            cursorTo(opts.output, 0);
            to.write(`${line}\n`);
            rl.prompt(true);
        },
        async start() {
            loop().then(resolveDone, (err) => {
                opts.context.log.error('shell stopped', { err });
                resolveDone(1);
            });
        },
        async stop() {
            prompting = false;
            rl.close();
        },
    };
}
//# sourceMappingURL=shell-adapter.js.map