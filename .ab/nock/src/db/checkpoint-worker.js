/**
 * The checkpoint thread's entry (see checkpoint-thread.ts): its own connection to the SQLite file,
 * copying committed pages from the write-ahead log into the database once the log holds about as
 * many as SQLite's own automatic checkpoint would wait for. PASSIVE checkpoints never wait for,
 * nor block, the connection that writes.
 */
import { statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { BUSY_POLL_MS, CHECKPOINT_BYTES, IDLE_POLL_MS } from './checkpoint-thread.js';
const { path } = workerData;
const db = new SQLite(path);
db.pragma('synchronous = NORMAL');
/** The log's length: it only grows until the writer resets it after a checkpoint (journal_size_limit then trims it). */
function logBytes() {
    try {
        return statSync(`${path}-wal`).size;
    }
    catch {
        return 0;
    }
}
let timer;
function poll() {
    let wait = IDLE_POLL_MS;
    try {
        if (logBytes() >= CHECKPOINT_BYTES) {
            const [state] = db.pragma('wal_checkpoint(PASSIVE)');
            wait = BUSY_POLL_MS;
            parentPort.postMessage({ checkpointed: state?.checkpointed ?? 0 });
        }
    }
    catch (err) {
        parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
    }
    timer = setTimeout(poll, wait);
}
parentPort.on('message', (message) => {
    if (message !== 'stop')
        return;
    clearTimeout(timer);
    db.close();
    parentPort.close();
});
poll();
//# sourceMappingURL=checkpoint-worker.js.map