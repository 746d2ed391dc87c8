import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { rss } from '../ingest/helpers/feeds.js';
import { startServer, type TestServer } from '../ingest/helpers/server.js';

const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-inputs-'));
let t: TestDb;
let server: TestServer;
const FEED = rss([{ guid: 'n1', title: 'Temu in Chile', link: 'https://n.example/1', text: 'Temu launched in Chile in March 2024.' }]);

beforeAll(async () => {
  t = await testDb();
  server = await startServer({
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.statusCode = 304;
        return void res.end();
      }
      res.setHeader('content-type', 'application/rss+xml');
      res.setHeader('etag', '"v1"');
      res.end(FEED);
    },
  });
});
afterAll(async () => {
  await server.close();
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function ingest(args: string[], env: Record<string, string> = {}) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  const code = await run(args, { stdout: out, stderr: err, stdin: new PassThrough(), env: { DATABASE_URL: t.url, LOG_LEVEL: 'silent', ...env } });
  return { code, stdout, stderr };
}

describe('rivalwatch ingest: inputs it cannot read say why', () => {
  it('ingest: an ftp:// or mistyped htp:// address is an unsupported scheme, not a missing file', async () => {
    for (const input of ['ftp://files.example/feed.xml', 'htp://news.example/feed']) {
      const r = await ingest([input]);
      expect(r.code).toBe(2);
      const scheme = input.slice(0, input.indexOf('://'));
      expect(r.stderr).toBe(`rivalwatch ingest: ${input}: ${scheme}:// is not supported: give an http:// or https:// URL, or a file path\n`);
    }
  });

  it('ingest: a missing file is named with the command it came from', async () => {
    const r = await ingest([join(dir, 'nope.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`rivalwatch ingest: ${join(dir, 'nope.txt')}: no such file\n`);
  });

  it('ingest: a binary file is refused as not a text, HTML or feed file', async () => {
    const png = join(dir, 'chart.png');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const r = await ingest([png]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`error  ${png}: not a text, HTML or feed file`);
  });

  it('ingest: a loopback address is refused naming FETCH_ALLOW_PRIVATE, the setting that allows it', async () => {
    const r = await ingest([server.url('/feed')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a loopback address 127\.0\.0\.1 refused .*FETCH_ALLOW_PRIVATE=true/);
  });

  it('ingest: a feed answering 304 is summarised as not modified, not as "0 new, 0 duplicate"', async () => {
    const env = { FETCH_ALLOW_PRIVATE: 'true', FETCH_HOST_INTERVAL_MS: '0' };
    const first = await ingest([server.url('/feed')], env);
    expect(first.stdout).toContain('Items: 1 new');
    const again = await ingest([server.url('/feed')], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Items: not modified since the last fetch (HTTP 304)');
    expect(again.stdout).not.toContain('0 duplicate');
  });

  it('ingest: a windows-1252 text file is read as such (’ and € kept, the revenue found) and the summary says so once', async () => {
    const file = join(dir, 'temu-cp1252.txt');
    const body = 'Temu en France\nPublished: 2024-03-01\nTemu a réalisé un chiffre d’affaires de 14 milliards d’euros en 2023.\n';
    writeFileSync(file, Buffer.from(body.replace(/’/g, '\x92'), 'latin1'));
    const r = await ingest([file]);
    expect(r.code).toBe(0);
    const notes = r.stdout.split('\n').filter((l) => l.includes('windows-1252'));
    expect(notes).toEqual([`  note   ${file}: not valid UTF-8 and no charset declared, so it was read as windows-1252 (save it as UTF-8 to be sure)`]);
    const revenue = await t.db
      .selectFrom('facts')
      .innerJoin('fact_sources', 'fact_sources.fact_id', 'facts.id')
      .select(['facts.value', 'fact_sources.quote'])
      .where('facts.competitor_id', '=', 'temu')
      .where('facts.name', '=', 'revenue')
      .execute();
    // The seeds' baseline revenue has no quote: only what was read from the file has one.
    expect(revenue.filter((f) => f.quote)).toEqual([{ value: 14_000_000_000, quote: 'Temu a réalisé un chiffre d’affaires de 14 milliards d’euros en 2023.' }]);
  });

  it('ingest: a "Published:" line in another format is named, with the format expected', async () => {
    const file = join(dir, 'bol-date.txt');
    writeFileSync(file, 'Bol in Wallonië\nPublished: 26-11-2026\nBol opende een winkel in Luik.\n');
    const r = await ingest([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`note   ${file}: the line "Published: 26-11-2026" could not be read as a date: write it as Published: YYYY-MM-DD`);
    expect(r.stdout).toContain(`note   ${file}: no readable "Published: YYYY-MM-DD" second line, so it is dated by the file's modification time`);
    const item = await t.db.selectFrom('items').select('published_at').where('title', '=', 'Bol in Wallonië').executeTakeFirstOrThrow();
    expect(item.published_at).not.toBeNull();
  });

  it('ingest: a directory is a usage error naming the files to give, and is not remembered as a source', async () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    const r = await ingest([folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`rivalwatch ingest: ${folder}: is a directory: name the files in it (${join(folder, '*.txt')})`);
    expect(await t.db.selectFrom('sources').select('id').where('url', '=', folder).execute()).toEqual([]);
  });

  it('ingest: the same file or URL named twice (two spellings of one path) is read once, not counted twice', async () => {
    const file = join(dir, 'shein-twice.txt');
    writeFileSync(file, 'Shein in Mexico\nPublished: 2024-03-01\nShein opened a warehouse in Mexico in 2024.\n');
    const r = await ingest([file, join(dir, '.', 'shein-twice.txt'), server.url('/other-feed'), server.url('/other-feed')], {
      FETCH_ALLOW_PRIVATE: 'true',
      FETCH_HOST_INTERVAL_MS: '0',
    });
    expect(r.stdout).toMatch(/^Sources: 1 ok, 1 failed\n/);
    expect(r.stdout).toContain('Items: 1 new (0 retelling a known story), 0 duplicate');
    expect(r.stdout.match(/other-feed: HTTP 404/g)).toHaveLength(1);
  });
});
