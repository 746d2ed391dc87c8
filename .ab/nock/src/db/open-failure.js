import { StartFailure } from '../core/start-failure.js';
/**
 * Why the database named by DATABASE_URL could not be opened or migrated, as one line naming the
 * variable: "cannot open the database at postgres://rw@db:5432/rw (ECONNREFUSED …); check DATABASE_URL".
 * `location` is the URL without its password, or the SQLite file.
 */
export function databaseOpenFailure(location, err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0].slice(0, 200);
    return new StartFailure(`cannot open the database at ${location} (${reason}); check DATABASE_URL and that the database is running`);
}
//# sourceMappingURL=open-failure.js.map