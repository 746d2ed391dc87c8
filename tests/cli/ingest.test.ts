import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/ingest.js';
import { connect } from '../../src/db/connect.js';
import { migrate } from '../../src/db/migrate.js';
import { addSubscription } from '../alerts/helpers.js';
import { testDb } from '../helpers/test-db.js';
import { seedCompetitors } from '../ingest/helpers/competitors.js';
import { rss } from '../ingest/helpers/feeds.js';

const dir = mkdtempSync(join(tmpdir(), 'rivalwatch-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(env: Record<string, string>) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d) => (stdout += d));
  err.on('data', (d) => (stderr += d));
  return { io: { stdout: out, stderr: err, stdin: new PassThrough(), env }, text: () => ({ stdout, stderr }) };
}

describe('rivalwatch ingest', () => {
  it('ingest FILE…: a feed file and a text file are stored, a missing file is a usage error', async () => {
    const url = `sqlite:${join(dir, 'cli.sqlite')}`;
    const handle = connect(url);
    await migrate(handle);
    await seedCompetitors(handle.db);
    await handle.close();
    const feed = join(dir, 'feed.xml');
    writeFileSync(feed, rss([{ guid: 'x1', title: 'Shein in Brazil', link: 'https://g.example/shein', text: 'Temu had 75 million monthly users in the EU in 2023.' }]));
    const note = join(dir, 'note.txt');
    writeFileSync(note, 'TikTok Shop in Spain\nTikTok Shop launched in Spain in March 2024.\n');

    const a = io({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
    expect(await run([feed, note], a.io)).toBe(0);
    const out = a.text().stdout;
    expect(out).toContain('Sources: 2 ok, 0 failed');
    expect(out).toContain('Items: 2 new');
    expect(out).toMatch(/Facts: [1-9]\d* new, 0 corroborated, 0 conflicting/);

    const again = io({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
    expect(await run([feed], again.io)).toBe(0);
    expect(again.text().stdout).toContain('Items: 0 new (0 retelling a known story), 1 duplicate');

    const missing = io({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
    expect(await run([join(dir, 'nope.xml')], missing.io)).toBe(2);
    expect(missing.text().stderr).toContain('no such file');
  });

  it('ingest FILE: new facts queue alerts for subscribed channels; --baseline stores them without', async () => {
    const url = `sqlite:${join(dir, 'alerts.sqlite')}`;
    const handle = connect(url);
    await migrate(handle);
    await seedCompetitors(handle.db);
    await addSubscription(handle.db, 'news', { min_importance: 1 });
    const outbox = async () => (await handle.db.selectFrom('outbox').select('id').where('kind', '=', 'alert').execute()).length;
    try {
      const first = join(dir, 'spain.txt');
      writeFileSync(first, 'TikTok Shop in Spain\nTikTok Shop launched in Spain in March 2024.\n');
      const a = io({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
      expect(await run([first], a.io)).toBe(0);
      const queued = await outbox();
      expect(queued).toBeGreaterThan(0);
      expect(a.text().stdout).toContain(`Alerts: ${queued} queued for subscribed channels`);

      const archive = join(dir, 'italy.txt');
      writeFileSync(archive, 'Temu in Italy\nTemu launched in Italy in April 2023.\n');
      const b = io({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
      expect(await run(['--baseline', archive], b.io)).toBe(0);
      expect(b.text().stdout).toMatch(/Facts: [1-9]\d* new/);
      expect(b.text().stdout).toContain('Baseline: 1 source(s) stored without alerts');
      expect(await outbox()).toBe(queued);
    } finally {
      await handle.close();
    }
  });

  it('ingest FILE: a text file without a "Published:" line is dated by its modification time, and the summary says so', async () => {
    const t = await testDb();
    try {
      const undated = join(dir, 'bol-undated.txt');
      writeFileSync(undated, 'Bol groeit\n\nWebwinkel bol had vorig jaar 14 miljoen klanten in Nederland.\n');
      const modified = new Date('2024-02-01T12:00:00Z');
      utimesSync(undated, modified, modified);
      const dated = join(dir, 'temu-dated.txt');
      writeFileSync(dated, 'Temu in Italy\nPublished: 2023-05-02\nTemu launched in Italy in April 2023.\n');
      const a = io({ DATABASE_URL: t.url, LOG_LEVEL: 'silent' });
      expect(await run([undated, dated], a.io)).toBe(0);
      const out = a.text().stdout;
      expect(out).toContain(`note   ${undated}: no "Published: YYYY-MM-DD" second line, so it is dated by the file's modification time, 2024-02-01`);
      expect(out).not.toContain(`${dated}: no "Published`);
      // "vorig jaar" counted from the modification time: 2023, not lost and not last year from today.
      const facts = await t.db
        .selectFrom('fact_sources')
        .innerJoin('facts', 'facts.id', 'fact_sources.fact_id')
        .select(['facts.name', 'facts.period', 'fact_sources.published_at'])
        .where('fact_sources.publisher', '=', 'bol-undated.txt')
        .execute();
      expect(facts).toEqual([{ name: 'customers', period: '2023', published_at: modified.toISOString() }]);
    } finally {
      await t.cleanup();
    }
  });

  it('exits 1 when every source failed, naming each error', async () => {
    const url = `sqlite:${join(dir, 'fail.sqlite')}`;
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<rss><channel><item><title>x</item></channel>');
    const a = io({ DATABASE_URL: url, LOG_LEVEL: 'silent' });
    expect(await run([broken], a.io)).toBe(1);
    expect(a.text().stdout).toMatch(/error {2}.*broken\.xml: not a readable RSS\/Atom feed/);
  });

  it('no arguments prints the usage', async () => {
    const a = io({});
    expect(await run([], a.io)).toBe(2);
    expect(a.text().stderr).toContain('rivalwatch ingest --all');
  });
});
