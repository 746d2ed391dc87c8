import { ingestSource } from './ingest-source.js';
import { KeyClaims } from './key-claims.js';
import { isRemote } from './load-source.js';
import { StoryIndex } from './story-index.js';
import { addTally, emptyTally } from './tally.js';
/** How far back a retold story is looked for. */
export const STORY_WINDOW_DAYS = 14;
/** The host a source is paced under (as safeFetch paces its first request), or null for a file. */
function hostOf(source) {
    if (!isRemote(source.url))
        return null;
    try {
        return new URL(source.url).host;
    }
    catch {
        return null;
    }
}
/**
 * Ingests sources with at most `concurrency` at once; each source is isolated (ingestSource never
 * throws). A worker takes the earliest-listed source whose host may be fetched now (its pace
 * interval has passed) rather than the next in line, so fifteen feeds on one paced host do not
 * hold every slot asleep while a source on another host waits; and while other hosts have sources
 * waiting, one host has at most `concurrency - 1` in flight, so sources hanging on one host leave
 * a slot for the rest. A worker sleeps only when no waiting source can start, until one can or a
 * source ends.
 */
export async function runSources(deps, sources, opts) {
    const since = new Date(deps.clock.now().getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
    const run = { stories: await StoryIndex.load(deps.db, since), claims: new KeyClaims() };
    const reports = new Array(sources.length);
    const workers = Math.max(1, Math.min(opts.concurrency, sources.length));
    const perHost = Math.max(1, workers - 1);
    // One queue per host (files under null), each in the order given.
    const queues = new Map();
    for (const [i, s] of sources.entries()) {
        const host = hostOf(s);
        const queue = queues.get(host);
        if (queue)
            queue.push(i);
        else
            queues.set(host, [i]);
    }
    const inFlight = new Map();
    const pace = deps.fetch.pace;
    let waitingTotal = sources.length;
    let done = 0;
    let ended = () => { };
    let sourceEnded = new Promise((r) => (ended = r));
    /**
     * The earliest-listed waiting source whose host can start now, or how long until one can (null:
     * not before a source ends). A host at its in-flight cap waits only while other hosts have work.
     */
    const pick = () => {
        let best = null;
        let waitMs = null;
        for (const [host, queue] of queues) {
            const head = queue[0];
            if (best && best.index < head)
                continue;
            if (host !== null) {
                if ((inFlight.get(host) ?? 0) >= perHost && waitingTotal > queue.length)
                    continue;
                const readyIn = pace?.readyIn(host) ?? 0;
                if (readyIn > 0) {
                    waitMs = waitMs === null ? readyIn : Math.min(waitMs, readyIn);
                    continue;
                }
            }
            best = { index: head, host };
        }
        if (!best)
            return { waitMs };
        const queue = queues.get(best.host);
        queue.shift();
        if (!queue.length)
            queues.delete(best.host);
        waitingTotal--;
        return best;
    };
    const worker = async () => {
        while (waitingTotal > 0) {
            const next = pick();
            if (!('index' in next)) {
                let timer;
                const ready = next.waitMs === null ? null : new Promise((r) => (timer = setTimeout(r, next.waitMs)));
                await (ready ? Promise.race([ready, sourceEnded]) : sourceEnded);
                clearTimeout(timer);
                continue;
            }
            const { index: i, host } = next;
            if (host)
                inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
            opts.onStart?.(sources[i]);
            // ingestSource takes the host's pace slot before its first await, so the next pick sees it taken.
            reports[i] = await ingestSource(deps, sources[i], run);
            if (host)
                inFlight.set(host, inFlight.get(host) - 1);
            const wake = ended;
            sourceEnded = new Promise((r) => (ended = r));
            wake();
            opts.onDone?.(reports[i], ++done, sources.length);
        }
    };
    await Promise.all(Array.from({ length: workers }, worker));
    const total = emptyTally();
    for (const r of reports)
        addTally(total, r.tally);
    return { sources: reports, total, failed: reports.filter((r) => !r.ok).length };
}
//# sourceMappingURL=run-sources.js.map