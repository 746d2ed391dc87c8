import { linkAndHash } from './item-keys.js';
import { itemKeys } from './key-claims.js';
import { lockMerges } from './merge-locks.js';
import { planStories, settleStories } from './plan-stories.js';
import { storeChunk } from './store-items.js';
import { storedKeys } from './stored-keys.js';
import { SIGNATURE_SIZE, signatureOfNormalised } from './story-signature.js';
import { addTally, emptyTally } from './tally.js';
/** Items per multi-row insert (11 bound parameters each: well under SQLite's and Postgres' limits). */
const STORE_CHUNK = 500;
/**
 * Stores a fetched document's new items (not a repeat by guid or link in this source, nor a link
 * or text stored anywhere) and merges their facts, in one transaction per document: one commit
 * instead of one per item is what makes ingestion fast, and so are the few statements per
 * document (lookups, then one multi-row insert per chunk) instead of several per item. If a chunk
 * fails, its items are stored one by one under a savepoint each, so an item that fails is rolled
 * back alone and the others are still stored. An item retelling a stored story joins that story
 * and its facts corroborate. Returns the number of failed items.
 */
export async function ingestItems(deps, origin, items, tally) {
    const found = await newItems(deps.db, origin, items, tally);
    if (!found.length)
        return 0;
    // Another document of this run may be storing some of them now: wait for it, then its copies are repeats.
    const keysOf = new Map(found.map((k) => [k, itemKeys(k.url, k.hash, k.newVersion)]));
    const claim = await deps.claims.take([...keysOf.values()].flat());
    const taken = claim.storedByOthers;
    const fresh = taken.size ? found.filter((k) => !keysOf.get(k).some((key) => taken.has(key))) : found;
    tally.itemsDuplicate += found.length - fresh.length;
    const stored = new Array(fresh.length).fill(null);
    try {
        return fresh.length ? await storeFresh(deps, origin, fresh, stored, tally) : 0;
    }
    finally {
        claim.release(fresh.flatMap((k, i) => (stored[i] ? keysOf.get(k) : [])));
    }
}
/** ingestItems for the items found new: into `stored` by position, what became of each (null: not stored). */
async function storeFresh(deps, origin, fresh, stored, tally) {
    const competitors = new Set((await deps.db.selectFrom('competitors').select('id').execute()).map((r) => r.id));
    // Room for the signatures signed here; none when the parse thread signed every item.
    const signatures = new Int32Array(fresh.some((k) => k.normalised !== null) ? fresh.length * SIGNATURE_SIZE : 0);
    const read = fresh.map((k, i) => {
        const published = k.parsed.publishedAt;
        const extraction = deps.extract({
            title: k.parsed.title,
            text: k.parsed.text,
            language: k.parsed.language ?? origin.language,
            published: published ? published.slice(0, 10) : null,
        });
        // A fact about a competitor that is not (or no longer) in the database cannot be stored;
        // dropping it keeps the item and its other facts.
        const facts = extraction.facts.length ? extraction.facts.filter((f) => competitors.has(f.competitor)) : extraction.facts;
        tally.factsUnknownCompetitor += extraction.facts.length - facts.length;
        const sig = k.normalised === null ? k.signature : signatureOfNormalised(k.normalised, signatures.subarray(i * SIGNATURE_SIZE, (i + 1) * SIGNATURE_SIZE));
        // Fields written out, not spread: spreading an object per item cost as much as signing it.
        return { parsed: k.parsed, url: k.url, hash: k.hash, sig, extraction: { language: extraction.language, facts } };
    });
    const plans = planStories(deps.stories, read.map((r) => r.sig));
    const local = emptyTally();
    let candidates = [];
    let failed = 0;
    let committed = false;
    let trx;
    try {
        const settled = await settleStories(plans);
        candidates = read.map((r, i) => ({ parsed: r.parsed, url: r.url, hash: r.hash, sig: r.sig, extraction: r.extraction, plan: settled[i] }));
        trx = await deps.db.startTransaction().execute();
        await lockMerges(trx, candidates.flatMap((c) => c.extraction.facts));
        const ctx = { trx, origin, nowIso: deps.clock.now().toISOString(), onMerged: deps.onMerged, log: deps.log, candidates, stored };
        for (let from = 0; from < candidates.length; from += STORE_CHUNK) {
            failed += await storeChunk(ctx, from, Math.min(from + STORE_CHUNK, candidates.length), local);
        }
        await trx.commit().execute();
        committed = true;
    }
    catch (err) {
        await trx?.rollback().execute().catch(() => { });
        stored.fill(null);
        throw err;
    }
    finally {
        // Documents waiting for a story this one started read it now (null: start their own).
        for (const [i, p] of plans.entries()) {
            if (p.kind === 'starts')
                p.claim?.settle(committed ? (stored[i]?.storyId ?? null) : null);
        }
    }
    addTally(tally, local);
    // Every retelling is indexed too, so a third outlet close to the second still joins the story.
    for (const [i, c] of candidates.entries()) {
        const s = stored[i];
        if (s && c.sig && !(c.plan.kind === 'starts' && c.plan.claim))
            deps.stories.add(c.sig, s.storyId);
    }
    return failed;
}
/**
 * The document's items that are not repeats: by guid, link or text within the document, by guid
 * or link already stored from this source, or by a link or text stored from any source — except a
 * page's or file's own link with a new text, which is its next version. Counts the repeats.
 */
async function newItems(db, origin, items, tally) {
    const keyed = items.map((parsed) => {
        // Keys the parse thread worked out are taken as they are: the same functions, off this thread.
        const keys = parsed.keys;
        if (keys)
            return { parsed, url: keys.url, normalised: null, signature: keys.signature, hash: keys.hash, newVersion: false };
        const { url, hash, normalised } = linkAndHash(parsed, origin.singleDocument === true);
        return { parsed, url, normalised, signature: null, hash, newVersion: false };
    });
    const keys = { guids: new Set(), urls: new Set(), hashes: new Set() };
    for (const k of keyed) {
        if (k.parsed.guid)
            keys.guids.add(k.parsed.guid);
        if (k.url)
            keys.urls.add(k.url);
        keys.hashes.add(k.hash);
    }
    const stored = await storedKeys(db, origin.sourceId, { guids: [...keys.guids], urls: [...keys.urls], hashes: [...keys.hashes] });
    const guids = new Set();
    const urls = new Set();
    const hashes = new Set();
    const fresh = [];
    for (const k of keyed) {
        const guid = k.parsed.guid;
        // A page or file read again at its own link with another text is a new version of it (a page
        // that changed between polls, an edited file): stored, so what changed is read. Same text: a repeat.
        const newVersion = origin.singleDocument === true && k.url !== null && stored.urls.has(k.url);
        const repeat = (guid && (stored.guids.has(guid) || guids.has(guid))) ||
            (k.url && !newVersion && (stored.urls.has(k.url) || urls.has(k.url))) ||
            stored.hashes.has(k.hash) ||
            hashes.has(k.hash);
        if (repeat) {
            tally.itemsDuplicate++;
            continue;
        }
        if (guid)
            guids.add(guid);
        if (k.url)
            urls.add(k.url);
        hashes.add(k.hash);
        if (k.url && !newVersion && stored.urlsAnywhere.has(k.url)) {
            tally.itemsDuplicate++;
            continue;
        }
        k.newVersion = newVersion;
        fresh.push(k);
    }
    return fresh;
}
//# sourceMappingURL=ingest-item.js.map