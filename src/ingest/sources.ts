import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema.js';
import type { SourceRow } from './lease.js';
import { isRemote } from './load-source.js';

export const SOURCE_LANGUAGES = ['en', 'fr', 'nl'] as const;

const urlSchema = z
  .string()
  .trim()
  .max(2000, 'That URL is too long (2000 characters at most).')
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'A source must be an http:// or https:// URL of a feed or page.');

export interface NewSource {
  url: string;
  language?: string | null;
  competitorId?: string | null;
  name?: string | null;
  /** rss | page | file; corrected by the first fetch. */
  kind?: string;
  intervalMinutes?: number;
  /** 0 for one-off inputs of the CLI that are not polled. */
  enabled?: boolean;
}

/** Checks a URL typed by a person; returns a sentence to show them when it is not usable. */
export function checkSourceUrl(raw: string): { ok: true; url: string } | { ok: false; reason: string } {
  const parsed = urlSchema.safeParse(raw);
  return parsed.success ? { ok: true, url: parsed.data } : { ok: false, reason: parsed.error.issues[0]!.message };
}

export const findSourceByUrl = (db: Kysely<Database>, url: string) =>
  db.selectFrom('sources').selectAll().where('url', '=', url).executeTakeFirst();

/** Adds a source, or returns the existing one with the same URL ({created: false}). */
export async function addSource(db: Kysely<Database>, s: NewSource, nowIso: string): Promise<{ source: SourceRow; created: boolean }> {
  const existing = await findSourceByUrl(db, s.url);
  if (existing) return { source: existing, created: false };
  await db.deleteFrom('removed_sources').where('url', '=', s.url).execute();
  await db
    .insertInto('sources')
    .values({
      url: s.url,
      kind: s.kind ?? (isRemote(s.url) ? 'rss' : 'file'),
      name: s.name ?? null,
      language: s.language ?? null,
      competitor_id: s.competitorId ?? null,
      interval_minutes: s.intervalMinutes ?? 30,
      enabled: s.enabled === false ? 0 : 1,
      consecutive_failures: 0,
      items_count: 0,
      facts_count: 0,
      baseline_done: 0,
      created_at: nowIso,
    })
    .execute();
  const source = await findSourceByUrl(db, s.url);
  if (!source) throw new Error(`source ${s.url} was not stored`);
  return { source, created: true };
}

export const listSources = (db: Kysely<Database>) => db.selectFrom('sources').selectAll().orderBy('id').execute();

/** Removes a source; its items stay (facts keep their provenance) but no longer point to it. */
export async function removeSource(db: Kysely<Database>, id: number): Promise<SourceRow | null> {
  const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('items').set({ source_id: null }).where('source_id', '=', id).execute();
    await trx.deleteFrom('sources').where('id', '=', id).execute();
    // Remembered, so a default feed removed here stays removed when the seeds run at the next start.
    await trx
      .insertInto('removed_sources')
      .values({ url: row.url, removed_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('url').doNothing())
      .execute();
  });
  return row;
}
