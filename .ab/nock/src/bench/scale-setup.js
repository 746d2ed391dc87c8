import { seed } from '../domain/seed.js';
import { addSource } from '../ingest/sources.js';
const COMPETITOR_IDS = ['temu', 'shein', 'amazon', 'tiktok-shop', 'bol'];
/**
 * Fills a migrated database for a scale run: the seeds (their remote feeds disabled), `sources`
 * local feeds past their first-fetch backlog so every new fact alerts, and `subscriptions` Slack
 * channels: every fifth follows everything, the others one competitor each.
 */
export async function prepareScaleDb(db, feedsUrl, opts) {
    await seed(db, opts.nowIso);
    await db.updateTable('sources').set({ enabled: 0 }).execute();
    for (let n = 0; n < opts.sources; n++)
        await addSource(db, { url: `${feedsUrl}/feed/${n}`, language: 'en', kind: 'rss' }, opts.nowIso);
    await db.updateTable('sources').set({ baseline_done: 1 }).where('url', 'like', `${feedsUrl}%`).execute();
    const rows = Array.from({ length: opts.subscriptions }, (_, i) => ({
        platform: 'slack',
        workspace: 'T1',
        channel: `C${i}`,
        competitors: i % 5 === 0 ? '[]' : JSON.stringify([COMPETITOR_IDS[i % 5]]),
        fact_types: '[]',
        min_importance: 0,
        mode: 'alerts',
        digest_time: '09:00',
        timezone: 'UTC',
        skip_empty: 1,
        disabled_reason: null,
        disabled_at: null,
        created_by: null,
        created_at: opts.nowIso,
    }));
    // Chunks keep each INSERT under SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 50)
        await db.insertInto('subscriptions').values(rows.slice(i, i + 50)).execute();
    // No ANALYZE: runs start on tables Postgres has no statistics for, as right after a bulk import,
    // and the claims must be fast anyway.
}
/** Sources still due or leased, and outbox rows not yet sent: both zero when a run is over. */
export async function scaleBacklog(db, now) {
    const nowIso = now.toISOString();
    const open = await db
        .selectFrom('sources')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('enabled', '=', 1)
        .where((eb) => eb.or([eb('next_fetch_at', 'is', null), eb('next_fetch_at', '<=', nowIso), eb('lease_until', 'is not', null)]))
        .executeTakeFirstOrThrow();
    const waiting = await db
        .selectFrom('outbox')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '!=', 'sent')
        .executeTakeFirstOrThrow();
    return { sources: Number(open.n), outbox: Number(waiting.n) };
}
//# sourceMappingURL=scale-setup.js.map