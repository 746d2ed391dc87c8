import { sql } from 'kysely';
/**
 * Prometheus text for /metrics. Read from the database at scrape time, so every process
 * sharing it reports the same totals and nothing is lost on restart.
 */
export async function renderMetrics(db, now) {
    const [sources, facts, outbox, oldest, deliveries] = await Promise.all([
        db
            .selectFrom('sources')
            .select((eb) => [
            eb.fn.countAll().as('total'),
            eb.fn.sum('consecutive_failures').as('failing_streak'),
            eb.fn.count('last_fetch_at').as('polled'),
            eb.fn.count('last_error').as('with_error'),
            eb.fn.sum('items_count').as('items'),
        ])
            .executeTakeFirstOrThrow(),
        db
            .selectFrom('facts')
            .select((eb) => [
            eb.fn.countAll().as('total'),
            eb.fn.count('conflict_with').as('conflicting'),
            eb.fn.sum(sql `source_count - 1`).as('corroborations'),
        ])
            .executeTakeFirstOrThrow(),
        db
            .selectFrom('outbox')
            .select(['status', (eb) => eb.fn.countAll().as('n')])
            .groupBy('status')
            .execute(),
        db
            .selectFrom('outbox')
            .select((eb) => eb.fn.min('created_at').as('oldest'))
            .where('status', 'in', ['pending', 'sending'])
            .executeTakeFirst(),
        db
            .selectFrom('subscriptions')
            .select((eb) => eb.fn.count('disabled_reason').as('disabled'))
            .executeTakeFirstOrThrow(),
    ]);
    const byStatus = Object.fromEntries(outbox.map((r) => [r.status, Number(r.n)]));
    const depth = (byStatus['pending'] ?? 0) + (byStatus['sending'] ?? 0);
    const age = oldest?.oldest ? Math.max(0, (now.getTime() - Date.parse(oldest.oldest)) / 1000) : 0;
    const lines = [];
    const metric = (name, type, help, samples) => {
        lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
        for (const [labels, v] of samples)
            lines.push(`${name}${labels} ${Number(v ?? 0)}`);
    };
    metric('rivalwatch_sources', 'gauge', 'Configured sources.', [['', sources.total]]);
    metric('rivalwatch_sources_polled', 'gauge', 'Sources fetched at least once.', [['', sources.polled]]);
    metric('rivalwatch_sources_failing', 'gauge', 'Sources whose last fetch failed.', [['', sources.with_error]]);
    metric('rivalwatch_fetch_errors_in_a_row', 'gauge', 'Sum of consecutive fetch failures over sources.', [
        ['', sources.failing_streak ?? 0],
    ]);
    metric('rivalwatch_items_total', 'counter', 'Items (articles) stored.', [['', sources.items ?? 0]]);
    metric('rivalwatch_facts_total', 'counter', 'Facts by merge outcome.', [
        ['{outcome="new"}', Number(facts.total) - Number(facts.conflicting)],
        ['{outcome="corroborated"}', facts.corroborations ?? 0],
        ['{outcome="conflicting"}', facts.conflicting],
    ]);
    metric('rivalwatch_outbox_depth', 'gauge', 'Deliveries waiting (pending or being sent).', [['', depth]]);
    metric('rivalwatch_outbox_oldest_age_seconds', 'gauge', 'Age of the oldest waiting delivery.', [['', Math.round(age)]]);
    metric('rivalwatch_deliveries_total', 'counter', 'Outbox rows by result.', ['sent', 'dead', 'pending', 'sending'].map((s) => [`{result="${s}"}`, byStatus[s] ?? 0]));
    metric('rivalwatch_subscriptions_disabled', 'gauge', 'Subscriptions disabled after a permanent failure.', [
        ['', deliveries.disabled],
    ]);
    return `${lines.join('\n')}\n`;
}
//# sourceMappingURL=metrics.js.map