import { commands } from '../../commands/index.js';
import { SHELL_CHANNEL } from '../adapters/shell/shell-adapter.js';
import { ConfigError } from '../config.js';
import { dispatch } from '../core/dispatch.js';
import { commandContext, openCore } from '../main.js';
import { renderText } from '../messages/render-text.js';
import type { ReplyStatus } from '../messages/reply.js';
import type { CliIo } from './io.js';

const EXIT: Record<ReplyStatus, number> = { ok: 0, not_found: 1, refused: 1, error: 1, usage: 2 };

/** Words the shell split apart go back together; a word with spaces stays one ("tiktok shop"). */
const quote = (word: string) => (/\s/.test(word) ? `"${word.replace(/"/g, '')}"` : word);

/**
 * `rivalwatch compare tiktok amazon`: one chat command, printed, then exit. Answers go to
 * stdout with 0; usage errors and unknown names go to stderr with a non-zero code.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...words] = argv;
  if (!name) {
    io.stderr.write('Usage: rivalwatch <command> [arguments…], e.g. rivalwatch compare tiktok amazon\n');
    return 2;
  }
  let core: Awaited<ReturnType<typeof openCore>>;
  try {
    core = await openCore(io.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      io.stderr.write(`rivalwatch: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
  try {
    const ctx = { ...commandContext(core), channel: SHELL_CHANNEL, invoker: { id: 'local', isAdmin: true } };
    const reply = await dispatch(commands, ctx, name.replace(/^\//, ''), words.map(quote).join(' '));
    const tty = Boolean(io.stdout.isTTY);
    const width = tty ? io.stdout.columns : undefined;
    const text = renderText(reply, { color: tty && reply.status === 'ok', ...(width ? { lineWidth: width } : {}) });
    (reply.status === 'ok' ? io.stdout : io.stderr).write(text);
    return EXIT[reply.status];
  } finally {
    await core.db.close();
  }
}
