/**
 * The reading of a figure set against the one before it for another company: "een aandeel van 6
 * procent in de Nederlandse onlinemarkt, tegen 25 procent voor bol", "3% of the market, against
 * 21% for Zalando", "4 % du marché, contre 9 % pour Amazon". The comparison says the second figure
 * counts what the first one counted, however far from its cue words it stands.
 */
export function comparedReading(q, competitor, before) {
    if (!before || before.competitor === competitor || before.kind !== q.kind)
        return null;
    return { ...before.reading, value: q.kind === 'percent' ? Math.abs(q.value) : q.value };
}
//# sourceMappingURL=compared-reading.js.map