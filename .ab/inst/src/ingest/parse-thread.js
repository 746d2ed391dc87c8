import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FeedParseError } from './parse-feed.js';
import { parseDocument } from './parse-document.js';
/**
 * Documents at least this long are parsed on the parse thread. Smaller ones take a few
 * milliseconds, less than the trip there and back.
 */
export const OFF_THREAD_CHARS = 32 * 1024;
/** The compiled worker beside this module; none when running from TypeScript sources (tests). */
function workerFile() {
    const file = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
    return import.meta.url.endsWith('.js') && existsSync(file) ? file : null;
}
/**
 * A worker on `file` with the process's Node options, less --input-type (it is only for code given
 * with -e or on stdin, and the worker would not start with it). Options a worker refuses, such as
 * V8's --expose-gc, apply to the whole process anyway: then it starts with none of its own.
 */
function newWorker(file) {
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--input-type'));
    try {
        return new Worker(file, { execArgv });
    }
    catch (err) {
        if (err.code !== 'ERR_WORKER_INVALID_EXEC_ARGV')
            throw err;
        return new Worker(file, { execArgv: [] });
    }
}
/**
 * One worker thread that parses large feeds and pages, so that a 20 MB feed does not hold up the
 * event loop (chat commands must be acknowledged within 3 seconds) and, on a machine with a second
 * core, parsing one source overlaps storing another. The worker is started on first use and does
 * not keep the process alive when idle. If it cannot start or dies, documents are parsed here
 * instead, those in flight included: parsing never fails for want of the thread.
 */
class ParseThread {
    worker = null;
    broken = workerFile() === null;
    waiting = new Map();
    nextId = 0;
    /** Documents the worker has answered for (the tests check that it is used). */
    answeredCount = 0;
    parse(text, url, contentType) {
        const worker = text.length >= OFF_THREAD_CHARS ? this.started() : null;
        if (!worker)
            return parseDocument(text, url, contentType);
        const request = { id: ++this.nextId, text, url, contentType };
        return new Promise((resolve, reject) => {
            this.waiting.set(request.id, { request, resolve, reject });
            // Kept alive while a document is out: an idle worker must not hold the process open.
            if (this.waiting.size === 1)
                worker.ref();
            worker.postMessage(request);
        });
    }
    started() {
        if (this.worker || this.broken)
            return this.worker;
        try {
            const worker = newWorker(workerFile());
            worker.on('message', (reply) => this.answered(reply));
            worker.on('error', () => this.fail());
            worker.on('exit', () => this.fail());
            worker.unref();
            this.worker = worker;
        }
        catch {
            this.broken = true;
        }
        return this.worker;
    }
    answered(reply) {
        const waiting = this.waiting.get(reply.id);
        if (!waiting)
            return;
        this.waiting.delete(reply.id);
        this.answeredCount++;
        if (this.waiting.size === 0)
            this.worker?.unref();
        if ('document' in reply)
            waiting.resolve(reply.document);
        else
            waiting.reject(reply.error.name === 'FeedParseError' ? new FeedParseError(reply.error.message) : new Error(reply.error.message));
    }
    /** The worker failed or ended: from now on documents are parsed here, beginning with those it held. */
    fail() {
        this.broken = true;
        this.worker = null;
        const held = [...this.waiting.values()];
        this.waiting.clear();
        for (const { request, resolve, reject } of held)
            parseDocument(request.text, request.url, request.contentType).then(resolve, reject);
    }
}
const thread = new ParseThread();
/** How many documents the parse thread has parsed in this process. */
export const parsedOffThread = () => thread.answeredCount;
/** parseDocument, on the parse thread for large documents (see ParseThread). */
export const parseDocumentOffThread = (text, url, contentType) => thread.parse(text, url, contentType);
//# sourceMappingURL=parse-thread.js.map