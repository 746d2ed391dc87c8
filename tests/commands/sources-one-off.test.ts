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
import { silentLogger } from '../../src/logger.js';
import { renderText } from '../../src/messages/render-text.js';
import { seedCompetitors } from '../ingest/helpers/competitors.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

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
});
