import { z } from 'zod';
import { refusedKind } from './address-policy.js';
import { isRemote } from './load-source.js';
export const SOURCE_LANGUAGES = ['en', 'fr', 'nl'];
const MAX_SOURCE_ID = 2 ** 31 - 1;
const WEB_URL = /^\s*https?:\/\//i;
const urlSchema = z
    .string()
    .trim()
    .max(2000, 'That URL is too long (2000 characters at most).')
    .refine((s) => {
    try {
        const u = new URL(s);
        return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
    }
    catch {
        return false;
    }
}, 'A source must be an http:// or https:// URL of a feed or page.')
    .refine(
// zod runs every refine even when an earlier one failed: a non-URL must not throw here.
(s) => {
    if (!URL.canParse(s))
        return true;
    const u = new URL(s);
    return !u.username && !u.password;
}, 
// Not echoed: the URL holds a password, and the reply may be seen by the whole channel.
'A source URL cannot contain a user name or password: /sources shows every URL to the channel, and feeds that need a login are not supported.')
    .transform(normalizeSourceUrl);
/**
 * The one spelling a web source is stored under, so "HTTPS://News.Example:443" and
 * "https://news.example/" are the same source: scheme and host lower-cased, the default port
 * dropped, "/" for a bare host (all as WHATWG URL does). Paths keep their case and trailing
 * slash, which servers may treat as different; the #fragment is never sent, so it goes.
 * Files and anything that is not an http(s) URL are returned unchanged.
 */
export function normalizeSourceUrl(url) {
    if (!WEB_URL.test(url))
        return url;
    try {
        const u = new URL(url);
        u.hash = '';
        return u.href;
    }
    catch {
        return url;
    }
}
/**
 * Why a web source may not be added under the fetch address policy, or null. Only a literal IP
 * or `localhost` can be judged here; a host name that resolves to a private address is refused
 * by the fetch layer when it is read.
 */
export function sourceAddressRefusal(url, policy) {
    if (!WEB_URL.test(url))
        return null;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    const local = host === 'localhost' || host.endsWith('.localhost');
    const kind = local ? refusedKind('127.0.0.1', policy) : refusedKind(host, policy);
    if (!kind)
        return null;
    const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
    return `${host} is ${article} ${kind} address: rivalwatch only reads public addresses unless FETCH_ALLOW_PRIVATE=true is set in its configuration.`;
}
/** A URL as shown in a channel: without any user name or password stored before they were refused. */
export function displaySourceUrl(url) {
    if (!WEB_URL.test(url))
        return url;
    try {
        const u = new URL(url);
        if (!u.username && !u.password)
            return url;
        u.username = '';
        u.password = '';
        return u.href;
    }
    catch {
        return url;
    }
}
/** Checks a URL typed by a person; returns a sentence to show them when it is not usable. */
export function checkSourceUrl(raw) {
    const parsed = urlSchema.safeParse(raw);
    return parsed.success ? { ok: true, url: parsed.data } : { ok: false, reason: parsed.error.issues[0].message };
}
/**
 * The source stored under this URL, or under another spelling of it: rows added before URLs were
 * normalised keep the spelling they were typed with, so web URLs are also compared normalised.
 */
export async function findSourceByUrl(db, url) {
    const normal = normalizeSourceUrl(url);
    const exact = await db.selectFrom('sources').selectAll().where('url', 'in', [...new Set([url, normal])]).executeTakeFirst();
    if (exact || !WEB_URL.test(url))
        return exact;
    // Sources are few and added rarely: comparing every stored URL here is cheaper than a migration.
    const all = await db.selectFrom('sources').select(['id', 'url']).execute();
    const same = all.find((row) => WEB_URL.test(row.url) && normalizeSourceUrl(row.url) === normal);
    return same ? db.selectFrom('sources').selectAll().where('id', '=', same.id).executeTakeFirst() : undefined;
}
/**
 * Adds a source, or returns the existing one with the same URL ({created: false}). A URL read once
 * by `rivalwatch ingest` (stored, not polled) that is now added to be polled becomes a polled
 * source with the settings given: otherwise it would answer "already a source" and never be read again.
 */
export async function addSource(db, s, nowIso) {
    const existing = await findSourceByUrl(db, s.url);
    if (existing && (existing.enabled === 1 || s.enabled === false))
        return { source: existing, created: false };
    if (existing) {
        await db
            .updateTable('sources')
            .set({
            enabled: 1,
            next_fetch_at: null,
            ...(s.language !== undefined ? { language: s.language } : {}),
            ...(s.competitorId !== undefined ? { competitor_id: s.competitorId } : {}),
            ...(s.intervalMinutes !== undefined ? { interval_minutes: s.intervalMinutes } : {}),
        })
            .where('id', '=', existing.id)
            .execute();
        return { source: await db.selectFrom('sources').selectAll().where('id', '=', existing.id).executeTakeFirstOrThrow(), created: true };
    }
    const url = normalizeSourceUrl(s.url);
    await db.deleteFrom('removed_sources').where('url', 'in', [...new Set([s.url, url])]).execute();
    await db
        .insertInto('sources')
        .values({
        url,
        kind: s.kind ?? (isRemote(url) ? 'rss' : 'file'),
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
    const source = await db.selectFrom('sources').selectAll().where('url', '=', url).executeTakeFirst();
    if (!source)
        throw new Error(`source ${url} was not stored`);
    return { source, created: true };
}
export const listSources = (db) => db.selectFrom('sources').selectAll().orderBy('id').execute();
/** Removes a source; its items stay (facts keep their provenance) but no longer point to it. */
export async function removeSource(db, id) {
    // Ids are Postgres `serial`: a larger number names no source, and would be an SQL error.
    if (!Number.isSafeInteger(id) || id < 1 || id > MAX_SOURCE_ID)
        return null;
    const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row)
        return null;
    await db.transaction().execute(async (trx) => {
        await trx.updateTable('items').set({ source_id: null }).where('source_id', '=', id).execute();
        await trx.deleteFrom('sources').where('id', '=', id).execute();
        // Remembered, so a default feed removed here stays removed when the seeds run at the next start.
        await trx
            .insertInto('removed_sources')
            // Also under its normalised spelling, which is how the seeds spell their feeds.
            .values([...new Set([row.url, normalizeSourceUrl(row.url)])].map((url) => ({ url, removed_at: new Date().toISOString() })))
            .onConflict((oc) => oc.column('url').doNothing())
            .execute();
    });
    return row;
}
//# sourceMappingURL=sources.js.map