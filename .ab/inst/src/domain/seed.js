import { sql } from 'kysely';
import { seedCompetitors } from '../../seeds/competitors.js';
import { seedFacts } from '../../seeds/facts.js';
import { seedFeeds } from '../../seeds/feeds.js';
import { dialectOf } from '../db/dialect.js';
import { mergeFact } from './merge-fact.js';
import { normalizeAlias } from './normalize.js';
import { factName } from './vocabulary.js';
/**
 * Writes the seeds: competitors (profile refreshed), aliases and feeds (added when missing, never
 * overwriting what users changed), and baseline facts through mergeFact, so seeding again is a no-op.
 */
export async function seed(db, nowIso) {
    return db.transaction().execute(async (trx) => {
        // Processes starting together on one database would otherwise both find a baseline fact missing
        // and both insert it. On Postgres the second waits here until the first has committed, then
        // finds every fact there; SQLite lets one writer in at a time anyway. Keyed by schema, so
        // databases sharing a server do not wait on each other.
        if (dialectOf(trx) === 'postgres') {
            await sql `select pg_advisory_xact_lock(hashtext(current_schema() || '.rivalwatch-seed'))`.execute(trx);
        }
        const counts = {
            competitors: 0,
            aliases: 0,
            feeds: 0,
            facts: { new: 0, corroborated: 0, conflict: 0, duplicate: 0 },
        };
        for (const c of seedCompetitors) {
            const profile = {
                name: c.name,
                parent: c.parent,
                headquarters: c.headquarters,
                founded: c.founded,
                business_model: c.businessModel,
                markets: JSON.stringify(c.markets),
                website: c.website,
            };
            await trx
                .insertInto('competitors')
                .values({ id: c.id, ...profile, created_at: nowIso })
                .onConflict((oc) => oc.column('id').doUpdateSet(profile))
                .execute();
            counts.competitors++;
            for (const a of c.aliases) {
                const r = await trx
                    .insertInto('aliases')
                    .values({ alias: normalizeAlias(a.alias), competitor_id: c.id, language: a.language, kind: a.kind })
                    .onConflict((oc) => oc.column('alias').doNothing())
                    .executeTakeFirst();
                counts.aliases += Number(r.numInsertedOrUpdatedRows ?? 0);
            }
        }
        // Feeds already there or removed by someone are skipped before inserting: no default feed comes
        // back after /sources remove, and no id is used up by an insert that would conflict.
        const skip = new Set([
            ...(await trx.selectFrom('sources').select('url').execute()).map((r) => r.url),
            ...(await trx.selectFrom('removed_sources').select('url').execute()).map((r) => r.url),
        ]);
        for (const f of seedFeeds.filter((feed) => !skip.has(feed.url))) {
            const r = await trx
                .insertInto('sources')
                .values({
                url: f.url,
                kind: 'rss',
                name: f.name,
                language: f.language,
                competitor_id: f.competitorId,
                interval_minutes: 60, // news searches change slowly; ingestion may poll sooner
                enabled: 1,
                etag: null,
                last_modified: null,
                last_fetch_at: null,
                last_success_at: null,
                last_error: null,
                last_error_at: null,
                consecutive_failures: 0,
                next_fetch_at: null,
                items_count: 0,
                facts_count: 0,
                baseline_done: 0,
                lease_owner: null,
                lease_until: null,
                created_at: nowIso,
            })
                .onConflict((oc) => oc.column('url').doNothing())
                .executeTakeFirst();
            counts.feeds += Number(r.numInsertedOrUpdatedRows ?? 0);
        }
        await giveMarketsToOlderSeeds(trx);
        for (const s of seedFacts) {
            const { outcome } = await mergeFact(trx, s.fact, {
                publisher: s.source.publisher,
                url: s.source.url ?? null,
                title: s.source.title ?? null,
                publishedAt: s.source.date,
                language: s.source.language,
                quote: null,
            }, nowIso, s.summary);
            counts.facts[outcome]++;
        }
        return counts;
    });
}
/**
 * Seed facts first stored without a market (before the seeds named one: Bol's NL+BE figures,
 * Shein's valuation) take the seed's market, so an existing database does not end up with the
 * same figure twice. Matched by the seed's hand-written summary; only facts with no market move.
 */
async function giveMarketsToOlderSeeds(trx) {
    for (const s of seedFacts) {
        if (s.fact.market === null)
            continue;
        await trx
            .updateTable('facts')
            .set({ market: s.fact.market })
            .where('competitor_id', '=', s.fact.competitor)
            .where('type', '=', s.fact.type)
            .where('name', '=', factName(s.fact))
            .where('summary', '=', s.summary)
            .where('market', 'is', null)
            .execute();
    }
}
//# sourceMappingURL=seed.js.map