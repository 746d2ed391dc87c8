import { TextDecoder } from 'node:util';
import { decodeWindows1252 } from './windows-1252.js';

type Decode = (bytes: Uint8Array) => string;

/**
 * A decoder for a charset label, or null when the label names none. Every label WHATWG maps to
 * windows-1252 (iso-8859-1, latin1, us-ascii…: browsers read them all as windows-1252, and so do
 * servers that send them) gets the full table rather than Node's, which loses 0x80–0x9F.
 */
function decoderFor(label: string | null | undefined): Decode | null {
  if (!label) return null;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null;
  }
  return decoder.encoding === 'windows-1252' ? decodeWindows1252 : (bytes) => decoder.decode(bytes);
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
  const decode = decoderFor(charsetOfContentType(contentType)) ?? decoderFor(declaredCharset(bytes));
  return decode ? decode(bytes) : new TextDecoder('utf-8').decode(bytes);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A local file's bytes to text. Files have no Content-Type: one that declares no charset and is
 * not valid UTF-8 was most likely saved by a Windows editor, so it is read as windows-1252
 * (`guessed` says so, for the person to be told) rather than with U+FFFD in place of ’ and é.
 */
export function decodeFileText(bytes: Uint8Array): { text: string; guessed?: 'windows-1252' } {
  const declared = decoderFor(declaredCharset(bytes));
  if (declared) return { text: declared(bytes) };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    return { text: decodeWindows1252(bytes), guessed: 'windows-1252' };
  }
}

/** A document as read, before decoding: its bytes, and whether a file or a server's answer (its Content-Type). */
export interface DocumentBytes {
  bytes: Uint8Array;
  from: { file: true } | { contentType: string | null };
}

/** A document's bytes to text, as a local file (decodeFileText) or as the server's answer (decodeText). */
export function decodeDocument({ bytes, from }: DocumentBytes): { text: string; guessed?: 'windows-1252' } {
  return 'file' in from ? decodeFileText(bytes) : { text: decodeText(bytes, from.contentType) };
}

/**
 * Whether bytes are binary rather than text: a NUL byte in the first 8 KB (text in UTF-16, which
 * has them, starts with a BOM). Images, PDFs, archives and executables all have them.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
