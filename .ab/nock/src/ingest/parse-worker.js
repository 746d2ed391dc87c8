/**
 * The parse thread's entry (see parse-thread.ts): decodes and parses documents with readDocument,
 * exactly as on the main thread, works out their items' keys, and answers each request by its id
 * with the document or the error.
 */
import { parentPort } from 'node:worker_threads';
import { withItemKeys } from './item-keys.js';
import { readDocument } from './parse-thread.js';
parentPort?.on('message', async ({ id, body, url }) => {
    let reply;
    try {
        const read = await readDocument(body, url);
        reply = { id, read: { ...read, document: withItemKeys(read.document) } };
    }
    catch (err) {
        reply = { id, error: { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) } };
    }
    parentPort.postMessage(reply);
});
//# sourceMappingURL=parse-worker.js.map