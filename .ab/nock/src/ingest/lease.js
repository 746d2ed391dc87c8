/**
 * Claims up to `limit` enabled sources that are due, so that several processes polling the same
 * database never fetch one source twice at once: a compare-and-set on lease_owner/lease_until
 * that only one process can win (the others see zero updated rows). A lease left by a crashed
 * process expires on its own.
 */
export async function claimDueSources(db, owner, now, leaseMs, limit) {
    const nowIso = now.toISOString();
    const untilIso = new Date(now.getTime() + leaseMs).toISOString();
    const due = await db
        .selectFrom('sources')
        .select('id')
        .where('enabled', '=', 1)
        .where((eb) => eb.or([eb('next_fetch_at', 'is', null), eb('next_fetch_at', '<=', nowIso)]))
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)]))
        .orderBy('next_fetch_at')
        .orderBy('id')
        .limit(limit)
        .execute();
    const claimed = [];
    for (const { id } of due) {
        const res = await db
            .updateTable('sources')
            .set({ lease_owner: owner, lease_until: untilIso })
            .where('id', '=', id)
            .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowIso)]))
            .executeTakeFirst();
        if (Number(res.numUpdatedRows) !== 1)
            continue;
        const row = await db.selectFrom('sources').selectAll().where('id', '=', id).executeTakeFirst();
        if (row)
            claimed.push(row);
    }
    return claimed;
}
//# sourceMappingURL=lease.js.map