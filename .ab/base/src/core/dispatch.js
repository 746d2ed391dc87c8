import { reply, usage } from '../messages/reply.js';
import { adminOnly } from './admin-refusal.js';
import { closest } from './similar.js';
import { tokenize } from './tokenize.js';
/** Splits "/compare tiktok amazon" into its command name and the rest. */
export function splitCommandLine(line) {
    const trimmed = line.trim().replace(/^\//, '');
    const space = trimmed.search(/\s/);
    return space === -1
        ? { name: trimmed.toLowerCase(), text: '' }
        : { name: trimmed.slice(0, space).toLowerCase(), text: trimmed.slice(space + 1) };
}
/**
 * Runs one command by name with the text typed after it. Never throws: unknown commands,
 * bad arguments, refusals and failures all come back as a Reply.
 */
export async function dispatch(
// biome-ignore lint/suspicious/noExplicitAny: commands differ in argument type; each is checked with its own schema below
commands, ctx, name, text) {
    const lower = name.toLowerCase();
    const command = commands.find((c) => c.name === lower) ?? commands.find((c) => c.aliases?.includes(lower));
    if (!command) {
        const names = commands.map((c) => c.name);
        const near = closest(name, names, 2);
        return usage(`Unknown command "/${name.slice(0, 40)}".${near.length ? ` Did you mean ${near.map((n) => `/${n}`).join(' or ')}?` : ''}`, `Commands: ${names.map((n) => `/${n}`).join(', ')}`);
    }
    if (command.access === 'admin' && !ctx.invoker.isAdmin) {
        return adminOnly(ctx, `use /${command.name}`, 'Reading commands such as /compare and /facts are open to everyone.');
    }
    // Parsing sits inside the try too: a schema that throws (a refine on bad input) must become a
    // reply, never an exception that stops the shell or an adapter.
    try {
        const parsed = command.args.safeParse(tokenize(text));
        if (!parsed.success) {
            const message = parsed.error.issues[0]?.message ?? 'Invalid arguments.';
            return usage(message, `Usage: ${command.usage}${command.examples[0] ? `   e.g. ${command.examples[0]}` : ''}`);
        }
        return await command.execute(ctx, parsed.data);
    }
    catch (err) {
        ctx.log.error(`/${command.name} failed`, { err, text: text.slice(0, 200) });
        return reply([{ kind: 'text', text: `Sorry, /${command.name} failed: ${errorMessage(err)}` }], 'error');
    }
}
const errorMessage = (err) => (err instanceof Error ? err.message : String(err)).slice(0, 300);
//# sourceMappingURL=dispatch.js.map