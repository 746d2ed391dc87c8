import { sql } from 'kysely';
/** A JSON-array column (`["temu","shein"]`, `[]` = all) that contains `value`. */
export function jsonListMatches(column, value) {
    // LIKE wildcards in the value are escaped so "a_b" cannot match "axb"; portable on SQLite and Postgres.
    const pattern = `%${JSON.stringify(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return sql `(${sql.ref(column)} = '[]' or ${sql.ref(column)} like ${pattern} escape '\\')`;
}
/**
 * The ingest hook (ingest's OnMerged: `onMerged(trx, result, fact, item)`): after mergeFact, inside the same transaction, writes one outbox row per
 * subscription that wants an instant alert for this fact. Only new facts and conflicts alert;
 * corroborations and duplicates update the fact (the digest shows the count) and baseline items
 * never alert. One INSERT … SELECT, so a fact fans out to 10,000 channels in one statement; the
 * unique dedupe key `alert:{subscription}:{fact}` makes a second row for the same pair impossible.
 * Returns how many rows it wrote.
 */
export async function onMerged(trx, result, _fact, item, opts) {
    // Ingest's OnMerged passes the item (with its baseline flag); tests may pass opts instead.
    const baseline = opts?.baseline ?? item?.baseline ?? false;
    if (baseline || (result.outcome !== 'new' && result.outcome !== 'conflict'))
        return 0;
    const fact = await trx
        .selectFrom('facts')
        .select(['id', 'competitor_id', 'type', 'importance', 'first_seen_at'])
        .where('id', '=', result.factId)
        .executeTakeFirst();
    if (!fact)
        return 0;
    const key = sql `${'alert:'} || cast(${sql.ref('subscriptions.id')} as text) || ${`:${fact.id}`}`;
    const inserted = await trx
        .insertInto('outbox')
        .columns(['subscription_id', 'kind', 'fact_id', 'dedupe_key', 'status', 'attempts', 'next_attempt_at', 'created_at'])
        .expression((eb) => eb
        .selectFrom('subscriptions')
        .select([
        'subscriptions.id',
        sql.lit('alert').as('kind'),
        sql.lit(fact.id).as('fact_id'),
        key.as('dedupe_key'),
        sql.lit('pending').as('status'),
        sql.lit(0).as('attempts'),
        sql.lit(fact.first_seen_at).as('next_attempt_at'),
        sql.lit(fact.first_seen_at).as('created_at'),
    ])
        .where('mode', 'in', ['alerts', 'both'])
        .where('disabled_reason', 'is', null)
        .where('min_importance', '<=', fact.importance)
        .where(jsonListMatches('competitors', fact.competitor_id))
        .where(jsonListMatches('fact_types', fact.type)))
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0);
}
//# sourceMappingURL=fan-out.js.map