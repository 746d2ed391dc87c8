import { readFile } from 'node:fs/promises';
import { decodeText } from './decode-text.js';
import type { FetchSettings } from './fetch-settings.js';
import { parseDocument } from './parse-document.js';
import type { ParsedDocument } from './parsed.js';
import { safeFetch } from './safe-fetch.js';

export type Loaded =
  | { notModified: true }
  | { notModified: false; document: ParsedDocument; etag?: string | null; lastModified?: string | null };

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
    return { notModified: false, document: await parseDocument(decodeText(bytes), null) };
  }
  const got = await safeFetch(source.url, { ...fetch, etag: source.etag, lastModified: source.last_modified });
  if (got.notModified) return { notModified: true };
  return {
    notModified: false,
    document: await parseDocument(got.text, got.url, got.contentType),
    etag: got.etag,
    lastModified: got.lastModified,
  };
}
