import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

// The QA article: today's figures next to the seeded ones of 2023 ("up from … a year earlier").
const ARTICLE = [
  'Temu keeps growing',
  'Temu now has 92 million monthly active users in the European Union, up from 75 million a year earlier.',
].join('\n');

describe('rivalwatch ingest over the seeded figures', () => {
  let t: TestDb;
  const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-updates-'));
  beforeAll(async () => {
    t = await testDb();
  });
  afterAll(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `rivalwatch ingest FILE` against the test database; its stdout, after a 0 exit. */
  const ingest = async (file: string): Promise<string> => {
    const out = new PassThrough();
    let stdout = '';
    out.on('data', (d) => (stdout += d));
    expect(await run([file], { stdout: out, stderr: new PassThrough(), stdin: new PassThrough(), env: { DATABASE_URL: t.url, LOG_LEVEL: 'silent' } })).toBe(0);
    return stdout;
  };

  it('ingest: a grown figure with no period, read years after the seeded one, is an update and not a conflict', async () => {
    const file = join(dir, 'temu.txt');
    writeFileSync(file, ARTICLE);
    // SEED defaults to on: the seeded Temu figure (75 million EU users, second half of 2023) is there.
    expect(await ingest(file)).toMatch(/Facts: [1-9]\d* new, \d+ corroborated, 0 conflicting/);
    const temu = await t.db
      .selectFrom('facts')
      .select(['value', 'conflict_with', 'importance'])
      .where('competitor_id', '=', 'temu')
      .where('name', '=', 'users')
      .where('market', '=', 'EU')
      .orderBy('id')
      .execute();
    expect(temu.map((f) => f.value)).toEqual([75_000_000, 92_000_000]);
    expect(temu[1]).toMatchObject({ conflict_with: null, importance: 3 });
  });

  it('ingest: an article that gives a figure and the one it grew from does not conflict with itself', async () => {
    const file = join(dir, 'temu-sellers.txt');
    writeFileSync(file, ['Temu signs up local merchants', 'Temu now has 30,000 sellers in France, up from 12,000 a year earlier.'].join('\n'));
    expect(await ingest(file)).toMatch(/Facts: 2 new, 0 corroborated, 0 conflicting/);
    const sellers = await t.db
      .selectFrom('facts')
      .select(['value', 'conflict_with'])
      .where('competitor_id', '=', 'temu')
      .where('name', '=', 'sellers')
      .where('market', '=', 'FR')
      .orderBy('id')
      .execute();
    expect(sellers).toEqual([
      { value: 30_000, conflict_with: null },
      { value: 12_000, conflict_with: null },
    ]);
  });

  it('ingest: an edited file is one source — its unchanged figures are not corroborated by it, its changed figure is an update, not a conflict', async () => {
    const file = join(dir, 'bol-edit.txt');
    const text = (customers: string, title: string) =>
      [title, 'Published: 2026-11-20', '', `Bol had 61.000 verkopers in Nederland in 2025. Bol telde ${customers} klanten in België in 2025.`].join('\n');
    writeFileSync(file, text('4 miljoen', 'Bol groeit door'));
    expect(await ingest(file)).toMatch(/Facts: 2 new, 0 corroborated, 0 conflicting/);
    writeFileSync(file, text('4 miljoen', 'Bol groeit verder'));
    expect(await ingest(file)).toMatch(/Items: 1 new.*\n.*Facts: 0 new, 0 corroborated, 0 conflicting/);
    writeFileSync(file, text('4,5 miljoen', 'Bol groeit verder'));
    expect(await ingest(file)).toMatch(/Facts: 1 new, 0 corroborated, 0 conflicting/);
    const rows = await t.db
      .selectFrom('facts')
      .select(['name', 'value', 'source_count', 'conflict_with'])
      .where('competitor_id', '=', 'bol')
      .where('as_of', '=', '2026-11-20')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { name: 'sellers', value: 61_000, source_count: 1, conflict_with: null },
      { name: 'customers', value: 4_000_000, source_count: 1, conflict_with: null },
      { name: 'customers', value: 4_500_000, source_count: 1, conflict_with: null },
    ]);
  });
});
