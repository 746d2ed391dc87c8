/**
 * The parse thread's entry (see parse-thread.ts): reads documents with parseDocument, exactly as
 * on the main thread, works out their items' keys, and answers each request by its id with the
 * document or the error.
 */
import { parentPort } from 'node:worker_threads';
import { withItemKeys } from './item-keys.js';
import { parseDocument } from './parse-document.js';
parentPort?.on('message', async ({ id, text, url, contentType }) => {
    let reply;
    try {
        reply = { id, document: withItemKeys(await parseDocument(text, url, contentType)) };
    }
    catch (err) {
        reply = { id, error: { name: err instanceof Error ? err.name : 'Error', message: err instanceof Error ? err.message : String(err) } };
    }
    parentPort.postMessage(reply);
});
//# sourceMappingURL=parse-worker.js.map