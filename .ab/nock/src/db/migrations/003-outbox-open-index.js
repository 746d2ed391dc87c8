import { sql } from 'kysely';
// Frozen once landed. The outbox claim reads only rows still to send, oldest first: a partial index
// on id over those rows lets it walk them in order and stop at its limit, whatever the planner
// statistics say (right after a bulk load Postgres has none and chose a nested loop over every
// subscription: seconds per claim). Sent and dead rows, the bulk of the table, stay out of it.
// It replaces outbox_due (status, next_attempt_at), which engines without statistics preferred for
// the status test and then sorted every open row. subscription_id is indexed for what touches one
// subscription's rows: its health in /subscriptions, disabling it, deleting it.
export async function up(db) {
    await db.schema
        .createIndex('outbox_open')
        .ifNotExists()
        .on('outbox')
        .column('id')
        .where(sql `status in ('pending', 'sending')`)
        .execute();
    await db.schema.dropIndex('outbox_due').ifExists().execute();
    await db.schema.createIndex('outbox_subscription').ifNotExists().on('outbox').column('subscription_id').execute();
}
//# sourceMappingURL=003-outbox-open-index.js.map