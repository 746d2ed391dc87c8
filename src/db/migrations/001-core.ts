import type { Kysely } from 'kysely';
import { type Dialect, idColumn } from '../dialect.js';

// Frozen once landed: change the schema with a new migration, never by editing this one.
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('competitors')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent', 'text')
    .addColumn('headquarters', 'text')
    .addColumn('founded', 'text')
    .addColumn('business_model', 'text')
    .addColumn('markets', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('website', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('aliases')
    .ifNotExists()
    .addColumn('alias', 'text', (c) => c.primaryKey())
    .addColumn('competitor_id', 'text', (c) => c.notNull().references('competitors.id').onDelete('cascade'))
    .addColumn('language', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aliases_competitor').ifNotExists().on('aliases').column('competitor_id').execute();

  await idColumn(db.schema.createTable('sources').ifNotExists(), dialect)
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('language', 'text')
    .addColumn('competitor_id', 'text')
    .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(30))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_fetch_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_fetch_at', 'text')
    .addColumn('items_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('facts_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('baseline_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await idColumn(db.schema.createTable('items').ifNotExists(), dialect)
    .addColumn('source_id', 'integer', (c) => c.references('sources.id').onDelete('set null'))
    .addColumn('guid', 'text')
    .addColumn('url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('language', 'text')
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('story_id', 'integer')
    .addColumn('signature', 'text')
    .addColumn('baseline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('items_guid').ifNotExists().on('items').columns(['source_id', 'guid']).execute();
  await db.schema.createIndex('items_url').ifNotExists().on('items').column('url').execute();
  await db.schema.createIndex('items_hash').ifNotExists().on('items').column('content_hash').execute();

  await idColumn(db.schema.createTable('facts').ifNotExists(), dialect)
    .addColumn('competitor_id', 'text', (c) => c.notNull().references('competitors.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('unit', 'text')
    .addColumn('market', 'text')
    .addColumn('period', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text')
    .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('conflict_with', 'integer')
    .addColumn('importance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('facts_key')
    .ifNotExists()
    .on('facts')
    .columns(['competitor_id', 'type', 'name', 'market', 'period'])
    .execute();
  await db.schema.createIndex('facts_first_seen').ifNotExists().on('facts').column('first_seen_at').execute();

  await idColumn(db.schema.createTable('fact_sources').ifNotExists(), dialect)
    .addColumn('fact_id', 'integer', (c) => c.notNull().references('facts.id').onDelete('cascade'))
    .addColumn('item_id', 'integer', (c) => c.references('items.id').onDelete('set null'))
    .addColumn('publisher', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('title', 'text')
    .addColumn('published_at', 'text')
    .addColumn('language', 'text')
    .addColumn('quote', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('fact_sources_fact').ifNotExists().on('fact_sources').column('fact_id').execute();
  await db.schema.createIndex('fact_sources_item').ifNotExists().on('fact_sources').column('item_id').execute();

  await idColumn(db.schema.createTable('subscriptions').ifNotExists(), dialect)
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('workspace', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('competitors', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('fact_types', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('min_importance', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('digest_time', 'text', (c) => c.notNull())
    .addColumn('timezone', 'text', (c) => c.notNull())
    .addColumn('skip_empty', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('disabled_reason', 'text')
    .addColumn('disabled_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('subscriptions_channel', ['platform', 'workspace', 'channel'])
    .execute();

  await idColumn(db.schema.createTable('outbox').ifNotExists(), dialect)
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fact_id', 'integer', (c) => c.references('facts.id').onDelete('cascade'))
    .addColumn('digest_date', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('payload', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('outbox_due').ifNotExists().on('outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('digests')
    .ifNotExists()
    .addColumn('subscription_id', 'integer', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
    .addColumn('digest_date', 'text', (c) => c.notNull())
    .addColumn('covered_until', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('digests_pk', ['subscription_id', 'digest_date'])
    .execute();
}
