import { CompiledQuery, type Kysely, type RawBuilder } from 'kysely';

/** Per database handle (a transaction is one), per shape: the statement's text in its dialect. */
const texts = new WeakMap<object, Map<string, string>>();

/**
 * Runs a plain-SQL statement whose text is compiled once per database handle and `shape`, then
 * reused with new parameters: for statements run for every fact read, building and compiling
 * the template each time cost more than SQLite running it, and a text built anew had to be
 * hashed again to find its prepared statement. `template` must interpolate exactly `params`, once
 * each and in order (checked when it is compiled); every value that changes the text belongs in
 * `shape`.
 */
export async function compiledOnce<DB, R>(db: Kysely<DB>, shape: string, params: readonly unknown[], template: () => RawBuilder<R>): Promise<R[]> {
  const byShape = texts.get(db) ?? new Map<string, string>();
  texts.set(db, byShape);
  let text = byShape.get(shape);
  if (text === undefined) {
    const compiled = template().compile(db);
    if (compiled.parameters.length !== params.length || compiled.parameters.some((p, i) => !Object.is(p, params[i]))) {
      throw new Error(`statement "${shape}": its template does not interpolate its parameters in order`);
    }
    text = compiled.sql;
    byShape.set(shape, text);
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(text, [...params]))).rows;
}
