import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';

/**
 * The parse thread runs compiled code only (a worker cannot load TypeScript), so these tests run
 * the built modules in a child process, as `rivalwatch start` does, and compare what the thread
 * gives with parseDocument on the main thread.
 */
const dist = (file: string) => JSON.stringify(join(ROOT, 'dist/src/ingest', file));

function feed(items: number, broken = false): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><title>Story ${i} &amp; more</title><link>https://news.example.com/a/${i}</link><guid>g-${i}</guid>` +
      `<pubDate>Tue, 10 Sep 2024 08:00:00 GMT</pubDate><description><![CDATA[<p>Paragraph one of story ${i}.</p><p>Temu sold ${i} million items.</p>]]></description></item>`,
  ).join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Example news</title><link>https://news.example.com/</link><language>en</language>\n${entries}\n${broken ? '<item><title>cut' : '</channel></rss>'}`;
}

/** Runs `body` (an async function body given `text`) in a child on the built code; returns its stdout as JSON. */
function inChild(body: string, text: string | Buffer, nodeOptions: string[] = []): unknown {
  const script = `
import { parseDocument } from ${dist('parse-document.js')};
import { readDocumentOffThread, parsedOffThread } from ${dist('parse-thread.js')};
import { readFileSync } from 'node:fs';
const bytes = readFileSync(0);
const text = bytes.toString('utf8');
/** As loadSource reads a large feed: its bytes, decoded and parsed on the thread. */
const parseDocumentOffThread = (text, url) => readDocumentOffThread({ bytes: Buffer.from(text), from: { contentType: null } }, url).then((read) => read.document);
const settle = (p) => p.then((document) => ({ document }), (err) => ({ error: err.name + ': ' + err.message }));
${body}
`;
  const run = spawnSync(process.execPath, [...nodeOptions, '--input-type=module', '-e', script], { input: text, encoding: 'utf8', timeout: 20_000, maxBuffer: 64 << 20 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return JSON.parse(run.stdout);
}

describe('parsing large documents on the parse thread', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('gives what parseDocument gives on the main thread, and uses the thread for a large feed', () => {
    const text = feed(400);
    expect(text.length).toBeGreaterThan(32 * 1024);
    const out = inChild(
      `const [there, here] = await Promise.all([settle(parseDocumentOffThread(text, 'https://news.example.com/feed')), settle(parseDocument(text, 'https://news.example.com/feed'))]);
// The thread adds each item's keys (checked below); the rest must be what parseDocument gives.
const keyed = there.document.items.every((item) => item.keys !== undefined);
there.document.items = there.document.items.map(({ keys, ...item }) => item);
process.stdout.write(JSON.stringify({ there, here, keyed, used: parsedOffThread() }));`,
      text,
    ) as { there: { document: { items: unknown[] } }; here: unknown; keyed: boolean; used: number };
    expect(out.used).toBe(1);
    expect(out.keyed).toBe(true);
    expect(out.there.document.items).toHaveLength(400);
    expect(out.there).toEqual(out.here);
  });

  it('reports a broken feed with the same error as on the main thread', () => {
    const text = feed(400, true);
    const out = inChild(
      `const there = await settle(parseDocumentOffThread(text, null));
const here = await settle(parseDocument(text, null));
process.stdout.write(JSON.stringify({ there, here, used: parsedOffThread() }));`,
      text,
    ) as { there: { error: string }; here: { error: string }; used: number };
    expect(out.there.error).toMatch(/^FeedParseError: not a readable RSS\/Atom feed/);
    expect(out.there).toEqual(out.here);
    expect(out.used).toBe(1);
  });

  it('parses small documents where they are, and several large ones in turn; the idle thread lets the process end', () => {
    const text = feed(400);
    const out = inChild(
      `const small = await parseDocumentOffThread('Title line\\n\\nA short article.', null);
const many = await Promise.all([1, 2, 3].map(() => parseDocumentOffThread(text, null)));
process.stdout.write(JSON.stringify({ small: small.items.length, many: many.map((d) => d.items.length), used: parsedOffThread() }));`,
      text,
    );
    // The child ends by itself (spawnSync returned with status 0): the worker does not hold it open.
    expect(out).toEqual({ small: 1, many: [400, 400, 400], used: 3 });
  });

  it('starts under Node options a worker refuses for itself (--expose-gc, as the benchmark runs)', () => {
    const out = inChild(
      `const document = await parseDocumentOffThread(text, null);
process.stdout.write(JSON.stringify({ items: document.items.length, used: parsedOffThread() }));`,
      feed(400),
      ['--expose-gc'],
    );
    expect(out).toEqual({ items: 400, used: 1 });
  });

  it('gives each item of a large document its keys, the ones the storing thread would work out', () => {
    const text = feed(400);
    const out = inChild(
      `const { normalisedText } = await import(${dist('item-keys.js')});
const { canonicalUrl, hashOfNormalised } = await import(${dist('dedupe.js')});
const { signatureOfNormalised } = await import(${dist('story-signature.js')});
const document = await parseDocumentOffThread(text, null);
const same = document.items.every((item) => {
  const normalised = normalisedText(item, false);
  const signature = signatureOfNormalised(normalised);
  return item.keys.url === canonicalUrl(item.url) && item.keys.hash === hashOfNormalised(normalised) &&
    item.keys.signature.length === signature.length && item.keys.signature.every((v, i) => v === signature[i]);
});
process.stdout.write(JSON.stringify({ items: document.items.length, same }));`,
      text,
    );
    expect(out).toEqual({ items: 400, same: true });
  });

  it('decodes on the thread as on the main thread: a local file that is not UTF-8 is read as windows-1252 and said so', () => {
    // The feed's text in windows-1252 with no charset declared: é is one byte, 0xE9, invalid as UTF-8.
    const text = feed(400).replace('<?xml version="1.0"?>', '').replaceAll('Paragraph one', 'Café résumé');
    const bytes = Buffer.from(text, 'latin1');
    expect(bytes.length).toBeGreaterThan(32 * 1024);
    const out = inChild(
      `const { readDocument } = await import(${dist('parse-thread.js')});
const body = { bytes, from: { file: true } };
const [there, here] = await Promise.all([readDocumentOffThread(body, null), readDocument(body, null)]);
const strip = (read) => ({ ...read, document: { ...read.document, items: read.document.items.map(({ keys, ...item }) => item) } });
process.stdout.write(JSON.stringify({ same: JSON.stringify(strip(there)) === JSON.stringify(strip(here)), guessed: there.guessedCharset, text: there.document.items[0].text, used: parsedOffThread() }));`,
      bytes,
    ) as { same: boolean; guessed: string; text: string; used: number };
    expect(out.used).toBe(1);
    expect(out.guessed).toBe('windows-1252');
    expect(out.text).toContain('Café résumé of story 0.');
    expect(out.same).toBe(true);
  });
});
