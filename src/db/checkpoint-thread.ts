import type { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';
import { compiledWorker, newWorker } from '../worker-threads.js';

/**
 * Log length at which the thread checkpoints: about SQLite's default automatic checkpoint (1,000
 * pages of 4 KB, each with its 24-byte frame header).
 */
export const CHECKPOINT_BYTES = 1000 * (4096 + 24);
/** What the writer's log is trimmed to when it starts over, so its length tells the thread how much is new. */
const LOG_LIMIT_BYTES = 1024 * 1024;
/**
 * The writer's own automatic checkpoint while the thread runs: far enough that the thread does
 * the work, near enough to bound the log if the thread falls behind.
 */
const WRITER_CHECKPOINT_PAGES = 10_000;
/** SQLite's default, restored when the thread stops or fails. */
const DEFAULT_CHECKPOINT_PAGES = 1000;
export const BUSY_POLL_MS = 50;
export const IDLE_POLL_MS = 500;

export type CheckpointReport = { checkpointed: number } | { error: string };

export interface Checkpointer {
  /** Checkpoints the thread has run (the tests check that it does the work). */
  readonly runs: number;
  /** Ends the thread; the writer checkpoints by itself again. */
  stop(): Promise<void>;
}

/**
 * Moves SQLite's checkpoints off the thread that writes. In WAL mode every commit appends pages
 * to the log, and the commit that takes the log past 1,000 pages copies them into the database
 * and syncs it: a fifth of what storing 10,000 items cost the ingestion thread, which also
 * answers chat commands. Here a worker thread with its own connection does those checkpoints,
 * and the writer's own is pushed back to a safety bound. If the worker cannot start or fails,
 * the writer goes back to checkpointing by itself: nothing depends on the thread but speed.
 */
export function startCheckpointer(sqlite: SQLite.Database, path: string): Checkpointer | null {
  const file = compiledWorker(import.meta.url, 'checkpoint-worker.js');
  if (!file) return null;
  let worker: Worker;
  try {
    worker = newWorker(file, { workerData: { path } });
  } catch {
    return null;
  }
  const writerOnItsOwn = () => {
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${DEFAULT_CHECKPOINT_PAGES}`);
  };
  sqlite.pragma(`journal_size_limit = ${LOG_LIMIT_BYTES}`);
  sqlite.pragma(`wal_autocheckpoint = ${WRITER_CHECKPOINT_PAGES}`);
  const state = { runs: 0, ended: false };
  const ended = new Promise<void>((resolve) => {
    worker.on('exit', () => {
      state.ended = true;
      writerOnItsOwn();
      resolve();
    });
  });
  worker.on('message', (report: CheckpointReport) => {
    if ('checkpointed' in report) state.runs++;
    else void worker.terminate();
  });
  worker.on('error', () => void worker.terminate());
  // An idle checkpointer must not keep a finished command's process alive.
  worker.unref();
  return {
    get runs() {
      return state.runs;
    },
    async stop() {
      if (state.ended) return;
      // Held open until it has closed its connection: the caller waits for that.
      worker.ref();
      worker.postMessage('stop');
      await ended;
    },
  };
}
