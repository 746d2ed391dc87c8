import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../commands/sources.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import type { CommandContext } from '../../src/core/command.js';
import { dispatch } from '../../src/core/dispatch.js';
import { silentLogger } from '../../src/logger.js';
import type { Reply, TableBlock } from '../../src/messages/reply.js';
import { seedCompetitors } from '../ingest/helpers/competitors.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

let db: TestDb;
beforeAll(async () => {
  db = await testDb();
  await seedCompetitors(db.db);
});
afterAll(() => db.cleanup());

const ctx = (isAdmin: boolean): CommandContext => ({
  db: db.db,
  config: loadConfig({}),
  clock: fixedClock('2024-04-01T10:00:00.000Z'),
  log: silentLogger,
  channel: { platform: 'shell', workspace: 'local', channel: 'test' },
  invoker: { id: 'u1', isAdmin },
  services: {},
});
const run = (text: string, admin = true) => dispatch([sources], ctx(admin), 'sources', text);
const text = (r: Reply) => r.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

describe('/sources', () => {
  it('sources: an empty list says how to add one', async () => {
    const r = await run('');
    expect(r.status).toBe('ok');
    expect(text(r)).toContain('No sources yet.');
  });

  it('sources add: an admin adds a feed with a language and a competitor', async () => {
    const r = await run('add https://news.example/feed.xml fr temu');
    expect(r.status).toBe('ok');
    expect(text(r)).toMatch(/^Added source #\d+: https:\/\/news\.example\/feed\.xml/);
    const row = await db.db.selectFrom('sources').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ language: 'fr', competitor_id: 'temu', enabled: 1, baseline_done: 0 });
  });

  it('sources add: from a one-shot CLI run, where nothing polls, the reply says when it will be fetched', async () => {
    const r = await dispatch([sources], { ...ctx(true), pollsSources: false }, 'sources', 'add https://news.example/one-shot.xml');
    expect(r.status).toBe('ok');
    expect(text(r)).not.toContain('within a minute');
    expect(text(r)).toContain('Fetched at the next poll of a running `npm start` (or now by `rivalwatch ingest --all`)');
    expect(text(await run('add https://news.example/polled.xml'))).toContain('Fetched within a minute');
    await db.db.deleteFrom('sources').where('url', 'in', ['https://news.example/one-shot.xml', 'https://news.example/polled.xml']).execute();
  });

  it('sources add: the same URL twice is reported, not duplicated', async () => {
    expect(text(await run('add https://news.example/feed.xml'))).toMatch(/^Already a source: #\d+/);
  });

  it('sources add: a non-admin is refused', async () => {
    const r = await run('add https://other.example/feed.xml', false);
    expect(r.status).toBe('refused');
  });

  it('sources add: not a URL gets a usage reply', async () => {
    const r = await run('add ftp://x.example/feed');
    expect(r.status).toBe('usage');
    expect(text(r)).toContain('A source must be an http:// or https:// URL');
  });

  for (const bad of ['not-a-url', 'https://', 'http://:80/feed']) {
    it(`sources add: "${bad}" gets the usage reply, not a crash`, async () => {
      const r = await run(`add ${bad}`);
      expect(r.status).toBe('usage');
      expect(text(r)).toContain('A source must be an http:// or https:// URL');
    });
  }

  it('sources add: an unknown competitor suggests the closest', async () => {
    const r = await run('add https://third.example/rss temo');
    expect(r.status).toBe('not_found');
    expect(text(r)).toContain('Did you mean Temu?');
  });

  it('sources add: the competitor is read like everywhere else: any case, several words, aliases; one per source', async () => {
    const r = await run('add https://fourth.example/rss nl TikTok Shop');
    expect(r.status).toBe('ok');
    const row = await db.db.selectFrom('sources').selectAll().where('url', '=', 'https://fourth.example/rss').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ language: 'nl', competitor_id: 'tiktok-shop' });
    expect((await run('add https://fifth.example/rss TEMU')).status).toBe('ok');
    const two = await run('add https://sixth.example/rss temu shein');
    expect(two.status).toBe('usage');
    expect(text(two)).toContain('One competitor per source');
    await db.db.deleteFrom('sources').where('url', 'in', ['https://fourth.example/rss', 'https://fifth.example/rss']).execute();
  });

  it('sources: lists health per source', async () => {
    await db.db.updateTable('sources').set({ consecutive_failures: 2, last_error: 'HTTP 404', last_error_at: '2024-04-01T09:00:00.000Z' }).execute();
    const r = await run('');
    const table = r.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['failing ×2', '—', 'HTTP 404', '0', '0', 'now']);
    expect(text(r)).toContain('Sources (1, 1 failing)');
  });

  it('sources: files and URLs read once by `rivalwatch ingest` are listed apart from polled feeds, newest first, by name', async () => {
    const paths = Array.from({ length: 7 }, (_, i) => `/tmp/qa-in/once-${i}.xml`);
    await db.db
      .insertInto('sources')
      .values(paths.map((url) => ({ url, kind: 'file', interval_minutes: 60, enabled: 0, consecutive_failures: 0, items_count: 3, facts_count: 1, baseline_done: 1, last_success_at: '2024-04-01T08:00:00.000Z', created_at: '2024-04-01T08:00:00.000Z' })))
      .execute();
    const ids = (await db.db.selectFrom('sources').select('id').where('enabled', '=', 0).orderBy('id').execute()).map((r) => r.id);
    const r = await run('');
    const table = r.blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.rows.map((row) => row.label).some((l) => l.includes('once-'))).toBe(false);
    expect(text(r)).toContain('Sources (1, 1 failing)');
    const named = [6, 5, 4, 3, 2].map((i) => `#${ids[i]} once-${i}.xml`).join(', ');
    expect(r.blocks.at(-1)).toEqual({ kind: 'context', text: `Also read once by \`rivalwatch ingest\`, not polled: ${named} and 2 more.` });
    expect(JSON.stringify(r)).not.toContain('/tmp/qa-in');
    await db.db.deleteFrom('sources').where('url', 'in', paths).execute();
  });

  it('sources remove: an admin removes by number; an unknown number is not found', async () => {
    const row = await db.db.selectFrom('sources').select('id').executeTakeFirstOrThrow();
    expect((await run(`remove ${row.id}`, false)).status).toBe('refused');
    expect(text(await run(`remove ${row.id}`))).toContain(`Removed source #${row.id}`);
    expect((await run(`remove ${row.id}`)).status).toBe('not_found');
    expect((await run('remove abc')).status).toBe('usage');
  });

  it('sources add: a two-letter language other than en, fr, nl is a language message, not "unknown competitor"', async () => {
    const r = await run('add https://qa1.example/rss de');
    expect(r.status).toBe('usage');
    expect(text(r)).toContain('Language must be en, fr or nl: "de" (German) is not read.');
    expect(text(await run('add https://qa1.example/rss temu ES'))).toContain('"es" (Spanish)');
    expect(await db.db.selectFrom('sources').select('id').where('url', 'like', '%qa1%').execute()).toEqual([]);
  });

  it('sources add: a URL with a user name or password is refused without echoing it', async () => {
    const r = await run('add https://bob:hunter2@qa2.example/rss');
    expect(r.status).toBe('usage');
    expect(text(r)).toContain('cannot contain a user name or password');
    expect(text(r)).not.toContain('hunter2');
    expect(await db.db.selectFrom('sources').select('id').where('url', 'like', '%qa2%').execute()).toEqual([]);
  });

  it('sources add: scheme and host case, the default port and a bare host’s slash do not make a new source', async () => {
    const added = await run('add HTTPS://QA3.EXAMPLE.COM:443/rss');
    expect(text(added)).toMatch(/^Added source #\d+: https:\/\/qa3\.example\.com\/rss$/m);
    expect(text(await run('add https://qa3.example.com/rss'))).toMatch(/^Already a source: #\d+ https:\/\/qa3\.example\.com\/rss/);
    expect(text(await run('add https://qa3.example.com/RSS'))).toMatch(/^Added source/);
    await run('add https://QA4.example.com');
    expect(text(await run('add https://qa4.example.com/'))).toMatch(/^Already a source/);
    expect(await db.db.selectFrom('sources').select('url').where('url', 'like', '%qa4%').execute()).toEqual([{ url: 'https://qa4.example.com/' }]);
  });

  it('sources add: a row stored before URLs were normalised is still found under its other spelling', async () => {
    await db.db
      .insertInto('sources')
      .values({ url: 'HTTP://Legacy.Example:80', kind: 'rss', interval_minutes: 30, enabled: 1, consecutive_failures: 0, items_count: 0, facts_count: 0, baseline_done: 0, created_at: '2024-04-01T08:00:00.000Z' })
      .execute();
    expect(text(await run('add http://legacy.example/'))).toMatch(/^Already a source: #\d+ HTTP:\/\/Legacy\.Example:80/);
    expect(await db.db.selectFrom('sources').select('id').where('url', 'like', '%egacy%').execute()).toHaveLength(1);
  });

  it('sources add: loopback and private addresses are refused at once, naming FETCH_ALLOW_PRIVATE', async () => {
    for (const url of ['http://127.0.0.1:8080/feed', 'http://localhost/feed', 'http://[::1]/feed', 'http://192.168.1.10/rss', 'http://10.1.2.3/']) {
      const r = await run(`add ${url}`);
      expect(r.status, url).toBe('refused');
      expect(text(r)).toContain('FETCH_ALLOW_PRIVATE=true');
    }
    expect(text(await run('add http://192.168.1.10/rss'))).toContain('192.168.1.10 is a private address');
    expect(await db.db.selectFrom('sources').select('id').where('url', 'like', '%192.168%').execute()).toEqual([]);
    const allowed = await dispatch([sources], { ...ctx(true), config: loadConfig({ FETCH_ALLOW_PRIVATE: 'true' }) }, 'sources', 'add http://192.168.1.10/rss');
    expect(allowed.status).toBe('ok');
  });

  it('sources: a password stored before such URLs were refused is never shown', async () => {
    await db.db
      .insertInto('sources')
      .values({ url: 'https://amy:s3cret@old.example/feed', kind: 'rss', interval_minutes: 30, enabled: 1, consecutive_failures: 0, items_count: 0, facts_count: 0, baseline_done: 0, created_at: '2024-04-01T08:00:00.000Z' })
      .execute();
    const table = (await run('')).blocks.find((b) => b.kind === 'table') as TableBlock;
    expect(table.rows.map((r) => r.label)).toContainEqual(expect.stringMatching(/^#\d+ https:\/\/old\.example\/feed$/));
    expect(JSON.stringify(table)).not.toContain('s3cret');
  });

  it('sources remove: a row stored under an old spelling is remembered as removed under the normalised one too', async () => {
    const legacy = await db.db.selectFrom('sources').select('id').where('url', '=', 'HTTP://Legacy.Example:80').executeTakeFirstOrThrow();
    await run(`remove ${legacy.id}`);
    const removed = await db.db.selectFrom('removed_sources').select('url').where('url', 'like', '%egacy%').orderBy('url').execute();
    expect(removed.map((r) => r.url).sort()).toEqual(['HTTP://Legacy.Example:80', 'http://legacy.example/'].sort());
    expect(text(await run('add http://LEGACY.example'))).toMatch(/^Added source/);
    expect(await db.db.selectFrom('removed_sources').select('url').where('url', 'like', '%egacy%').execute()).toEqual([
      { url: 'HTTP://Legacy.Example:80' },
    ]);
  });
});
