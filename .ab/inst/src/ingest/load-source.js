import { readFile, stat } from 'node:fs/promises';
import { decodeFileText, looksBinary } from './decode-text.js';
import { parseDocumentOffThread } from './parse-thread.js';
import { safeFetch } from './safe-fetch.js';
/** Why a binary file (an image, a PDF, an archive) is not read as an article. */
export const NOT_TEXT = 'not a text, HTML or feed file (it holds binary data)';
export const isRemote = (url) => /^https?:\/\//i.test(url);
/** A local file (feed, page or plain text, told apart by sniffing) or a URL fetched safely. */
export async function loadSource(source, fetch) {
    if (!isRemote(source.url)) {
        const path = source.url.replace(/^file:\/\//, '');
        let bytes;
        try {
            bytes = await readFile(path);
        }
        catch (err) {
            const code = err.code;
            throw new Error(code === 'ENOENT' ? `file not found: ${path}` : `cannot read ${path}: ${err.message}`);
        }
        if (bytes.length > fetch.maxBytes)
            throw new Error(`file larger than the ${fetch.maxBytes}-byte limit`);
        if (looksBinary(bytes))
            throw new Error(NOT_TEXT);
        const { text, guessed } = decodeFileText(bytes);
        const dated = dateUndatedText(await parseDocumentOffThread(text, null), (await stat(path)).mtime);
        return { notModified: false, ...dated, ...(guessed ? { guessedCharset: guessed } : {}) };
    }
    const got = await safeFetch(source.url, { ...fetch, etag: source.etag, lastModified: source.last_modified });
    if (got.notModified)
        return { notModified: true };
    return {
        notModified: false,
        document: await parseDocumentOffThread(got.text, got.url, got.contentType),
        etag: got.etag,
        lastModified: got.lastModified,
    };
}
/**
 * A text file without a "Published: YYYY-MM-DD" line is dated by its modification time rather than
 * left undated, so "last year" in it still names a year; `datedByMtime` lets the report say so.
 */
function dateUndatedText(document, mtime) {
    if (document.kind !== 'file' || document.items.every((i) => i.publishedAt))
        return { document };
    const at = mtime.toISOString();
    return { document: { ...document, items: document.items.map((i) => (i.publishedAt ? i : { ...i, publishedAt: at })) }, datedByMtime: at };
}
//# sourceMappingURL=load-source.js.map