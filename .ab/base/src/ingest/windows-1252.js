/**
 * Windows-1252 as browsers read it (WHATWG Encoding): Node 20's TextDecoder accepts the label but
 * maps 0x80–0x9F to C1 control characters, so ’ € – “ ” became invisible controls and the numbers
 * and quotes around them were lost. Bytes 0x00–0x7F and 0xA0–0xFF are Latin-1.
 */
const HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
    '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** Bytes → text, each byte one character of Windows-1252. */
export function decodeWindows1252(bytes) {
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return /[\x80-\x9f]/.test(latin1) ? latin1.replace(/[\x80-\x9f]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]) : latin1;
}
//# sourceMappingURL=windows-1252.js.map