import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock.js';
import { opsRoutes } from '../../src/ops/http-routes.js';
import { startHttpServer } from '../../src/ops/http-server.js';
import { type TestDb, testDb } from '../helpers/test-db.js';

describe('ops endpoints', () => {
  let t: TestDb;
  let server: Server;
  let base: string;
  const clock = fixedClock('2024-05-01T12:00:00Z');

  beforeAll(async () => {
    t = await testDb();
    await t.db.insertInto('competitors').values({ id: 'temu', name: 'Temu', markets: '[]', created_at: '2024-01-01', parent: null, headquarters: null, founded: null, business_model: null, website: null }).execute();
    const sub = await t.db
      .insertInto('subscriptions')
      .values({ platform: 'slack', workspace: 'T1', channel: 'C1', competitors: '[]', fact_types: '[]', min_importance: 0, mode: 'alerts', digest_time: '09:00', timezone: 'UTC', skip_empty: 1, disabled_reason: null, disabled_at: null, created_by: null, created_at: '2024-01-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = (key: string, status: string, created: string) => ({ subscription_id: sub.id, kind: 'alert', fact_id: null, digest_date: null, dedupe_key: key, payload: null, status, attempts: 0, next_attempt_at: created, last_error: null, claimed_by: null, claimed_until: null, created_at: created, sent_at: null });
    await t.db.insertInto('outbox').values([row('a', 'pending', '2024-05-01T11:59:00.000Z'), row('b', 'sent', '2024-05-01T10:00:00.000Z'), row('c', 'dead', '2024-05-01T10:00:00.000Z')]).execute();
    server = await startHttpServer(opsRoutes(t.db, clock, 'all'), 0, '127.0.0.1');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await t.cleanup();
  });

  it('healthz: answers ok when the database answers', async () => {
    const r = await fetch(`${base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, role: 'all' });
  });

  it('metrics: outbox depth, age of the oldest waiting delivery and deliveries by result', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('rivalwatch_outbox_depth 1');
    expect(text).toContain('rivalwatch_outbox_oldest_age_seconds 60');
    expect(text).toContain('rivalwatch_deliveries_total{result="sent"} 1');
    expect(text).toContain('rivalwatch_deliveries_total{result="dead"} 1');
    expect(text).toMatch(/# TYPE rivalwatch_facts_total counter/);
  });

  it('unknown paths are 404', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
