import type { Generated } from 'kysely';

/**
 * The one database interface. Dates are ISO-8601 text (UTC, `2024-02-01T12:00:00.000Z`, or a plain
 * `2024-02-01` where only the day is known); booleans are 0/1 integers; lists are JSON text.
 * The same shapes work on SQLite and Postgres.
 */
export interface Database {
  competitors: CompetitorTable;
  aliases: AliasTable;
  sources: SourceTable;
  items: ItemTable;
  facts: FactTable;
  fact_sources: FactSourceTable;
  subscriptions: SubscriptionTable;
  outbox: OutboxTable;
  digests: DigestTable;
  removed_sources: RemovedSourceTable;
}

/** A source someone removed: seeding never adds its URL back. */
export interface RemovedSourceTable {
  url: string;
  removed_at: string;
}

export interface CompetitorTable {
  id: string;
  name: string;
  parent: string | null;
  headquarters: string | null;
  founded: string | null;
  business_model: string | null;
  /** JSON array of market codes. */
  markets: string;
  website: string | null;
  created_at: string;
}

export interface AliasTable {
  /** Normalised (lower case, accents kept, single spaces). */
  alias: string;
  competitor_id: string;
  /** en | fr | nl | null for all. */
  language: string | null;
  /** name | short | parent | sister | domain | local */
  kind: string;
}

export interface SourceTable {
  id: Generated<number>;
  url: string;
  /** rss | page | file */
  kind: string;
  name: string | null;
  language: string | null;
  competitor_id: string | null;
  interval_minutes: number;
  enabled: number;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number;
  next_fetch_at: string | null;
  items_count: number;
  facts_count: number;
  /** 0 until the first successful fetch stored the backlog as baseline. */
  baseline_done: number;
  lease_owner: string | null;
  lease_until: string | null;
  created_at: string;
}

export interface ItemTable {
  id: Generated<number>;
  source_id: number | null;
  guid: string | null;
  url: string | null;
  title: string;
  published_at: string | null;
  language: string | null;
  content_hash: string;
  /** Items telling the same story share a story id (the id of the first item of the story). */
  story_id: number | null;
  /** MinHash signature for story matching (see signatureToStored): bytes on SQLite, base64 on Postgres; older rows a JSON array. */
  signature: string | Uint8Array | null;
  /** 1 when stored as a new source's backlog: its facts never alert. */
  baseline: number;
  fetched_at: string;
}

export interface FactTable {
  id: Generated<number>;
  competitor_id: string;
  /** metric | event */
  type: string;
  /** the metric or event name of DESIGN.md's vocabulary */
  name: string;
  value: number | null;
  /** USD | EUR | GBP | CNY | count | percent | ratio, null for events */
  unit: string | null;
  market: string | null;
  period: string | null;
  /** actual | target | estimate */
  status: string;
  /** one human line: "5 million new US customers in two months" */
  summary: string;
  /** the date the fact is about or was first reported (ISO), used for "latest" */
  as_of: string | null;
  source_count: number;
  /** id of the fact this one conflicts with (same competitor/name/market/period, other value) */
  conflict_with: number | null;
  importance: number;
  first_seen_at: string;
  last_seen_at: string;
}

export interface FactSourceTable {
  id: Generated<number>;
  fact_id: number;
  item_id: number | null;
  publisher: string;
  url: string | null;
  title: string | null;
  published_at: string | null;
  language: string | null;
  quote: string | null;
  created_at: string;
}

export interface SubscriptionTable {
  id: Generated<number>;
  /** shell | slack | discord */
  platform: string;
  /** Slack team id, Discord guild id, "local" for the shell */
  workspace: string;
  channel: string;
  /** JSON array of competitor ids; empty array = all */
  competitors: string;
  /** JSON array of "metric" / "event"; empty array = all */
  fact_types: string;
  min_importance: number;
  /** alerts | digest | both */
  mode: string;
  digest_time: string;
  timezone: string;
  skip_empty: number;
  disabled_reason: string | null;
  disabled_at: string | null;
  created_by: string | null;
  created_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  subscription_id: number;
  /** alert | digest */
  kind: string;
  fact_id: number | null;
  /** local date of a digest, YYYY-MM-DD */
  digest_date: string | null;
  /** unique: alert:{subscription}:{fact} or digest:{subscription}:{date} */
  dedupe_key: string;
  /** JSON of the neutral Reply to send */
  payload: string | null;
  /** pending | sending | sent | dead */
  status: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  claimed_by: string | null;
  claimed_until: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface DigestTable {
  subscription_id: number;
  digest_date: string;
  /** facts first seen after this instant are in the next digest */
  covered_until: string;
  created_at: string;
}
