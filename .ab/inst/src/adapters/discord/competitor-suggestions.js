export const MAX_SUGGESTIONS = 25;
/** Discord's limit for a choice's name and value. */
const MAX_CHOICE = 100;
/**
 * Competitors whose name, id or alias matches what was typed so far: prefix matches before
 * substring matches, names before aliases. When the whole text matches nothing but its last word
 * does ("tiktok te"), the earlier words are kept and the last one completed ("tiktok temu"), for
 * options that take several competitors. The tables are small, so matching in memory keeps the
 * SQL portable (LIKE's case rules differ by dialect).
 */
export async function suggestCompetitors(db, typed) {
    const [competitors, aliases] = await Promise.all([
        db.selectFrom('competitors').select(['id', 'name']).orderBy('name').execute(),
        db.selectFrom('aliases').select(['alias', 'competitor_id']).orderBy('alias').execute(),
    ]);
    const named = competitors.map((c) => ({
        ...c,
        aliases: aliases.filter((a) => a.competitor_id === c.id).map((a) => normalise(a.alias)),
    }));
    const q = normalise(typed);
    const whole = rank(named, q);
    if (whole.length || !q.includes(' '))
        return whole.slice(0, MAX_SUGGESTIONS);
    const cut = q.lastIndexOf(' ');
    const before = q.slice(0, cut);
    const others = named.filter((c) => !alreadyNamed(c, before));
    return rank(others, q.slice(cut + 1))
        .map((s) => ({ name: `${before} + ${s.name}`.slice(0, MAX_CHOICE), value: `${before} ${s.value}` }))
        .filter((s) => s.value.length <= MAX_CHOICE)
        .slice(0, MAX_SUGGESTIONS);
}
function rank(named, q) {
    const hits = [];
    for (const c of named) {
        const byName = matchRank(normalise(c.name), q) ?? matchRank(c.id, q);
        if (byName !== undefined) {
            hits.push({ rank: byName, suggestion: { name: c.name.slice(0, MAX_CHOICE), value: c.id } });
            continue;
        }
        const alias = c.aliases
            .map((a) => ({ a, r: matchRank(a, q) }))
            .filter((x) => x.r !== undefined)
            .sort((x, y) => x.r - y.r)[0];
        if (alias)
            hits.push({ rank: alias.r + 2, suggestion: { name: `${c.name} (${alias.a})`.slice(0, MAX_CHOICE), value: c.id } });
    }
    return hits.sort((a, b) => a.rank - b.rank || a.suggestion.name.localeCompare(b.suggestion.name)).map((h) => h.suggestion);
}
/** Whether the words typed before already name this competitor ("tiktok te" should not offer TikTok Shop again). */
function alreadyNamed(c, before) {
    const words = ` ${before} `;
    return [c.id, normalise(c.name), ...c.aliases].some((key) => words.includes(` ${key} `));
}
/** 0: starts with the query, 1: contains it; undefined: no match. An empty query matches all. */
function matchRank(text, q) {
    if (text.startsWith(q))
        return 0;
    return text.includes(q) ? 1 : undefined;
}
const normalise = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
//# sourceMappingURL=competitor-suggestions.js.map