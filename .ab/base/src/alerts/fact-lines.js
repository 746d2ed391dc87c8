import { formatValue } from '../domain/format-value.js';
import { factText } from '../messages/fact-text.js';
/**
 * Loads facts for display in few queries (one for facts, one for their sources, one for rivals),
 * whatever the count: a digest of 40 facts costs three queries, not 120.
 */
export async function loadFactViews(db, ids) {
    if (!ids.length)
        return [];
    const facts = await db
        .selectFrom('facts')
        .innerJoin('competitors', 'competitors.id', 'facts.competitor_id')
        .select([
        'facts.id', 'facts.competitor_id', 'competitors.name as competitor_name', 'facts.type', 'facts.name',
        'facts.value', 'facts.unit', 'facts.summary', 'facts.status', 'facts.market', 'facts.period', 'facts.as_of', 'facts.importance',
        'facts.source_count', 'facts.first_seen_at', 'facts.conflict_with',
    ])
        .where('facts.id', 'in', ids)
        .execute();
    const sources = await db
        .selectFrom('fact_sources')
        .select(['fact_id', 'publisher', 'url', 'published_at', 'quote', 'id'])
        .where('fact_id', 'in', ids)
        .orderBy('id')
        .execute();
    const firstSource = new Map();
    for (const s of sources)
        if (!firstSource.has(s.fact_id))
            firstSource.set(s.fact_id, s);
    const rivalIds = facts.map((f) => f.conflict_with).filter((x) => x !== null);
    const rivals = rivalIds.length
        ? await db.selectFrom('facts').select(['id', 'value', 'unit']).where('id', 'in', rivalIds).execute()
        : [];
    const rivalValue = new Map(rivals.map((r) => [r.id, formatValue(r.value, r.unit)]));
    return facts.map((f) => {
        const s = firstSource.get(f.id);
        return {
            id: f.id,
            competitorId: f.competitor_id,
            competitorName: f.competitor_name,
            type: f.type,
            name: f.name,
            value: f.value,
            unit: f.unit,
            summary: f.summary,
            status: f.status,
            market: f.market,
            period: f.period,
            asOf: f.as_of,
            importance: f.importance,
            sourceCount: f.source_count,
            firstSeenAt: f.first_seen_at,
            conflictWith: f.conflict_with,
            conflictValue: f.conflict_with === null ? null : (rivalValue.get(f.conflict_with) ?? null),
            source: s ? { publisher: s.publisher, url: s.url, publishedAt: s.published_at, quote: s.quote } : null,
        };
    });
}
const STATUSES = new Set(['actual', 'target', 'estimate']);
/** One fact as a line of the neutral Reply: summary, status, date, source link, corroboration, conflict. */
export function factLine(f, withCompetitor) {
    const conflict = f.conflictWith !== null;
    const text = `${withCompetitor ? `${f.competitorName}: ` : ''}${factText({ ...f, quote: f.source?.quote })}${conflict ? ` — conflicts with ${f.conflictValue ?? 'another figure'} reported earlier` : ''}`;
    return {
        text,
        ...(STATUSES.has(f.status) ? { status: f.status } : {}),
        ...(f.asOf ? { date: f.asOf.slice(0, 10) } : {}),
        ...(f.source
            ? {
                source: {
                    label: f.source.publisher,
                    ...(f.source.url ? { url: f.source.url } : {}),
                    ...(f.source.publishedAt ? { date: f.source.publishedAt.slice(0, 10) } : {}),
                },
            }
            : {}),
        sourceCount: f.sourceCount,
        ...(conflict ? { conflict: true } : {}),
    };
}
//# sourceMappingURL=fact-lines.js.map