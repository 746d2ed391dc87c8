import { TextDecoder } from 'node:util';

/** Names a charset the way TextDecoder knows it, or null when it does not. */
function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
}

export const charsetOfContentType = (contentType: string | null | undefined): string | null =>
  /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;

/** The charset a document declares in its first bytes: a BOM, the XML prolog or an HTML meta tag. */
export function declaredCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/**
 * Bytes to text in the charset the server declared (Content-Type), else the one the document
 * declares, else UTF-8. Unknown labels fall back to UTF-8 rather than failing the source.
 */
export function decodeText(bytes: Uint8Array, contentType?: string | null): string {
  const decoder =
    decoderFor(charsetOfContentType(contentType)) ?? decoderFor(declaredCharset(bytes)) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
