/**
 * A headline rounds a change into a multiple that the body tells as a percentage: "PDD's revenue
 * more than doubles" over "revenue rose 123%", "Bol verdubbelt zijn winst" over "de winst steeg
 * met 104 procent". The title's multiple is the same fact in another unit, and goes.
 */
export function withoutTitleMultiple(facts, title) {
    const multiples = facts.filter((f) => f.quote === title && f.metric === 'growth' && f.unit === 'ratio');
    if (multiples.length === 0)
        return facts;
    const told = (m) => facts.some((f) => f.quote !== title && f.competitor === m.competitor && f.metric === 'growth' && f.unit === 'percent' && sameChange(m.value ?? 0, f.value ?? 0));
    return facts.filter((f) => !multiples.includes(f) || !told(f));
}
// "doubles" is 100% or more up to the next multiple; a percentage a little under it is rounded up.
function sameChange(ratio, percent) {
    const asRatio = 1 + percent / 100;
    return asRatio >= ratio - 0.1 && asRatio < ratio + 1;
}
//# sourceMappingURL=title-multiple.js.map