/** Levenshtein distance, bounded: stops early and returns max+1 once the distance exceeds `max`. */
export function editDistance(a, b, max = Number.POSITIVE_INFINITY) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
            cur.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The candidates closest to `word`, best first, within a distance that grows with the word's length. */
export function closest(word, candidates, limit = 3) {
    const w = word.toLowerCase();
    const max = Math.max(1, Math.min(3, Math.floor(w.length / 3)));
    const scored = [];
    for (const c of candidates) {
        const lc = c.toLowerCase();
        let d = editDistance(w, lc, max);
        if (d > max && w.length >= 3 && (lc.startsWith(w) || w.startsWith(lc)))
            d = max;
        if (d <= max)
            scored.push({ c, d });
    }
    scored.sort((x, y) => x.d - y.d || x.c.length - y.c.length || x.c.localeCompare(y.c));
    return [...new Set(scored.map((s) => s.c))].slice(0, limit);
}
//# sourceMappingURL=similar.js.map