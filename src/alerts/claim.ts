import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface ClaimedRow {
  id: number;
  subscriptionId: number;
  kind: string;
  dedupeKey: string;
  factId: number | null;
  payload: string | null;
  attempts: number;
  platform: string;
  workspace: string;
  channel: string;
}

/**
 * Claims up to `limit` due rows for one worker with a portable compare-and-set: the UPDATE
 * repeats the "still due" condition, so of two workers racing for a row exactly one changes it.
 * Due means pending and past next_attempt_at, or `sending` under a claim that expired (the worker
 * holding it died; the row is retried — at-least-once). Rows of disabled subscriptions are not
 * claimed. Returns the rows this claim (identified by `token`) won, oldest first.
 */
export async function claimDue(
  db: Kysely<Database>,
  opts: { token: string; now: Date; leaseMs: number; limit: number },
): Promise<ClaimedRow[]> {
  const nowIso = opts.now.toISOString();
  const candidates = await db
    .selectFrom('outbox')
    .innerJoin('subscriptions', 'subscriptions.id', 'outbox.subscription_id')
    .select('outbox.id')
    .where('subscriptions.disabled_reason', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('outbox.status', '=', 'pending'), eb('outbox.next_attempt_at', '<=', nowIso)]),
        eb.and([eb('outbox.status', '=', 'sending'), eb('outbox.claimed_until', '<', nowIso)]),
      ]),
    )
    .orderBy('outbox.id')
    .limit(opts.limit)
    .execute();
  if (!candidates.length) return [];
  const claimedUntil = new Date(opts.now.getTime() + opts.leaseMs).toISOString();
  const updated = await db
    .updateTable('outbox')
    .set({ status: 'sending', claimed_by: opts.token, claimed_until: claimedUntil })
    .where(
      'id',
      'in',
      candidates.map((c) => c.id),
    )
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', nowIso)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', nowIso)]),
      ]),
    )
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return [];
  return db
    .selectFrom('outbox')
    .innerJoin('subscriptions', 'subscriptions.id', 'outbox.subscription_id')
    .select([
      'outbox.id',
      'outbox.subscription_id as subscriptionId',
      'outbox.kind',
      'outbox.dedupe_key as dedupeKey',
      'outbox.fact_id as factId',
      'outbox.payload',
      'outbox.attempts',
      'subscriptions.platform',
      'subscriptions.workspace',
      'subscriptions.channel',
    ])
    .where('outbox.claimed_by', '=', opts.token)
    .where('outbox.status', '=', 'sending')
    .orderBy('outbox.id')
    .execute();
}

/** The outcome of one send, recorded only if this worker still holds the claim. */
export async function markSent(db: Kysely<Database>, id: number, token: string, nowIso: string): Promise<boolean> {
  const r = await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'sent',
      sent_at: nowIso,
      attempts: eb('attempts', '+', 1),
      last_error: null,
      claimed_by: null,
      claimed_until: null,
    }))
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markRetry(
  db: Kysely<Database>,
  id: number,
  token: string,
  error: string,
  nextAttemptIso: string,
  countAttempt = true,
): Promise<boolean> {
  const r = await db
    .updateTable('outbox')
    .set((eb) => ({
      status: 'pending',
      attempts: countAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
      last_error: error.slice(0, 500),
      next_attempt_at: nextAttemptIso,
      claimed_by: null,
      claimed_until: null,
    }))
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('status', '=', 'sending')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Gives a claimed row back untouched (it could not be sent within the claim, e.g. rate limits). */
export async function release(db: Kysely<Database>, id: number, token: string, nextAttemptIso: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'pending', next_attempt_at: nextAttemptIso, claimed_by: null, claimed_until: null })
    .where('id', '=', id)
    .where('claimed_by', '=', token)
    .where('status', '=', 'sending')
    .execute();
}

/**
 * A permanent failure: the row is dead, the subscription disabled with the reason, and the
 * subscription's other waiting rows (and those this claim still holds) are dead too: they would fail
 * the same way. One transaction.
 */
export async function markDead(
  db: Kysely<Database>,
  row: { id: number; subscriptionId: number },
  token: string,
  reason: string,
  nowIso: string,
): Promise<void> {
  const why = reason.slice(0, 500);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('outbox')
      .set((eb) => ({ status: 'dead', attempts: eb('attempts', '+', 1), last_error: why, claimed_by: null, claimed_until: null }))
      .where('id', '=', row.id)
      .where('claimed_by', '=', token)
      .execute();
    await trx
      .updateTable('subscriptions')
      .set({ disabled_reason: why, disabled_at: nowIso })
      .where('id', '=', row.subscriptionId)
      .where('disabled_reason', 'is', null)
      .execute();
    await trx
      .updateTable('outbox')
      .set({ status: 'dead', last_error: `not sent: subscription disabled (${why})` })
      .where('subscription_id', '=', row.subscriptionId)
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('claimed_by', '=', token)])]))
      .execute();
  });
}
