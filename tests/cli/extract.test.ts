import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/cli/article-file.js';
import { run } from '../../src/cli/extract.js';
import type { CliIo } from '../../src/cli/io.js';

function io(): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (c) => (o += c));
  stderr.on('data', (c) => (e += c));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out: () => o, err: () => e };
}

const dir = mkdtempSync(join(tmpdir(), 'rw-extract-'));
const write = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
};

describe('rivalwatch extract', () => {
  it('--json prints exactly {language, facts} for a plain-text article', async () => {
    const file = write('a.txt', 'Bol groeit\n\nWebwinkel bol had vorig jaar 14 miljoen klanten in Nederland.\n');
    const t = io();
    expect(await run([file, '--json', '--published', '2024-02-01'], t.io)).toBe(0);
    const parsed = JSON.parse(t.out());
    expect(Object.keys(parsed)).toEqual(['language', 'facts']);
    expect(parsed.language).toBe('nl');
    expect(parsed.facts[0]).toMatchObject({ competitor: 'bol', metric: 'customers', value: 14e6, market: 'NL', period: '2023' });
  });
  it('--language overrides detection', async () => {
    const file = write('b.txt', 'Temu\n\nTemu has 3 million users.\n');
    const t = io();
    await run([file, '--json', '--language', 'fr'], t.io);
    expect(JSON.parse(t.out()).language).toBe('fr');
  });
  it('reads HTML: title from <h1>, body without scripts', async () => {
    const file = write(
      'c.html',
      '<!doctype html><html lang="en"><head><title>Site | News</title><script>var x = "Temu has 99 million users";</script></head>' +
        '<body><nav>Menu</nav><article><h1>Shein&rsquo;s numbers</h1><p>Shein reported revenue of $30&nbsp;billion.</p></article></body></html>',
    );
    const t = io();
    await run([file, '--json'], t.io);
    const parsed = JSON.parse(t.out());
    expect(parsed.facts.map((f: { value: number }) => f.value)).toEqual([30e9]);
  });
  it('without --json prints a readable list', async () => {
    const file = write('d.txt', 'Amazon\n\nAmazon employs 1.5 million people worldwide.\n');
    const t = io();
    await run([file], t.io);
    expect(t.out()).toContain('amazon: employees 1500000 count');
  });
  it('a bad --published date is a usage error on stderr, nothing on stdout', async () => {
    const t = io();
    expect(await run([write('e.txt', 'x\n'), '--json', '--published', 'yesterday'], t.io)).toBe(2);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('YYYY-MM-DD');
  });
  it('a --published that is no calendar date (month 13, 30 February) is refused, exit 2', async () => {
    for (const bad of ['2025-13-45', '2025-02-30']) {
      const t = io();
      expect(await run([write('e2.txt', 'x\n'), '--published', bad], t.io)).toBe(2);
      expect(t.out()).toBe('');
      expect(t.err().split('\n')[0]).toBe(`rivalwatch extract: --published must be a date, YYYY-MM-DD (got "${bad}")`);
    }
    const leap = io();
    expect(await run([write('e3.txt', 'x\n'), '--published', '2024-02-29'], leap.io)).toBe(0);
  });
  it('an HTML file declaring iso-8859-1 is decoded as declared, as ingest does', async () => {
    const html = '<html lang="fr"><head><meta charset="iso-8859-1"><title>x</title></head><body><h1>Temu à Paris</h1><p>Temu a dépassé 2 millions de clients en France en 2024.</p></body></html>';
    const path = join(dir, 'latin1.html');
    writeFileSync(path, Buffer.from(html, 'latin1'));
    const t = io();
    expect(await run([path], t.io)).toBe(0);
    expect(t.out()).toContain('Temu à Paris');
    expect(t.out()).toContain('dépassé');
    expect(t.out()).not.toContain('\uFFFD');
  });
  it('a "Published: YYYY-MM-DD" line after the title dates a text file, as in ingest; --published wins', async () => {
    const file = write('dated.txt', 'Bol groeit\nPublished: 2024-02-01\nWebwinkel bol had vorig jaar 14 miljoen klanten in Nederland.\n');
    const t = io();
    expect(await run([file, '--json'], t.io)).toBe(0);
    const [fact] = JSON.parse(t.out()).facts;
    expect(fact).toMatchObject({ competitor: 'bol', metric: 'customers', period: '2023' });
    expect(fact.quote).not.toContain('Published');
    const overridden = io();
    await run([file, '--json', '--published', '2022-06-01'], overridden.io);
    expect(JSON.parse(overridden.out()).facts[0]).toMatchObject({ period: '2021' });
  });
  it('an RSS or Atom file is refused with exit 2, pointing at ingest, nothing on stdout', async () => {
    const rss = write(
      'feed.xml',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>Temu grows</title>' +
        '<description>Temu has 3 million users.</description></item></channel></rss>',
    );
    const atom = write('atom.xml', '<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>Shein</title></entry></feed>');
    for (const file of [rss, atom]) {
      const t = io();
      expect(await run([file, '--json'], t.io)).toBe(2);
      expect(t.out()).toBe('');
      expect(t.err()).toBe(`rivalwatch extract: ${file} is an RSS/Atom feed: use \`rivalwatch ingest ${file}\` to read its items\n`);
    }
  });
  it('a "Published:" line in another format is named on stderr with the format expected; stdout stays JSON', async () => {
    const file = write('bad-date.txt', 'Bol groeit\nPublished: 26-11-2026\nWebwinkel bol had vorig jaar 14 miljoen klanten in Nederland.\n');
    const t = io();
    expect(await run([file, '--json'], t.io)).toBe(0);
    expect(t.err()).toBe(
      `rivalwatch extract: ${file}: the line "Published: 26-11-2026" could not be read as a date (write it as Published: YYYY-MM-DD); relative dates stay open\n`,
    );
    const [fact] = JSON.parse(t.out()).facts;
    expect(fact.quote).not.toContain('Published');
  });
  it('a windows-1252 text file keeps its ’ and €, and stderr says how it was read', async () => {
    const file = join(dir, 'cp1252.txt');
    writeFileSync(file, Buffer.from('Temu en France\nTemu a réalisé un chiffre d\x92affaires de 14 milliards d\x92euros en 2023.\n', 'latin1'));
    const t = io();
    expect(await run([file, '--json', '--language', 'fr'], t.io)).toBe(0);
    expect(t.err()).toBe(`rivalwatch extract: ${file} is not valid UTF-8 and declares no charset: read as windows-1252\n`);
    expect(JSON.parse(t.out()).facts).toContainEqual(expect.objectContaining({ competitor: 'temu', metric: 'revenue', value: 14_000_000_000, unit: 'EUR' }));
  });
  it('a binary file is refused as not a text, HTML or feed file', async () => {
    const file = join(dir, 'photo.jpg');
    writeFileSync(file, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
    const t = io();
    expect(await run([file, '--json'], t.io)).toBe(1);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('is not a text, HTML or feed file');
  });
  it('a missing file is reported on stderr', async () => {
    const t = io();
    expect(await run([join(dir, 'nope.txt'), '--json'], t.io)).toBe(1);
    expect(t.err()).toContain('cannot read');
  });
  it('readArticle: plain text takes the first non-empty line as title', () => {
    expect(readArticle('\n\nTitle here\n\nBody text.')).toEqual({ title: 'Title here', text: 'Body text.', language: null, published: null });
  });
});
