const HIGH_EVENTS = new Set(['launch', 'expansion', 'suspension', 'exit', 'regulation']);
/** 0–3. Events that change where a competitor operates rank high; a metric ranks by how far it moved. */
export function importanceOf(fact, opts = {}) {
    if (opts.conflict)
        return 3;
    if (fact.type === 'event')
        return HIGH_EVENTS.has(fact.event ?? '') ? 3 : 2;
    const prev = opts.previousValue;
    if (prev === undefined || prev === null || prev === 0 || fact.value === undefined)
        return 2;
    const change = Math.abs(fact.value - prev) / Math.abs(prev);
    return change >= 0.2 ? 3 : change >= 0.05 ? 2 : 1;
}
//# sourceMappingURL=importance.js.map