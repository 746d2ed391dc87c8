import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { CLI, ROOT } from './built-cli.js';

export interface StartExit {
  code: number | null;
  stderr: string;
  /** The last line on stderr: what a person (or a supervisor's log) sees last. */
  lastLine: string;
  pid: number;
}

/**
 * Runs the built `rivalwatch start` with stdin closed and waits for it to exit: a terminal
 * session that starts exits 0 at once, and a process left half alive fails the test by being
 * killed here after 20 s. Only PATH, LOG_LEVEL (warn unless given), PORT 0 and `env` reach it.
 */
export async function startAndWaitForExit(args: string[], env: Record<string, string>): Promise<StartExit> {
  const child = spawn(process.execPath, [CLI, 'start', ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', PORT: '0', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const [code] = (await once(child, 'close')) as [number | null];
  clearTimeout(timer);
  return { code, stderr, lastLine: stderr.trimEnd().split('\n').at(-1) ?? '', pid: child.pid! };
}
