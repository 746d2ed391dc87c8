import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAlerts } from '../../src/alerts/start.js';
import { createShellNotifier } from '../../src/adapters/shell/shell-notifier.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { type TestDb, testDb } from '../helpers/test-db.js';
import { addSubscription, ingestFact, launch, seedCompetitors, source } from './helpers.js';

describe('alerts wiring', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await testDb();
    await seedCompetitors(t.db);
  });
  afterEach(async () => t.cleanup());

  it('startAlerts: delivers an alert and the due digest through the shell notifier, then stops cleanly', async () => {
    const clock = fixedClock('2024-03-05T09:30:00.000Z');
    await addSubscription(t.db, 'general', { mode: 'both', timezone: 'UTC', digest_time: '09:00', created_at: '2024-03-05T00:00:00.000Z' });
    await ingestFact(t.db, launch('tiktok-shop', 'NL'), source('Reuters', 'https://example.com/tiktok-nl', '2024-03-05'), new Date('2024-03-05T08:00:00Z'));
    const out = new PassThrough();
    let printed = '';
    out.on('data', (d) => {
      printed += String(d);
    });
    const alerts = startAlerts({ db: t.db, clock, log: silentLogger, config: loadConfig({}), notifiers: { shell: createShellNotifier(out) }, pollMs: 20, tickMs: 50 });
    for (let i = 0; i < 200 && !(printed.includes('New: TikTok Shop') && printed.includes('Daily digest')); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    await alerts.stop();
    expect(printed).toContain('[alert for local/general]\nNew: TikTok Shop');
    expect(printed).toContain('[digest for local/general]\nDaily digest — 2024-03-05');
    expect(printed).not.toContain('[alert for local/general]\nDaily digest');
    expect(printed).toContain('New: TikTok Shop\n');
    expect(printed).toContain('Reuters, 2024-03-05 · https://example.com/tiktok-nl');
    expect(printed).toContain('Daily digest — 2024-03-05\n');
    const statuses = await t.db.selectFrom('outbox').select(['kind', 'status']).orderBy('id').execute();
    expect(statuses).toEqual([
      { kind: 'alert', status: 'sent' },
      { kind: 'digest', status: 'sent' },
    ]);
  });
});
