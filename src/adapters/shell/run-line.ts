import type { Command, CommandContext } from '../../core/command.js';
import { dispatch, splitCommandLine } from '../../core/dispatch.js';
import type { Reply } from '../../messages/reply.js';

export type LineOutcome = { kind: 'reply'; reply: Reply } | { kind: 'quit' } | { kind: 'skip' };

const QUIT = new Set(['quit', 'exit', 'q']);

/**
 * One typed line: "/compare tiktok amazon" or "compare tiktok amazon" runs the command;
 * blank lines and "#" comments are skipped; /quit and /exit end the session.
 */
// biome-ignore lint/suspicious/noExplicitAny: commands differ in argument type; dispatch checks each with its own schema
export async function runLine(commands: readonly Command<any>[], ctx: CommandContext, line: string): Promise<LineOutcome> {
  const trimmed = line.trim();
  if (!trimmed || trimmed.startsWith('#')) return { kind: 'skip' };
  const { name, text } = splitCommandLine(trimmed);
  if (QUIT.has(name)) return { kind: 'quit' };
  return { kind: 'reply', reply: await dispatch(commands, ctx, name, text) };
}
