/**
 * Times `run` as it comes: no collection forced first. A forced full collection before each pass
 * (tried) shrank the young generation, and the raw parse, which makes garbage fastest, then took
 * 45% more CPU time than in a process left alone: a baseline slowed that way flatters the ratio.
 */
export async function timed(run) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const value = await run();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1000, value };
}
export function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/** "148 (138–247)": the median and range of passes, in whole units. */
export const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
//# sourceMappingURL=ingest-measure.js.map