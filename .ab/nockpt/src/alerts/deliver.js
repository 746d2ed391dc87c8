import { retryDelayMs } from './backoff.js';
import { claimDue, markDead, markRetry, markSent, release, retireRow } from './claim.js';
import { loadFactViews } from './fact-lines.js';
import { renderAlert } from './render-alert.js';
export const DEFAULT_LEASE_MS = 120_000;
const realSleep = (ms) => new Promise((r) => setTimeout(r, ms));
let claimCounter = 0;
/**
 * Claims one batch of due outbox rows and delivers them. A row is marked sent only after the
 * notifier accepted it. If the process dies between the platform accepting and the mark, the
 * claim expires and the row is sent again: at most one duplicate per row per crash, never a loss.
 */
export async function deliverDue(deps) {
    const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
    const token = `${deps.workerId}#${++claimCounter}`;
    const rows = await claimDue(deps.db, { token, now: deps.clock.now(), leaseMs, limit: deps.batchSize ?? 200 });
    const report = { claimed: rows.length, sent: 0, retried: 0, dead: 0 };
    if (!rows.length)
        return report;
    const factIds = rows.map((r) => r.factId).filter((x) => x !== null);
    const views = new Map((await loadFactViews(deps.db, [...new Set(factIds)])).map((v) => [v.id, v]));
    const byChannel = new Map();
    for (const r of rows) {
        const key = `${r.platform}|${r.workspace}|${r.channel}`;
        byChannel.set(key, [...(byChannel.get(key) ?? []), r]);
    }
    const deadline = deps.clock.now().getTime() + leaseMs / 2;
    const sendChannel = async (queue) => {
        for (const row of queue) {
            const message = messageFor(row, views);
            if (!message) {
                // This row's problem, not the channel's: the subscription keeps receiving the others.
                const reason = `${row.kind} ${row.id} has nothing to send (fact deleted or payload unreadable)`;
                await retireRow(deps.db, row.id, token, reason);
                deps.log.error('alerts: outbox row cannot be rendered; dropped', { outbox: row.id, subscription: row.subscriptionId, reason });
                report.dead++;
                continue;
            }
            const notifier = deps.notifiers[row.platform];
            if (!notifier) {
                deps.log.warn('alerts: no notifier for platform; row waits', { platform: row.platform, outbox: row.id });
                await release(deps.db, row.id, token, new Date(deps.clock.now().getTime() + 60_000).toISOString());
                continue;
            }
            if (deps.limiter) {
                const key = `${row.workspace}|${row.channel}`;
                const nowMs = deps.clock.now().getTime();
                if (deps.limiter.peek(row.platform, key, nowMs) > deadline) {
                    // Too far out to send within this claim: hand it back for a later claim instead of holding it.
                    await release(deps.db, row.id, token, new Date(deps.limiter.peek(row.platform, key, nowMs)).toISOString());
                    continue;
                }
                const wait = deps.limiter.reserve(row.platform, key, nowMs) - nowMs;
                if (wait > 0)
                    await (deps.sleep ?? realSleep)(wait);
                for (let w = deps.limiter.windowWait(row.platform, deps.clock.now().getTime()); w > 0;) {
                    await (deps.sleep ?? realSleep)(w);
                    w = deps.limiter.windowWait(row.platform, deps.clock.now().getTime());
                }
                deps.limiter.started(row.platform, key, deps.clock.now().getTime());
            }
            const result = await safeSend(notifier, { workspace: row.workspace, channel: row.channel }, message, { key: row.dedupeKey });
            await record(deps, row, token, result, report);
            // The channel is gone: markDead already retired the rest of this queue.
            if (!result.ok && result.permanent)
                break;
        }
    };
    const queues = [...byChannel.values()];
    const workers = Array.from({ length: Math.min(deps.concurrency ?? 16, queues.length) }, async () => {
        for (let q = queues.shift(); q; q = queues.shift())
            await sendChannel(q);
    });
    await Promise.all(workers);
    return report;
}
function messageFor(row, views) {
    if (row.kind === 'alert') {
        const view = row.factId === null ? undefined : views.get(row.factId);
        return view ? renderAlert(view) : undefined;
    }
    try {
        return row.payload ? JSON.parse(row.payload) : undefined;
    }
    catch {
        return undefined;
    }
}
async function safeSend(notifier, to, message, delivery) {
    try {
        return await notifier.send(to, message, delivery);
    }
    catch (err) {
        // The port promises never to throw; if one does anyway, treat it as a failure worth retrying.
        return { ok: false, permanent: false, reason: `notifier threw: ${err instanceof Error ? err.message : String(err)}` };
    }
}
async function record(deps, row, token, result, report) {
    const now = deps.clock.now();
    const where = { outbox: row.id, subscription: row.subscriptionId, platform: row.platform, channel: row.channel };
    if (result.ok) {
        if (await markSent(deps.db, row.id, token, now.toISOString()))
            report.sent++;
        else
            deps.log.warn('alerts: sent, but the claim had expired; another worker may send it again', where);
        return;
    }
    if (result.permanent) {
        await markDead(deps.db, row, token, result.reason, now.toISOString());
        deps.log.error('alerts: permanent delivery failure; subscription disabled', { ...where, reason: result.reason });
        report.dead++;
        return;
    }
    const next = new Date(now.getTime() + retryDelayMs(row.attempts + 1, deps.random));
    await markRetry(deps.db, row.id, token, result.reason, next.toISOString());
    deps.log.warn('alerts: delivery failed; will retry', { ...where, attempt: row.attempts + 1, next: next.toISOString(), reason: result.reason });
    report.retried++;
}
//# sourceMappingURL=deliver.js.map