import { CompiledQuery } from 'kysely';
/** Per database, per shape: the statement's text in its dialect. */
const texts = new WeakMap();
/**
 * What a compiled text depends on: the database's dialect, shared by the database handle and every
 * transaction opened on it (each transaction is a new handle, and a document's statements run in a
 * transaction of their own, so keying by handle compiled them again for every document). A handle
 * with plugins (withSchema, …) may compile the same template differently: it keeps texts of its own.
 */
function cacheKey(db) {
    const executor = db.getExecutor();
    return executor.plugins.length ? db : executor.adapter;
}
/**
 * Runs a plain-SQL statement whose text is compiled once per database and `shape`, then reused
 * with new parameters: for statements run for every fact read or every document stored, building
 * and compiling the template each time cost more than SQLite running it, and a text built anew had
 * to be hashed again to find its prepared statement. `template` must interpolate exactly `params`,
 * once each and in order (checked when it is compiled); every value that changes the text belongs
 * in `shape`.
 */
export async function compiledOnce(db, shape, params, template) {
    return (await compiledResult(db, shape, params, template)).rows;
}
/** compiledOnce with the whole result: rows changed and the last row id inserted, besides the rows. */
export async function compiledResult(db, shape, params, template) {
    const key = cacheKey(db);
    const byShape = texts.get(key) ?? new Map();
    texts.set(key, byShape);
    let text = byShape.get(shape);
    if (text === undefined) {
        const compiled = template().compile(db);
        if (compiled.parameters.length !== params.length || compiled.parameters.some((p, i) => !Object.is(p, params[i]))) {
            throw new Error(`statement "${shape}": its template does not interpolate its parameters in order`);
        }
        text = compiled.sql;
        byShape.set(shape, text);
    }
    return db.executeQuery(CompiledQuery.raw(text, [...params]));
}
//# sourceMappingURL=compiled-once.js.map