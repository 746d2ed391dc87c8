import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { Dialect } from './dialect.js';
import * as core from './migrations/001-core.js';

type Step = { up(db: Kysely<any>, dialect: Dialect): Promise<void> };

/** Every migration, in order. Add new ones at the end; never edit a landed one. */
const steps: Record<string, Step> = {
  '001-core': core,
};

/** Brings the schema up to date. Safe to run at every start and from several processes. */
export async function migrate(db: Kysely<any>, dialect: Dialect): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, step] of Object.entries(steps)) out[name] = { up: (d) => step.up(d, dialect) };
      return out;
    },
  };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
