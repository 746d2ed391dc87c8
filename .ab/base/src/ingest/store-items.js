import { sql } from 'kysely';
import { compiledOnce } from '../db/compiled-once.js';
import { dialectOf } from '../db/dialect.js';
import { fixedSizes, LONGEST_LIST, paddedList } from '../db/fixed-sizes.js';
import { mergeFact } from '../domain/merge-fact.js';
import { insertItemRows } from './insert-item-rows.js';
import { signatureToStored } from './story-signature.js';
import { countOutcome } from './tally.js';
/**
 * Stores candidates [from, to) of the document: one multi-row insert and one story update for
 * all of them, then their facts, under one savepoint. If anything fails, that savepoint is
 * rolled back and the items are stored one by one, each under its own savepoint, so only the
 * item that fails is lost. Returns the number of failed items; counts into `tally`.
 */
export async function storeChunk(ctx, from, to, tally) {
    const batch = await ctx.trx.savepoint('batch').execute();
    const local = { ...tally };
    try {
        const stored = await insertItems(ctx, from, to);
        for (let i = from; i < to; i++)
            await mergeFacts(ctx, i, stored[i - from], local);
        await batch.releaseSavepoint('batch').execute();
        for (let i = from; i < to; i++)
            ctx.stored[i] = stored[i - from];
        Object.assign(tally, local);
        return 0;
    }
    catch (err) {
        await batch.rollbackToSavepoint('batch').execute();
        await batch.releaseSavepoint('batch').execute();
        ctx.log.debug('batch not stored, storing its items one by one', { source: ctx.origin.label, err });
    }
    let failed = 0;
    for (let i = from; i < to; i++) {
        const one = await ctx.trx.savepoint('item').execute();
        const local = { ...tally };
        try {
            const [stored] = await insertItems(ctx, i, i + 1);
            await mergeFacts(ctx, i, stored, local);
            await one.releaseSavepoint('item').execute();
            ctx.stored[i] = stored;
            Object.assign(tally, local);
        }
        catch (err) {
            await one.rollbackToSavepoint('item').execute();
            await one.releaseSavepoint('item').execute();
            ctx.stored[i] = null;
            failed++;
            ctx.log.warn('item not stored', { source: ctx.origin.label, url: ctx.candidates[i].parsed.url, err });
        }
    }
    return failed;
}
/** The story an item is stored under when it is inserted, if already known. */
function storyBefore(ctx, plan) {
    if (plan.kind === 'joins')
        return plan.story;
    if (plan.kind === 'follows')
        return ctx.stored[plan.leader]?.storyId ?? null;
    return null;
}
/**
 * Inserts candidates [from, to): first those whose story is known or their own, then those
 * retelling a story started by one of the first (its id is their story). Two statements and at
 * most two story updates, however many items and stories.
 */
async function insertItems(ctx, from, to) {
    const stored = new Array(to - from).fill(null);
    const first = [];
    const second = [];
    for (let i = from; i < to; i++) {
        const plan = ctx.candidates[i].plan;
        (plan.kind === 'follows' && plan.leader >= from ? second : first).push(i);
    }
    await insertRows(ctx, first, (i) => storyBefore(ctx, ctx.candidates[i].plan), stored, from);
    await insertRows(ctx, second, (i) => {
        const plan = ctx.candidates[i].plan;
        return plan.kind === 'follows' ? (stored[plan.leader - from]?.storyId ?? null) : null;
    }, stored, from);
    return stored;
}
/**
 * Inserts the rows of candidates `at` under `storyOf` (null: their own story), into stored[i - from].
 * Plain SQL of a few fixed row counts (fixedSizes), compiled once: building a statement of
 * hundreds of rows with the query builder, for every document, cost about as much as SQLite
 * storing them.
 */
async function insertRows(ctx, at, storyOf, stored, from) {
    if (!at.length)
        return;
    const source = ctx.origin.sourceId;
    const baseline = ctx.origin.baseline ? 1 : 0;
    const db = ctx.trx;
    const dialect = dialectOf(db);
    const ownStory = [];
    let next = 0;
    for (const size of fixedSizes(at.length)) {
        const run = at.slice(next, next + size);
        next += size;
        const params = [];
        for (const i of run) {
            const { parsed, url, hash, sig, extraction } = ctx.candidates[i];
            params.push(source, parsed.guid, url, parsed.title.slice(0, 1000), parsed.publishedAt, extraction.language, hash, storyOf(i), sig ? signatureToStored(sig, dialect) : null, baseline, ctx.nowIso);
        }
        const ids = await insertItemRows(db, params, size, run.map((i) => ctx.candidates[i].hash));
        for (const [k, i] of run.entries()) {
            const id = ids[k];
            if (id === undefined)
                continue;
            const storyId = storyOf(i) ?? id;
            if (storyId === id)
                ownStory.push(id);
            stored[i - from] = { id, storyId };
        }
    }
    for (let at = 0; at < ownStory.length; at += LONGEST_LIST) {
        const ids = paddedList(ownStory.slice(at, at + LONGEST_LIST));
        await compiledOnce(db, `own story ${ids.length}`, ids, () => sql `update items set story_id = id where id in (${sql.join(ids)})`);
    }
}
async function mergeFacts(ctx, i, stored, tally) {
    if (!stored) {
        tally.itemsDuplicate++;
        return;
    }
    const { parsed, url, extraction } = ctx.candidates[i];
    tally.itemsNew++;
    if (stored.storyId !== stored.id)
        tally.itemsSameStory++;
    const item = {
        id: stored.id,
        sourceId: ctx.origin.sourceId,
        publisher: ctx.origin.publisher,
        url,
        title: parsed.title,
        publishedAt: parsed.publishedAt,
        language: extraction.language,
        storyId: stored.storyId,
        baseline: ctx.origin.baseline,
    };
    const db = ctx.trx;
    for (const fact of extraction.facts) {
        const result = await mergeFact(db, fact, { itemId: item.id, documentSourceId: ctx.origin.singleDocument ? ctx.origin.sourceId : null, publisher: item.publisher, url, title: item.title, publishedAt: item.publishedAt, language: fact.language ?? item.language, quote: fact.quote }, ctx.nowIso);
        countOutcome(tally, result.outcome);
        await ctx.onMerged(db, result, fact, item);
    }
}
//# sourceMappingURL=store-items.js.map