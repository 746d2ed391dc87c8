const toCompetitor = (r) => ({
    id: r.id,
    name: r.name,
    parent: r.parent,
    headquarters: r.headquarters,
    founded: r.founded,
    businessModel: r.business_model,
    markets: parseList(r.markets),
    website: r.website,
});
function parseList(json) {
    try {
        const v = JSON.parse(json);
        return Array.isArray(v) ? v.map(String) : [];
    }
    catch {
        return [];
    }
}
const columns = ['id', 'name', 'parent', 'headquarters', 'founded', 'business_model', 'markets', 'website'];
export async function listCompetitors(db) {
    const rows = await db.selectFrom('competitors').select(columns).orderBy('name').execute();
    return rows.map(toCompetitor);
}
export async function getCompetitor(db, id) {
    const row = await db.selectFrom('competitors').select(columns).where('id', '=', id).executeTakeFirst();
    return row ? toCompetitor(row) : undefined;
}
export async function aliasesOf(db, id) {
    const rows = await db.selectFrom('aliases').select('alias').where('competitor_id', '=', id).orderBy('alias').execute();
    return rows.map((r) => r.alias);
}
/** How many enabled sources (feeds, pages) are read for a competitor. */
export async function feedCount(db, id) {
    const row = await db
        .selectFrom('sources')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('competitor_id', '=', id)
        .where('enabled', '=', 1)
        .executeTakeFirst();
    return Number(row?.n ?? 0);
}
//# sourceMappingURL=competitors.js.map