import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { CLI, ROOT } from './built-cli.js';

/** The built CLI on a pseudo-terminal, as someone typing at it sees it (stdout and stderr interleaved). */
export interface Terminal {
  /** Everything shown so far, escape sequences included. */
  screen(): string;
  type(line: string): void;
  /** Resolves once `text` is on the screen, at or after `from` (an index into screen()). */
  waitFor(text: string | RegExp, from?: number): Promise<void>;
  /** Resolves with the exit code once the program ended. */
  exited(): Promise<number | null>;
  kill(): void;
}

/** Runs `rivalwatch ARGS` under util-linux `script`, which gives it a real TTY on stdin and stdout. */
export function openTerminal(args: string[], env: Record<string, string>): Terminal {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const child: ChildProcess = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm', LOG_LEVEL: 'warn', ...env },
  });
  let screen = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    screen += d.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const closed = once(child, 'close').then(([code]) => code as number | null);
  return {
    screen: () => screen,
    type: (line) => child.stdin?.write(`${line}\r`),
    waitFor(text, from = 0) {
      const seen = () => (typeof text === 'string' ? screen.indexOf(text, from) >= 0 : text.test(screen.slice(from)));
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!seen()) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`${String(text)} never appeared on the terminal:\n${screen}`));
        }, 20_000);
        listeners.add(check);
        check();
      });
    },
    exited: () => closed,
    kill: () => child.kill('SIGKILL'),
  };
}
