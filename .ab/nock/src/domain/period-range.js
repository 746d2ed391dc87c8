/**
 * The time a fact's period covers, as [start, end) in ms since the epoch (UTC): `2023`,
 * `2023-H1`, `2023-Q3`, `2023-09`, `2023-09-14` and ranges `2023-09/2023-11`. Null for anything
 * else, so a caller falls back to publication dates rather than guess.
 */
export function periodRange(period) {
    const [from, to = from] = period.split('/');
    const a = bounds(from);
    const b = bounds(to);
    return a && b && a.start < b.end ? { start: a.start, end: b.end } : null;
}
function bounds(p) {
    const m = /^(\d{4})(?:-(?:(H[12])|(Q[1-4])|(\d{2})(?:-(\d{2}))?))?$/.exec(p);
    if (!m)
        return null;
    const year = Number(m[1]);
    if (m[2])
        return months(year, m[2] === 'H1' ? 0 : 6, 6);
    if (m[3])
        return months(year, (Number(m[3][1]) - 1) * 3, 3);
    if (m[4] === undefined)
        return months(year, 0, 12);
    const month = Number(m[4]) - 1;
    if (month < 0 || month > 11)
        return null;
    if (m[5] === undefined)
        return months(year, month, 1);
    const start = Date.UTC(year, month, Number(m[5]));
    return { start, end: start + 86_400_000 };
}
const months = (year, first, count) => ({ start: Date.UTC(year, first, 1), end: Date.UTC(year, first + count, 1) });
/** Days between two spans of time: 0 when they overlap. */
export function daysApart(a, b) {
    const gap = Math.max(a.start - b.end, b.start - a.end, 0);
    return gap / 86_400_000;
}
//# sourceMappingURL=period-range.js.map