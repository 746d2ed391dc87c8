import { Migrator } from 'kysely';
import * as core from './migrations/001-core.js';
import * as uniqueItemGuid from './migrations/002-unique-item-guid.js';
import * as outboxOpenIndex from './migrations/003-outbox-open-index.js';
import * as removedSources from './migrations/004-removed-sources.js';
import * as factMergeIndexes from './migrations/005-fact-merge-indexes.js';
import * as itemHashPrefix from './migrations/006-item-hash-prefix.js';
/** Every migration, in order. Add new ones at the end; never edit a landed one. */
const steps = {
    '001-core': core,
    '002-unique-item-guid': uniqueItemGuid,
    '003-outbox-open-index': outboxOpenIndex,
    '004-removed-sources': removedSources,
    '005-fact-merge-indexes': factMergeIndexes,
    '006-item-hash-prefix': itemHashPrefix,
};
/** Brings the schema up to date. Safe to run at every start and from several processes. */
export async function migrate({ db, dialect, schema }) {
    const provider = {
        async getMigrations() {
            const out = {};
            for (const [name, step] of Object.entries(steps))
                out[name] = { up: (d) => step.up(d, dialect) };
            return out;
        },
    };
    const { error, results } = await new Migrator({
        // biome-ignore lint/suspicious/noExplicitAny: the migrator runs on the untyped handle, as the migrations do
        db: db,
        provider,
        // Kysely looks for its bookkeeping tables in every schema unless told which one is ours.
        ...(dialect === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}),
    }).migrateToLatest();
    if (error)
        throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
//# sourceMappingURL=migrate.js.map