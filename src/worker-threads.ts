import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * The compiled worker `name` beside the module at `moduleUrl` (its import.meta.url); none when
 * running from TypeScript sources (tests), since a worker cannot load TypeScript.
 */
export function compiledWorker(moduleUrl: string, name: string): string | null {
  const file = fileURLToPath(new URL(`./${name}`, moduleUrl));
  return moduleUrl.endsWith('.js') && existsSync(file) ? file : null;
}

/**
 * A worker on `file` with the process's Node options, less --input-type (it is only for code given
 * with -e or on stdin, and the worker would not start with it). Options a worker refuses, such as
 * V8's --expose-gc, apply to the whole process anyway: then it starts with none of its own.
 */
export function newWorker(file: string, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
  try {
    return new Worker(file, { ...options, execArgv });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    return new Worker(file, { ...options, execArgv: [] });
  }
}
