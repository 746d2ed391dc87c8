/** First retry after about this long; each failure doubles it up to MAX_DELAY_MS. */
export const BASE_DELAY_MS = 10_000;
export const MAX_DELAY_MS = 60 * 60_000;
/**
 * Delay before the next attempt after `attempts` failures: exponential, capped, with "equal
 * jitter" (half fixed, half random) so channels that failed together do not retry together.
 */
export function retryDelayMs(attempts, random = Math.random) {
    const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
//# sourceMappingURL=backoff.js.map