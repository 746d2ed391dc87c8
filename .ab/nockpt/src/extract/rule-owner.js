/**
 * Whether a rule told in a sentence that names no tracked company has gone to the wrong one. Such a
 * sentence takes its company from the sentence before ("Bol en Coolblue pleiten voor zo'n
 * heffing. De heffing kan in 2026 ingaan."), but once the article has told whom the rule is aimed
 * at, a rule told again without names is about them, not about whoever spoke last.
 */
export function strayRule(fact, mentions, earlier) {
    if (fact.event !== 'regulation' || (mentions ?? []).some((m) => m.competitor !== null))
        return false;
    const ruled = new Set(earlier.filter((f) => f.event === 'regulation').map((f) => f.competitor));
    return ruled.size > 0 && !ruled.has(fact.competitor);
}
//# sourceMappingURL=rule-owner.js.map