import { PostgresAdapter } from 'kysely';
/** An auto-incrementing integer primary key, spelled the way each engine wants it. */
export function idColumn(table, dialect) {
    return dialect === 'postgres'
        ? table.addColumn('id', 'serial', (c) => c.primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
/** The engine behind a Kysely handle, for the few statements written differently on each. */
// biome-ignore lint/suspicious/noExplicitAny: takes any Kysely, including the untyped one migrations use
export function dialectOf(db) {
    return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
//# sourceMappingURL=dialect.js.map