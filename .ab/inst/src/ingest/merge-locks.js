import { sql } from 'kysely';
import { dialectOf } from '../db/dialect.js';
import { factName } from '../domain/vocabulary.js';
/**
 * Two transactions merging the same fact at once would both find nothing and both insert it, so a
 * transaction first locks what it is about to merge, all at once and in sorted order (two
 * documents then never wait on each other in a cycle).
 *
 * Postgres: one transaction-scoped advisory lock per fact key (competitor, type, name, status,
 * market — what mergeFact looks its peers up by), so documents about different figures of one
 * competitor merge side by side. SQLite has one writer at a time anyway: there the competitors'
 * rows are locked with a no-op update, which is portable and enough.
 */
export async function lockMerges(trx, facts) {
    if (dialectOf(trx) === 'postgres') {
        const keys = [...new Set(facts.map((f) => `${f.competitor}|${f.type}|${factName(f)}|${f.status}|${f.market ?? ''}`))].sort();
        for (const key of keys)
            await sql `select pg_advisory_xact_lock(hashtext(current_schema() || ':fact:' || ${key}))`.execute(trx);
        return;
    }
    for (const competitor of [...new Set(facts.map((f) => f.competitor))].sort()) {
        await trx.updateTable('competitors').set((eb) => ({ name: eb.ref('name') })).where('id', '=', competitor).execute();
    }
}
//# sourceMappingURL=merge-locks.js.map