/**
 * Keeps a minimum interval between requests to the same host, so several sources on one site
 * (or redirects to it) do not hammer it. Slots are reserved synchronously, so concurrent callers
 * queue up rather than all passing at once.
 */
export class HostPace {
    minIntervalMs;
    now;
    nextAt = new Map();
    constructor(minIntervalMs, now = Date.now) {
        this.minIntervalMs = minIntervalMs;
        this.now = now;
    }
    /** Resolves when a request to this host may start. */
    async wait(host) {
        const now = this.now();
        const at = Math.max(now, this.nextAt.get(host) ?? 0);
        this.nextAt.set(host, at + this.minIntervalMs);
        if (this.nextAt.size > 10_000)
            this.forgetPast(now);
        if (at > now)
            await new Promise((r) => setTimeout(r, at - now));
    }
    /** Milliseconds until a request to this host would start without waiting (0: now); reserves nothing. */
    readyIn(host) {
        return Math.max(0, (this.nextAt.get(host) ?? 0) - this.now());
    }
    forgetPast(now) {
        for (const [host, at] of this.nextAt)
            if (at < now)
                this.nextAt.delete(host);
    }
}
//# sourceMappingURL=host-pace.js.map