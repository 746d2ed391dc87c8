import type { Worker } from 'node:worker_threads';
import { compiledWorker, newWorker } from '../worker-threads.js';
import { type DocumentBytes, decodeDocument } from './decode-text.js';
import { FeedParseError } from './parse-feed.js';
import { parseDocument } from './parse-document.js';
import type { ParsedDocument } from './parsed.js';

/**
 * Documents of at least this many bytes are decoded and parsed on the parse thread. Smaller ones
 * take a few milliseconds, less than the trip there and back.
 */
export const OFF_THREAD_BYTES = 32 * 1024;

/** A document decoded and parsed; `guessedCharset` as decodeFileText's `guessed`. */
export interface ReadDocument {
  document: ParsedDocument;
  guessedCharset?: 'windows-1252';
}

export interface ParseRequest {
  id: number;
  body: DocumentBytes;
  url: string | null;
}

export type ParseReply = { id: number; read: ReadDocument } | { id: number; error: { name: string; message: string } };

interface Waiting {
  request: ParseRequest;
  resolve: (read: ReadDocument) => void;
  reject: (err: Error) => void;
}

/** Bytes to text (decodeDocument), then parseDocument: what the parse thread does, here. */
export async function readDocument(body: DocumentBytes, url: string | null): Promise<ReadDocument> {
  const { text, guessed } = decodeDocument(body);
  const contentType = 'contentType' in body.from ? body.from.contentType : undefined;
  const document = await parseDocument(text, url, contentType);
  return guessed ? { document, guessedCharset: guessed } : { document };
}

const workerFile = () => compiledWorker(import.meta.url, 'parse-worker.js');

/**
 * One worker thread that decodes and parses large feeds and pages, so that a 20 MB feed does not
 * hold up the event loop (chat commands must be acknowledged within 3 seconds) and, on a machine
 * with a second core, parsing one source overlaps storing another. It is handed the bytes, not
 * text: decoding is part of the work it takes off this thread. The worker is started on first use and does
 * not keep the process alive when idle. If it cannot start or dies, documents are parsed here
 * instead, those in flight included: parsing never fails for want of the thread.
 */
class ParseThread {
  private worker: Worker | null = null;
  private broken = workerFile() === null;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  /** Documents the worker has answered for (the tests check that it is used). */
  answeredCount = 0;

  read(body: DocumentBytes, url: string | null): Promise<ReadDocument> {
    const worker = body.bytes.length >= OFF_THREAD_BYTES ? this.started() : null;
    if (!worker) return readDocument(body, url);
    // Copied, not transferred: if the worker dies with it, the bytes are still here to read.
    const request: ParseRequest = { id: ++this.nextId, body, url };
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { request, resolve, reject });
      // Kept alive while a document is out: an idle worker must not hold the process open.
      if (this.waiting.size === 1) worker.ref();
      worker.postMessage(request);
    });
  }

  private started(): Worker | null {
    if (this.worker || this.broken) return this.worker;
    try {
      const worker = newWorker(workerFile()!);
      worker.on('message', (reply: ParseReply) => this.answered(reply));
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      worker.unref();
      this.worker = worker;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }

  private answered(reply: ParseReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    this.answeredCount++;
    if (this.waiting.size === 0) this.worker?.unref();
    if ('read' in reply) waiting.resolve(reply.read);
    else waiting.reject(reply.error.name === 'FeedParseError' ? new FeedParseError(reply.error.message) : new Error(reply.error.message));
  }

  /** The worker failed or ended: from now on documents are parsed here, beginning with those it held. */
  private fail(): void {
    this.broken = true;
    this.worker = null;
    const held = [...this.waiting.values()];
    this.waiting.clear();
    for (const { request, resolve, reject } of held) readDocument(request.body, request.url).then(resolve, reject);
  }
}

const thread = new ParseThread();

/** How many documents the parse thread has parsed in this process. */
export const parsedOffThread = (): number => thread.answeredCount;

/** readDocument, on the parse thread for large documents (see ParseThread). */
export const readDocumentOffThread = (body: DocumentBytes, url: string | null): Promise<ReadDocument> => thread.read(body, url);
