import { readFile, stat } from 'node:fs/promises';
import { looksBinary } from './decode-text.js';
import type { FetchSettings } from './fetch-settings.js';
import { readDocumentOffThread } from './parse-thread.js';
import type { ParsedDocument } from './parsed.js';
import { safeFetch } from './safe-fetch.js';

export type Loaded =
  | { notModified: true }
  | {
      notModified: false;
      document: ParsedDocument;
      etag?: string | null;
      lastModified?: string | null;
      datedByMtime?: string;
      /** A local file that declared no charset and was not UTF-8, read as this charset instead. */
      guessedCharset?: string;
    };

/** Why a binary file (an image, a PDF, an archive) is not read as an article. */
export const NOT_TEXT = 'not a text, HTML or feed file (it holds binary data)';

export const isRemote = (url: string) => /^https?:\/\//i.test(url);

/** A local file (feed, page or plain text, told apart by sniffing) or a URL fetched safely. */
export async function loadSource(
  source: { url: string; etag: string | null; last_modified: string | null },
  fetch: FetchSettings,
): Promise<Loaded> {
  if (!isRemote(source.url)) {
    const path = source.url.replace(/^file:\/\//, '');
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new Error(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${(err as Error).message}`);
    }
    if (bytes.length > fetch.maxBytes) throw new Error(`file larger than the ${fetch.maxBytes}-byte limit`);
    if (looksBinary(bytes)) throw new Error(NOT_TEXT);
    const { document, guessedCharset } = await readDocumentOffThread({ bytes, from: { file: true } }, null);
    const dated = dateUndatedText(document, (await stat(path)).mtime);
    return { notModified: false, ...dated, ...(guessedCharset ? { guessedCharset } : {}) };
  }
  const got = await safeFetch(source.url, { ...fetch, etag: source.etag, lastModified: source.last_modified });
  if (got.notModified) return { notModified: true };
  return {
    notModified: false,
    document: (await readDocumentOffThread({ bytes: got.body, from: { contentType: got.contentType } }, got.url)).document,
    etag: got.etag,
    lastModified: got.lastModified,
  };
}

/**
 * A text file without a "Published: YYYY-MM-DD" line is dated by its modification time rather than
 * left undated, so "last year" in it still names a year; `datedByMtime` lets the report say so.
 */
function dateUndatedText(document: ParsedDocument, mtime: Date): { document: ParsedDocument; datedByMtime?: string } {
  if (document.kind !== 'file' || document.items.every((i) => i.publishedAt)) return { document };
  const at = mtime.toISOString();
  return { document: { ...document, items: document.items.map((i) => (i.publishedAt ? i : { ...i, publishedAt: at })) }, datedByMtime: at };
}
