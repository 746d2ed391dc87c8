/**
 * Known platform limits: Slack allows about 1 message/s per channel; Discord 5 per 5 s per channel
 * and 50/s per bot. The shell has none.
 */
export const PLATFORM_LIMITS = {
    slack: { channelIntervalMs: 1000, globalIntervalMs: 0 },
    discord: { channelIntervalMs: 1000, globalIntervalMs: 20 },
    shell: { channelIntervalMs: 0, globalIntervalMs: 0 },
};
// Clocks differ by a millisecond here and there (ours vs the platform's); 1% wider than the limit absorbs that.
const MARGIN = 1.01;
/**
 * Hands out send times that respect per-channel spacing (booked ahead, so a channel's queue
 * sleeps until its slot) and the platform's per-second limit (checked on actual start times
 * right before each send, see windowWait). In-process only: two
 * delivery processes each keep their own pace, so run one delivery worker per bot token.
 */
export class RateLimiter {
    limits;
    channelNext = new Map();
    /** Actual start times of recent sends per platform (the last second's worth). */
    starts = new Map();
    constructor(limits = PLATFORM_LIMITS) {
        this.limits = limits;
    }
    /** When a message to this channel may go, without booking it. */
    peek(platform, channelKey, nowMs) {
        return Math.max(nowMs, this.channelNext.get(`${platform}|${channelKey}`) ?? 0);
    }
    /** Books the earliest send time the channel allows and returns it (epoch ms). */
    reserve(platform, channelKey, nowMs) {
        const slot = this.peek(platform, channelKey, nowMs);
        const limit = this.limits[platform];
        if (limit) {
            if (limit.channelIntervalMs)
                this.channelNext.set(`${platform}|${channelKey}`, slot + limit.channelIntervalMs * MARGIN);
        }
        if (this.channelNext.size > 50_000)
            this.forgetPast(nowMs);
        return slot;
    }
    /**
     * How long to wait, right before sending, so that the sends that really started in the last
     * second stay under the platform's per-second limit. Booked slots can bunch when timers fire
     * late; this check on actual start times is what keeps the platform from refusing a message.
     */
    windowWait(platform, nowMs) {
        const limit = this.limits[platform];
        if (!limit?.globalIntervalMs)
            return 0;
        const perWindow = Math.max(1, Math.floor(1000 / limit.globalIntervalMs));
        const starts = this.starts.get(platform) ?? [];
        const window = 1000 * MARGIN;
        while (starts.length && starts[0] <= nowMs - window)
            starts.shift();
        return starts.length < perWindow ? 0 : starts[starts.length - perWindow] + window - nowMs;
    }
    /** Records when a booked send really started: a late timer pushes the channel's next slot back. */
    started(platform, channelKey, atMs) {
        const limit = this.limits[platform];
        if (!limit)
            return;
        if (limit.globalIntervalMs)
            this.starts.set(platform, [...(this.starts.get(platform) ?? []), atMs]);
        if (!limit.channelIntervalMs)
            return;
        const key = `${platform}|${channelKey}`;
        this.channelNext.set(key, Math.max(this.channelNext.get(key) ?? 0, atMs + limit.channelIntervalMs * MARGIN));
    }
    forgetPast(nowMs) {
        for (const [k, t] of this.channelNext)
            if (t < nowMs)
                this.channelNext.delete(k);
    }
}
//# sourceMappingURL=rate-limiter.js.map