import type { Kysely } from 'kysely';
import { onMerged } from '../../src/alerts/fan-out.js';
import type { Destination, Notifier, SendResult } from '../../src/alerts/notifier.js';
import type { Channel } from '../../src/core/command.js';
import type { Database } from '../../src/db/schema.js';
import { type MergeResult, mergeFact } from '../../src/domain/merge-fact.js';
import type { CandidateFact, Provenance } from '../../src/domain/vocabulary.js';
import type { Reply } from '../../src/messages/reply.js';

export const COMPETITORS = [
  { id: 'tiktok-shop', name: 'TikTok Shop', aliases: ['tiktok', 'tiktok shop', 'bytedance', 'douyin'] },
  { id: 'temu', name: 'Temu', aliases: ['temu', 'pinduoduo', 'pdd holdings'] },
  { id: 'shein', name: 'Shein', aliases: ['shein'] },
  { id: 'amazon', name: 'Amazon', aliases: ['amazon', 'amazon.com'] },
  { id: 'bol', name: 'Bol.com', aliases: ['bol', 'bol.com'] },
];

export async function seedCompetitors(db: Kysely<Database>): Promise<void> {
  for (const c of COMPETITORS) {
    await db
      .insertInto('competitors')
      .values({ id: c.id, name: c.name, markets: '[]', created_at: '2024-01-01', parent: null, headquarters: null, founded: null, business_model: null, website: null })
      .execute();
    for (const alias of c.aliases) {
      await db.insertInto('aliases').values({ alias, competitor_id: c.id, language: null, kind: 'name' }).execute();
    }
  }
}

export const channel = (name: string, platform: Channel['platform'] = 'shell'): Channel => ({ platform, workspace: 'local', channel: name });

/** A subscription row written directly, for tests that are not about the commands. */
export async function addSubscription(
  db: Kysely<Database>,
  name: string,
  over: Partial<{ platform: string; competitors: string[]; fact_types: string[]; min_importance: number; mode: string; digest_time: string; timezone: string; skip_empty: number; created_at: string }> = {},
): Promise<number> {
  const row = await db
    .insertInto('subscriptions')
    .values({
      platform: over.platform ?? 'shell',
      workspace: 'local',
      channel: name,
      competitors: JSON.stringify(over.competitors ?? []),
      fact_types: JSON.stringify(over.fact_types ?? []),
      min_importance: over.min_importance ?? 3,
      mode: over.mode ?? 'alerts',
      digest_time: over.digest_time ?? '09:00',
      timezone: over.timezone ?? 'UTC',
      skip_empty: over.skip_empty ?? 1,
      disabled_reason: null,
      disabled_at: null,
      created_by: null,
      created_at: over.created_at ?? '2024-01-01T00:00:00.000Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export const launch = (competitor: string, market: string, over: Partial<CandidateFact> = {}): CandidateFact => ({
  competitor,
  type: 'event',
  event: 'launch',
  market,
  status: 'actual',
  period: '2024-03',
  quote: `${competitor} launched in ${market}.`,
  language: 'en',
  ...over,
});

export const metric = (competitor: string, metricName: CandidateFact['metric'], value: number, over: Partial<CandidateFact> = {}): CandidateFact => ({
  competitor,
  type: 'metric',
  metric: metricName,
  value,
  unit: 'USD',
  market: 'US',
  status: 'actual',
  period: '2023',
  quote: `${competitor} ${metricName} was ${value}.`,
  language: 'en',
  ...over,
});

export const source = (publisher: string, url: string, publishedAt = '2024-03-01'): Provenance => ({
  publisher,
  url,
  title: `${publisher} story`,
  publishedAt,
  language: 'en',
});

/** What ingestion does for every candidate: merge, then fan out, in one transaction. */
export async function ingestFact(
  db: Kysely<Database>,
  fact: CandidateFact,
  provenance: Provenance,
  now: Date,
  baseline = false,
): Promise<{ result: MergeResult; rows: number }> {
  return db.transaction().execute(async (trx) => {
    const result = await mergeFact(trx, fact, provenance, now.toISOString());
    const rows = await onMerged(trx, result, fact, null, { baseline });
    return { result, rows };
  });
}

/** A notifier that records what the platform accepted; `script` answers attempts in order, then ok. */
export function recordingNotifier(script: SendResult[] = [], platform: Notifier['platform'] = 'shell') {
  const accepted: { to: Destination; message: Reply }[] = [];
  const attempts: Destination[] = [];
  const notifier: Notifier = {
    platform,
    async send(to, message) {
      attempts.push(to);
      const next = script.shift();
      if (next && !next.ok) return next;
      accepted.push({ to, message });
      return { ok: true, messageId: String(accepted.length) };
    },
  };
  return { notifier, accepted, attempts };
}
