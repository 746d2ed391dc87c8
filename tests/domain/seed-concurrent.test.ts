import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFacts } from '../../seeds/facts.js';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

/**
 * One seeding process: connects and loads the code, says `ready`, waits for a line on stdin, then
 * seeds and prints the counts. The compiled program, as `rivalwatch start` runs it.
 */
const seeder = `
import { connect } from ${JSON.stringify(join(ROOT, 'dist/src/db/connect.js'))};
import { seed } from ${JSON.stringify(join(ROOT, 'dist/src/domain/seed.js'))};
const db = connect(process.env.DATABASE_URL);
process.stdout.write('ready\\n');
process.stdin.once('data', async () => {
  const counts = await seed(db.db, new Date().toISOString());
  process.stdout.write(JSON.stringify(counts.facts) + '\\n');
  await db.close();
});
`;

function startSeeder(url: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', seeder], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  const ready = new Promise<void>((resolve) =>
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('ready')) resolve();
    }),
  );
  const done = new Promise<{ code: number | null; facts: Record<string, number> }>((resolve) =>
    child.once('exit', (code) => resolve({ code, facts: JSON.parse(out.split('\n')[1] || '{}') })),
  );
  return { child, ready, done };
}

async function seedTwiceAtOnce(t: TestDb) {
  const seeders = [startSeeder(t.url), startSeeder(t.url)];
  await Promise.all(seeders.map((s) => s.ready));
  for (const s of seeders) s.child.stdin.end('go\n');
  return Promise.all(seeders.map((s) => s.done));
}

const count = async (t: TestDb, table: 'facts' | 'fact_sources') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('seed from two processes at once', () => {
  let t: TestDb;

  /** Both exit 0; one process stored every fact as new, the other found every one already there. */
  const expectEachFactStoredOnce = async (results: Awaited<ReturnType<typeof seedTwiceAtOnce>>) => {
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(results.map((r) => r.facts.new).sort()).toEqual([0, seedFacts.length]);
    expect(await count(t, 'facts')).toBe(seedFacts.length);
    expect(await count(t, 'fact_sources')).toBe(seedFacts.length);
  };
  beforeAll(async () => {
    ensureBuilt();
    t = await testDb();
  }, 300_000);
  afterAll(async () => t?.cleanup());

  it('seed: two processes seeding an empty database at the same moment store each baseline fact once', async () => {
    await expectEachFactStoredOnce(await seedTwiceAtOnce(t));
  }, 60_000);

  it('seed: with competitors, aliases and feeds already there (an upgrade that adds facts), the facts are still stored once', async () => {
    await t.db.deleteFrom('fact_sources').execute();
    await t.db.deleteFrom('facts').execute();
    await expectEachFactStoredOnce(await seedTwiceAtOnce(t));
  }, 60_000);
});
