import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

const ARTICLE = [
  'Temu passes 90 million users in Europe',
  'Temu now has 92 million monthly active users in the European Union, the company said on Monday.',
  'Bol had 13 million customers in 2023, its parent Ahold Delhaize reported.',
].join('\n');
// The same news told by another outlet: other words around the same figures.
const RETELLING = [
  'Temu reaches 92 million EU users',
  'Temu now has 92 million monthly active users in the European Union, the company said on Monday, as regulators look closer.',
  'Bol had 13 million customers in 2023, its parent Ahold Delhaize reported.',
].join('\n');

async function ingest(url: string, file: string): Promise<string> {
  const out = new PassThrough();
  let stdout = '';
  out.on('data', (d) => (stdout += d));
  const code = await run([file], { stdout: out, stderr: new PassThrough(), stdin: new PassThrough(), env: { DATABASE_URL: url, LOG_LEVEL: 'silent' } });
  expect(code).toBe(0);
  return stdout;
}

describe('content-hash dedupe across sources', () => {
  let t: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-dedupe-'));
  beforeAll(async () => {
    t = await testDb();
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const sourceCounts = async () =>
    (await t.db.selectFrom('facts').select('source_count').where('competitor_id', 'in', ['temu', 'bol']).where('type', '=', 'metric').orderBy('id').execute()).map(
      (f) => f.source_count,
    );

  it('dedupe: a byte-identical copy of an article under another file name is a duplicate item, not a second source', async () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, ARTICLE);
    copyFileSync(a, b);
    const first = await ingest(t.url, a);
    expect(first).toMatch(/Facts: [1-9]\d* new, 0 corroborated/);
    const facts = (await sourceCounts()).length;
    expect(facts).toBeGreaterThanOrEqual(2);

    const copy = await ingest(t.url, b);
    expect(copy).toContain('Items: 0 new (0 retelling a known story), 1 duplicate');
    expect(copy).toContain('Facts: 0 new, 0 corroborated, 0 conflicting');
    expect(await sourceCounts()).toEqual(new Array(facts).fill(1));
  });

  it('dedupe: a retelling with other words from another outlet still corroborates', async () => {
    const c = join(dir, 'retelling.txt');
    writeFileSync(c, RETELLING);
    const figures = (await sourceCounts()).length;
    const out = await ingest(t.url, c);
    expect(out).toContain('Items: 1 new');
    // Its figures corroborate (no new figure); what it adds ("as regulators look closer") may be new.
    expect(out).toMatch(/Facts: \d+ new, [1-9]\d* corroborated/);
    expect(await sourceCounts()).toHaveLength(figures);
    expect((await sourceCounts()).some((n) => n === 2)).toBe(true);
  });
});
