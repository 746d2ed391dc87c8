import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { addSubscription, ingestFact, launch, metric, seedCompetitors, source } from './helpers.js';

const now = new Date('2024-03-05T10:00:00.000Z');

describe('alerts fan-out', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
  });
  afterEach(async () => t.cleanup());

  const outbox = () => t.db.selectFrom('outbox').select(['subscription_id', 'fact_id', 'dedupe_key', 'status', 'kind']).orderBy('subscription_id').execute();

  it('fan-out: a new launch writes one row per matching subscription and none for the others', async () => {
    const all = await addSubscription(t.db, 'all');
    const tiktok = await addSubscription(t.db, 'tiktok', { competitors: ['tiktok-shop'] });
    await addSubscription(t.db, 'temu-only', { competitors: ['temu'] });
    await addSubscription(t.db, 'metrics-only', { fact_types: ['metric'] });
    await addSubscription(t.db, 'digest-only', { mode: 'digest' });
    const both = await addSubscription(t.db, 'both', { mode: 'both' });
    const disabled = await addSubscription(t.db, 'disabled');
    await t.db.updateTable('subscriptions').set({ disabled_reason: 'channel_not_found', disabled_at: now.toISOString() }).where('id', '=', disabled).execute();

    const { result, rows } = await ingestFact(t.db, launch('tiktok-shop', 'NL'), source('Reuters', 'https://example.com/a'), now);
    expect(result.outcome).toBe('new');
    expect(rows).toBe(3);
    const written = await outbox();
    expect(written.map((r) => r.subscription_id)).toEqual([all, tiktok, both]);
    expect(written[0]).toMatchObject({ kind: 'alert', status: 'pending', fact_id: result.factId, dedupe_key: `alert:${all}:${result.factId}` });
  });

  it('fan-out: the same story from another source corroborates and writes no second alert', async () => {
    await addSubscription(t.db, 'all');
    await ingestFact(t.db, launch('temu', 'BE'), source('Reuters', 'https://example.com/a'), now);
    const again = await ingestFact(t.db, launch('temu', 'BE'), source('De Tijd', 'https://example.be/b'), now);
    expect(again.result.outcome).toBe('corroborated');
    expect(again.rows).toBe(0);
    const same = await ingestFact(t.db, launch('temu', 'BE'), source('Reuters', 'https://example.com/a'), now);
    expect(same.result.outcome).toBe('duplicate');
    expect(same.rows).toBe(0);
    expect(await outbox()).toHaveLength(1);
    const fact = await t.db.selectFrom('facts').select('source_count').executeTakeFirstOrThrow();
    expect(fact.source_count).toBe(2);
  });

  it('fan-out: facts from a new source backlog (baseline) never alert', async () => {
    await addSubscription(t.db, 'all');
    const r = await ingestFact(t.db, launch('shein', 'FR'), source('Le Monde', 'https://example.fr/a'), now, true);
    expect(r.result.outcome).toBe('new');
    expect(r.rows).toBe(0);
    expect(await outbox()).toHaveLength(0);
  });

  it('fan-out: a conflicting figure alerts at high importance; a small metric move waits for the digest', async () => {
    const high = await addSubscription(t.db, 'high');
    const any = await addSubscription(t.db, 'any', { min_importance: 0 });
    await ingestFact(t.db, metric('amazon', 'revenue', 100e9), source('A', 'https://a.example/1'), now);
    const close = await ingestFact(t.db, metric('amazon', 'revenue', 103e9, { period: '2024' }), source('B', 'https://b.example/1'), now);
    expect(close.result.outcome).toBe('new');
    const conflict = await ingestFact(t.db, metric('amazon', 'revenue', 150e9), source('C', 'https://c.example/1'), now);
    expect(conflict.result.outcome).toBe('conflict');
    const rows = await outbox();
    expect(rows.filter((r) => r.subscription_id === any)).toHaveLength(3);
    expect(rows.filter((r) => r.subscription_id === high).map((r) => r.fact_id)).toEqual([conflict.result.factId]);
  });

  it('fan-out: running the hook twice for the same fact never doubles a row (unique dedupe key)', async () => {
    await addSubscription(t.db, 'all');
    const { result } = await ingestFact(t.db, launch('bol', 'BE'), source('NOS', 'https://nos.example/1'), now);
    const { onMerged } = await import('../../src/alerts/fan-out.js');
    expect(await t.db.transaction().execute((trx) => onMerged(trx, result, null, null, { baseline: false }))).toBe(0);
    expect(await outbox()).toHaveLength(1);
  });
});

describe('alerts fan-out as ingest calls it', () => {
  it('fan-out: the baseline flag of the item passed by ingest is honoured without options', async () => {
    const t = await testDb();
    try {
      await seedCompetitors(t.db);
      await addSubscription(t.db, 'all');
      const { onMerged } = await import('../../src/alerts/fan-out.js');
      const { mergeFact } = await import('../../src/domain/merge-fact.js');
      const rows = await t.db.transaction().execute(async (trx) => {
        const backlog = await mergeFact(trx, launch('temu', 'PL'), source('X', 'https://x.example/1'), now.toISOString());
        const live = await mergeFact(trx, launch('temu', 'CZ'), source('X', 'https://x.example/2'), now.toISOString());
        return [await onMerged(trx, backlog, null, { baseline: true }), await onMerged(trx, live, null, { baseline: false })];
      });
      expect(rows).toEqual([0, 1]);
    } finally {
      await t.cleanup();
    }
  });
});
