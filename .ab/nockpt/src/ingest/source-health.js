/** Longest wait before retrying a failing source. */
export const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
const FIRST_RETRY_MS = 5 * 60 * 1000;
/**
 * When to try a source again after `failures` failures in a row: doubling from 5 minutes, never
 * sooner than its normal interval, capped at 6 hours, ±20% jitter so sources that broke together
 * do not retry together.
 */
export function backoffMs(failures, intervalMinutes, random = Math.random) {
    const doubling = FIRST_RETRY_MS * 2 ** Math.min(Math.max(failures - 1, 0), 20);
    const base = Math.min(MAX_BACKOFF_MS, Math.max(intervalMinutes * 60_000, doubling));
    return Math.round(Math.min(MAX_BACKOFF_MS, base * (0.8 + 0.4 * random())));
}
/** Records a good fetch (a 304 included), clears the failure streak and releases the lease. */
export async function markSuccess(db, sourceId, s) {
    await db
        .updateTable('sources')
        .set((eb) => ({
        last_fetch_at: s.nowIso,
        last_success_at: s.nowIso,
        consecutive_failures: 0,
        next_fetch_at: s.nextFetchIso,
        items_count: eb('items_count', '+', s.itemsAdded),
        facts_count: eb('facts_count', '+', s.factsAdded),
        baseline_done: 1,
        lease_owner: null,
        lease_until: null,
        ...(s.kind ? { kind: s.kind } : {}),
        ...(s.etag !== undefined ? { etag: s.etag } : {}),
        ...(s.lastModified !== undefined ? { last_modified: s.lastModified } : {}),
    }))
        .where('id', '=', sourceId)
        .execute();
}
/** Records a failed fetch with its one-line reason and schedules the retry with backoff. */
export async function markFailure(db, sourceId, reason, nowMs, random = Math.random) {
    const row = await db
        .selectFrom('sources')
        .select(['consecutive_failures', 'interval_minutes'])
        .where('id', '=', sourceId)
        .executeTakeFirst();
    const failures = (row?.consecutive_failures ?? 0) + 1;
    const nextFetchIso = new Date(nowMs + backoffMs(failures, row?.interval_minutes ?? 30, random)).toISOString();
    const nowIso = new Date(nowMs).toISOString();
    await db
        .updateTable('sources')
        .set({
        last_fetch_at: nowIso,
        last_error: reason.slice(0, 500),
        last_error_at: nowIso,
        consecutive_failures: failures,
        next_fetch_at: nextFetchIso,
        lease_owner: null,
        lease_until: null,
    })
        .where('id', '=', sourceId)
        .execute();
    return { failures, nextFetchIso };
}
//# sourceMappingURL=source-health.js.map