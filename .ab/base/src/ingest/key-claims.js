/**
 * The links and text hashes that documents of one run are storing at this moment. A document
 * looks up its repeats before its transaction; two documents carrying the same article (one
 * outlet's "Temu" feed and its "retail" feed, read at once) would each miss the other's copy,
 * not yet committed, and both store it. So a document claims its new items' keys once it has
 * looked them up; a later document that finds one of them claimed waits for the claimant to
 * finish, then counts as repeats the keys it stored and claims the rest (the claimant may have
 * failed to store them: nothing is lost). Documents sharing no item never wait for each other.
 *
 * A document that has to wait claims nothing until it has waited: so no document ever waits for
 * one that is itself waiting, and two documents cannot wait for each other.
 */
export class KeyClaims {
    held = new Map();
    /**
     * Claims `keys` for one document. Resolves with the keys that documents claiming them earlier
     * stored meanwhile (repeats now) and `release`, which the document must call once it is done,
     * with the keys it stored, whether or not it stored anything.
     */
    async take(keys) {
        const storedByOthers = new Set();
        let pending = [...new Set(keys)];
        for (;;) {
            const waits = new Map();
            for (const key of pending) {
                const holder = this.held.get(key);
                if (!holder)
                    continue;
                const list = waits.get(holder);
                if (list)
                    list.push(key);
                else
                    waits.set(holder, [key]);
            }
            if (!waits.size)
                break;
            for (const [holder, held] of waits) {
                const stored = await holder.done;
                for (const key of held)
                    if (stored.has(key))
                        storedByOthers.add(key);
            }
            pending = pending.filter((key) => !storedByOthers.has(key));
        }
        let settle = () => { };
        const mine = { done: new Promise((resolve) => (settle = resolve)) };
        for (const key of pending)
            this.held.set(key, mine);
        let released = false;
        const release = (stored) => {
            if (released)
                return;
            released = true;
            for (const key of pending)
                if (this.held.get(key) === mine)
                    this.held.delete(key);
            settle(new Set(stored));
        };
        return { storedByOthers, release };
    }
}
/** The claim keys of an item: its link (unless it is a new version at its own link) and its text hash. */
export function itemKeys(url, hash, newVersion) {
    return url && !newVersion ? [`url ${url}`, `hash ${hash}`] : [`hash ${hash}`];
}
//# sourceMappingURL=key-claims.js.map