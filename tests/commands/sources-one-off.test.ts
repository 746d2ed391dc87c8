import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sources } from '../../commands/sources.js';
import { run as ingest } from '../../src/cli/ingest.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { dispatch } from '../../src/core/dispatch.js';
import { claimDueSources } from '../../src/ingest/lease.js';
import { silentLogger } from '../../src/logger.js';
import { renderText } from '../../src/messages/render-text.js';
import { seedCompetitors } from '../ingest/helpers/competitors.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { rss } from '../ingest/helpers/feeds.js';
import { startServer } from '../ingest/helpers/server.js';

const quietIo = (env: Record<string, string>) => ({ stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env });

describe('/sources and one-off inputs of `rivalwatch ingest`', () => {
  let t: TestDb;
  let dir: string;
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
    dir = mkdtempSync(join(tmpdir(), 'qa-in-'));
  });
  afterEach(async () => {
    await t.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sources: a file ingested twice is one row, named by its file name apart from the polled feeds, never by its server path', async () => {
    const file = join(dir, 'bol-nl.txt');
    writeFileSync(file, 'Bol.com in 2024\nBol.com had 13 million customers in the Netherlands in 2024.\n');
    const env = { DATABASE_URL: t.url, LOG_LEVEL: 'silent', SEED: 'false' };
    expect(await ingest([file], quietIo(env))).toBe(0);
    writeFileSync(file, 'Bol.com in 2025\nBol.com launched in Belgium in 2025.\n');
    expect(await ingest([file], quietIo(env))).toBe(0);
    const rows = await t.db.selectFrom('sources').select(['id', 'url', 'enabled']).where('enabled', '=', 0).execute();
    expect(rows).toHaveLength(1);
    // Facts read from it still point to it.
    const linked = await t.db
      .selectFrom('fact_sources')
      .innerJoin('items', 'items.id', 'fact_sources.item_id')
      .select(['items.source_id', 'fact_sources.publisher'])
      .execute();
    expect(linked.length).toBeGreaterThan(0);
    for (const l of linked) expect(l).toEqual({ source_id: rows[0]!.id, publisher: 'bol-nl.txt' });

    const ctx = {
      db: t.db, config: loadConfig({}), clock: fixedClock('2025-03-01T10:00:00.000Z'), log: silentLogger,
      channel: { platform: 'shell' as const, workspace: 'local', channel: 'qa' }, invoker: { id: 'u1', isAdmin: true }, services: {},
    };
    const listed = await dispatch([sources], ctx, 'sources', '');
    const shown = renderText(listed);
    expect(shown).not.toContain(dir);
    expect(shown).toContain(`#${rows[0]!.id} bol-nl.txt`);
    const table = listed.blocks.find((b) => b.kind === 'table');
    expect(JSON.stringify(table ?? {})).not.toContain('bol-nl.txt');
    expect(listed.blocks.at(-1)).toEqual({ kind: 'context', text: `Also read once by \`rivalwatch ingest\`, not polled: #${rows[0]!.id} bol-nl.txt.` });
    const removed = renderText(await dispatch([sources], ctx, 'sources', `remove ${rows[0]!.id}`));
    expect(removed).toContain(`Removed source #${rows[0]!.id}: bol-nl.txt`);
    expect(removed).not.toContain(dir);
  });

  it('sources add: a feed first read once by `rivalwatch ingest URL` becomes a polled source with the language given, not "already a source"', async () => {
    const server = await startServer({
      '/feed.xml': (_q, res) => {
        res.setHeader('content-type', 'application/rss+xml');
        res.end(rss([{ guid: 'g1', title: 'Temu en Pologne', link: 'https://fil.example/temu', text: 'Temu a lancé sa place de marché en Pologne en mars 2023.' }]));
      },
    });
    try {
      const env = { DATABASE_URL: t.url, LOG_LEVEL: 'silent', SEED: 'false', FETCH_ALLOW_PRIVATE: 'true', FETCH_HOST_INTERVAL_MS: '0' };
      expect(await ingest([server.url('/feed.xml')], quietIo(env))).toBe(0);
      const ctx = {
        db: t.db, config: loadConfig({ FETCH_ALLOW_PRIVATE: 'true' }), clock: fixedClock('2025-03-01T10:00:00.000Z'), log: silentLogger,
        channel: { platform: 'shell' as const, workspace: 'local', channel: 'qa' }, invoker: { id: 'u1', isAdmin: true }, services: {},
      };
      const added = renderText(await dispatch([sources], ctx, 'sources', `add ${server.url('/feed.xml')} fr`));
      expect(added).not.toContain('Already a source');
      const rows = await t.db.selectFrom('sources').selectAll().execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ url: server.url('/feed.xml'), enabled: 1, language: 'fr' });
      expect(added).toContain(`#${rows[0]!.id}`);
      const due = await claimDueSources(t.db, 'qa', new Date('2025-03-01T10:00:00.000Z'), 60_000, 10);
      expect(due.map((s) => s.id)).toEqual([rows[0]!.id]);
      const listed = await dispatch([sources], ctx, 'sources', '');
      expect(JSON.stringify(listed.blocks.find((b) => b.kind === 'table') ?? {})).toContain(`#${rows[0]!.id} `);
      expect(renderText(listed)).not.toContain('read once');
    } finally {
      await server.close();
    }
  });
});
