import { StoryClaim } from './story-index.js';
/**
 * Plans the stories of a document's new items, in order, in one synchronous pass: an item
 * retelling an indexed story joins it, one retelling an earlier item of the document follows
 * it, any other claims a new story. Claims of other documents met here belong to documents that
 * planned earlier, so waiting for them (settleStories) follows the planning order and cannot
 * form a cycle.
 */
export function planStories(index, sigs) {
    const leaders = new Map();
    return sigs.map((sig, i) => {
        const match = sig ? index.find(sig) : null;
        if (match instanceof StoryClaim && leaders.has(match))
            return { kind: 'follows', leader: leaders.get(match) };
        if (match !== null)
            return { kind: 'joins', story: match };
        if (!sig)
            return { kind: 'starts', claim: null };
        const claim = new StoryClaim();
        index.add(sig, claim);
        leaders.set(claim, i);
        return { kind: 'starts', claim };
    });
}
/**
 * Waits for the stories other documents were storing when these were planned; an item whose
 * story was not stored after all starts its own. Call before taking a connection or a lock:
 * the documents waited for need them to finish.
 */
export async function settleStories(plans) {
    const pending = plans.flatMap((p) => (p.kind === 'joins' && p.story instanceof StoryClaim ? [p.story.done] : []));
    if (pending.length)
        await Promise.all(pending);
    return plans.map((p) => {
        if (p.kind !== 'joins')
            return p;
        if (typeof p.story === 'number')
            return { kind: 'joins', story: p.story };
        const storyId = p.story.storyId;
        return storyId === null ? { kind: 'starts', claim: null } : { kind: 'joins', story: storyId };
    });
}
//# sourceMappingURL=plan-stories.js.map