import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { Adapter } from '../../core/adapter.js';
import type { Channel, Command, CommandContext, Invoker } from '../../core/command.js';
import { renderText } from '../../messages/render-text.js';
import { runLine } from './run-line.js';

export const SHELL_CHANNEL: Channel = { platform: 'shell', workspace: 'local', channel: 'terminal' };

export interface ShellOptions {
// biome-ignore lint/suspicious/noExplicitAny: commands differ in argument type; dispatch checks each with its own schema
  commands: readonly Command<any>[];
  /** Everything a command needs except where it was typed and by whom: the shell fills those in. */
  context: Omit<CommandContext, 'channel' | 'invoker'>;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Printed before the first prompt on a terminal. */
  banner?: string;
}

export interface ShellAdapter extends Adapter {
  /** Resolves with the exit code when input ends or the user types /quit: 1 if a command failed. */
  done: Promise<number>;
  /** A prompt on a terminal (input and output are TTYs), rather than piped commands. */
  interactive: boolean;
  /**
   * Writes a line (a log line, to `to`) without mixing it into the prompt: while the prompt waits,
   * it is cleared first and drawn again after, with whatever had been typed.
   */
  printAbove(line: string, to: NodeJS.WritableStream): void;
}

/**
 * The terminal front-end. On a TTY: a prompt, coloured output, /help and /quit. Piped: one
 * command per line, plain text, exit at end of input. Whoever holds the terminal is admin.
 */
export function createShellAdapter(opts: ShellOptions): ShellAdapter {
  const interactive = Boolean(opts.input.isTTY && opts.output.isTTY);
  const invoker: Invoker = { id: 'local', name: process.env['USER'] ?? 'you', isAdmin: true };
  const ctx: CommandContext = { ...opts.context, channel: SHELL_CHANNEL, invoker };
  const rl = createInterface({ input: opts.input, output: interactive ? opts.output : undefined, terminal: interactive });
  rl.setPrompt('rivalwatch> ');
  let resolveDone: (code: number) => void = () => {};
  const done = new Promise<number>((r) => {
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
      if (opts.banner) opts.output.write(`${opts.banner}\n`);
      prompt();
    }
    for await (const line of rl) {
      prompting = false;
      const outcome = await runLine(opts.commands, ctx, line);
      if (outcome.kind === 'quit') break;
      if (outcome.kind === 'reply') {
        if (outcome.reply.status === 'error') failed = true;
        // On a terminal, tables fit its width as it is now (it may have been resized).
        const width = interactive ? opts.output.columns : undefined;
        opts.output.write(`${renderText(outcome.reply, { color: interactive, ...(width ? { lineWidth: width } : {}) })}\n`);
      }
      if (interactive) prompt();
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
      loop().then(resolveDone, (err: unknown) => {
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
