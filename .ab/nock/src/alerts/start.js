import { hostname } from 'node:os';
import { deliverDue } from './deliver.js';
import { runDigestTick } from './digest-tick.js';
import { PLATFORM_LIMITS, RateLimiter } from './rate-limiter.js';
/**
 * Starts the delivery loop and the minute digest tick. Safe to run in several processes on one
 * database: claims and the digests key keep every message single. `stop()` waits for the batch
 * in flight to finish recording.
 */
export function startAlerts(deps) {
    const workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
    const limiter = new RateLimiter(deps.limits ?? PLATFORM_LIMITS);
    let stopped = false;
    let wake;
    const idle = (ms) => new Promise((resolve) => {
        const t = setTimeout(resolve, ms);
        wake = () => {
            clearTimeout(t);
            resolve();
        };
    });
    const deliveryLoop = (async () => {
        while (!stopped) {
            try {
                const r = await deliverDue({ db: deps.db, clock: deps.clock, log: deps.log, notifiers: deps.notifiers, workerId, limiter });
                if (r.claimed)
                    continue;
            }
            catch (err) {
                deps.log.error('alerts: delivery batch failed; retrying shortly', { err });
            }
            if (!stopped)
                await idle(deps.pollMs ?? 2000);
        }
    })();
    let ticking = Promise.resolve();
    const tick = () => {
        ticking = ticking.then(async () => {
            if (stopped)
                return;
            try {
                const r = await runDigestTick({ db: deps.db, clock: deps.clock, log: deps.log });
                if (r.queued)
                    wake?.();
            }
            catch (err) {
                deps.log.error('alerts: digest tick failed; next minute tries again', { err });
            }
        });
    };
    tick();
    const timer = setInterval(tick, deps.tickMs ?? 60_000);
    return {
        wake: () => wake?.(),
        async stop() {
            stopped = true;
            clearInterval(timer);
            wake?.();
            await Promise.all([deliveryLoop, ticking]);
        },
    };
}
//# sourceMappingURL=start.js.map