import { dispatch, splitCommandLine } from '../../core/dispatch.js';
const QUIT = new Set(['quit', 'exit', 'q']);
/**
 * One typed line: "/compare tiktok amazon" or "compare tiktok amazon" runs the command;
 * blank lines and "#" comments are skipped; /quit and /exit end the session.
 */
// biome-ignore lint/suspicious/noExplicitAny: commands differ in argument type; dispatch checks each with its own schema
export async function runLine(commands, ctx, line) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#'))
        return { kind: 'skip' };
    const { name, text } = splitCommandLine(trimmed);
    if (QUIT.has(name))
        return { kind: 'quit' };
    return { kind: 'reply', reply: await dispatch(commands, ctx, name, text) };
}
//# sourceMappingURL=run-line.js.map