import { describe, expect, it } from 'vitest';
import { decodeFileText, decodeText, looksBinary } from '../../src/ingest/decode-text.js';

/** A French sentence as a Windows editor saves it: ’ is 0x92, € is 0x80, « » are 0xAB 0xBB. */
const CP1252 = Buffer.concat([
  Buffer.from('Temu annonce un chiffre d', 'latin1'),
  Buffer.from([0x92]),
  Buffer.from('affaires de 14 milliards ', 'latin1'),
  Buffer.from([0x80, 0x20, 0x96, 0x20, 0x93]),
  Buffer.from('record', 'latin1'),
  Buffer.from([0x94, 0x20, 0xab]),
  Buffer.from('d\xe9j\xe0', 'latin1'),
  Buffer.from([0xbb]),
]);
const READ = 'Temu annonce un chiffre d’affaires de 14 milliards € – “record” «déjà»';

describe('decodeText', () => {
  it('decode: a windows-1252 Content-Type maps 0x80–0x9F to ’ € – “ ”, not to control characters', () => {
    expect(decodeText(CP1252, 'text/plain; charset=windows-1252')).toBe(READ);
  });

  it('decode: iso-8859-1, latin1 and us-ascii labels are read as windows-1252, as browsers do', () => {
    for (const label of ['iso-8859-1', 'ISO-8859-1', 'latin1', 'us-ascii']) {
      expect(decodeText(CP1252, `text/html; charset=${label}`)).toBe(READ);
    }
  });

  it('decode: an XML prolog or a <meta charset> declaring windows-1252 gets the same table', () => {
    const prolog = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><p>'), CP1252]);
    expect(decodeText(prolog)).toContain(READ);
    const meta = Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"></head><body>'), CP1252]);
    expect(decodeText(meta)).toContain(READ);
    expect(decodeText(meta)).not.toMatch(/[\u0080-\u009f]/);
  });

  it('decode: UTF-8 stays UTF-8', () => {
    expect(decodeText(Buffer.from(READ, 'utf8'), 'text/html; charset=utf-8')).toBe(READ);
    expect(decodeFileText(Buffer.from(READ, 'utf8'))).toEqual({ text: READ });
  });

  it('decode: a file that declares nothing and is not valid UTF-8 is read as windows-1252, and says so', () => {
    expect(decodeFileText(CP1252)).toEqual({ text: READ, guessed: 'windows-1252' });
  });

  it('decode: NUL bytes mark a binary file; a UTF-16 file with its BOM is text', () => {
    expect(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(Buffer.from('\ufeffTemu', 'utf16le'))).toBe(false);
    expect(looksBinary(CP1252)).toBe(false);
  });
});
