/**
 * A better-sqlite3 database for Kysely that reuses prepared statements by SQL text. Kysely
 * prepares every statement it runs, and for the small queries of ingestion and fact merging,
 * preparing cost more than running. The `size` most recently used statements are kept; one still
 * being iterated (a stream) is never handed out again, a fresh one is prepared instead.
 */
export function reusingStatements(sqlite, size = 256) {
    const cache = new Map();
    return {
        close: () => sqlite.close(),
        prepare(sql) {
            const cached = cache.get(sql);
            cache.delete(sql);
            const stmt = cached && !cached.busy ? cached : sqlite.prepare(sql);
            cache.set(sql, stmt);
            if (cache.size > size)
                cache.delete(cache.keys().next().value);
            return stmt;
        },
    };
}
//# sourceMappingURL=statement-cache.js.map