/** Sending limits of one platform: at most one message per `channelIntervalMs` per channel, one per `globalIntervalMs` overall. */
export interface RateLimit {
  channelIntervalMs: number;
  globalIntervalMs: number;
}

/**
 * Known platform limits: Slack allows about 1 message/s per channel; Discord 5 per 5 s per channel
 * and 50/s per bot. The shell has none.
 */
export const PLATFORM_LIMITS: Record<string, RateLimit> = {
  slack: { channelIntervalMs: 1000, globalIntervalMs: 0 },
  discord: { channelIntervalMs: 1000, globalIntervalMs: 20 },
  shell: { channelIntervalMs: 0, globalIntervalMs: 0 },
};

// Timers fire a little late and unevenly; spacing sends 2% wider keeps bursts under the limit.
const MARGIN = 1.02;

/**
 * Hands out send times that respect per-channel and per-platform spacing. In-process only: two
 * delivery processes each keep their own pace, so run one delivery worker per bot token.
 */
export class RateLimiter {
  private readonly channelNext = new Map<string, number>();
  private readonly globalNext = new Map<string, number>();

  constructor(private readonly limits: Record<string, RateLimit> = PLATFORM_LIMITS) {}

  /** When a message to this channel may go, without booking it. */
  peek(platform: string, channelKey: string, nowMs: number): number {
    return Math.max(nowMs, this.channelNext.get(`${platform}|${channelKey}`) ?? 0, this.globalNext.get(platform) ?? 0);
  }

  /** Books the earliest allowed send time for a message and returns it (epoch ms). */
  reserve(platform: string, channelKey: string, nowMs: number): number {
    const slot = this.peek(platform, channelKey, nowMs);
    const limit = this.limits[platform];
    if (limit) {
      if (limit.channelIntervalMs) this.channelNext.set(`${platform}|${channelKey}`, slot + limit.channelIntervalMs * MARGIN);
      if (limit.globalIntervalMs) this.globalNext.set(platform, slot + limit.globalIntervalMs * MARGIN);
    }
    if (this.channelNext.size > 50_000) this.forgetPast(nowMs);
    return slot;
  }

  private forgetPast(nowMs: number) {
    for (const [k, t] of this.channelNext) if (t < nowMs) this.channelNext.delete(k);
  }
}
