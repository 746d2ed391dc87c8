import { z } from 'zod';
import { describeSubscription } from '../src/alerts/describe-subscription.js';
import { deleteSubscription, findSubscription, parseList, saveSubscription } from '../src/alerts/subscriptions.js';
import { defineCommand } from '../src/core/command.js';
import { displayNames, loadNameIndex, resolveWords } from '../src/domain/resolve-competitor.js';
import { notFound, reply, usage } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';
/** Words that stop a kind of delivery rather than name a competitor. */
const MODE_WORDS = new Set(['alerts', 'alert', 'digest', 'digests']);
export default defineCommand({
    name: 'unsubscribe',
    description: 'Stop following some competitors here, or (without arguments) remove this channel’s subscription',
    usage: '/unsubscribe [competitors…]',
    examples: ['/unsubscribe temu', '/unsubscribe digest', '/unsubscribe'],
    options: [{ name: 'competitors', description: 'Competitors to stop following, or alerts / digest to stop just those (default: everything)', required: false, kind: 'competitor' }],
    access: 'admin',
    args: z.array(z.string().max(100)).max(20, 'Name at most 20 competitors.'),
    async execute(ctx, words) {
        const existing = await findSubscription(ctx.db, ctx.channel);
        if (!existing)
            return notFound('This channel has no subscription.', 'Start one with /subscribe.');
        if (!words.length) {
            await deleteSubscription(ctx.db, existing.id);
            return reply([{ kind: 'text', text: 'Unsubscribed: no more alerts or digests in this channel. Anything not yet sent was dropped.' }]);
        }
        const modeWords = words.filter((w) => MODE_WORDS.has(w.toLowerCase()));
        if (modeWords.length) {
            if (modeWords.length !== words.length)
                return usage('Stop alerts or the digest, or stop following competitors: one at a time.', 'e.g. /unsubscribe digest, /unsubscribe temu');
            const stop = new Set(modeWords.map((w) => (w.toLowerCase() === 'alerts' ? 'alerts' : 'digest')));
            const kept = ['alerts', 'digest'].filter((m) => (existing.mode === 'both' || existing.mode === m) && !stop.has(m));
            if (!kept.length) {
                await deleteSubscription(ctx.db, existing.id);
                return reply([{ kind: 'text', text: 'Unsubscribed: that was all this channel received, so the subscription is removed.' }]);
            }
            if (kept.length === 2 || kept[0] === existing.mode) {
                return notFound(`This channel gets no ${[...stop].join(' or ')}: nothing changed.`, 'See what it gets with /subscriptions.');
            }
            const sub = await saveSubscription(ctx.db, ctx.channel, { mode: kept[0] }, { timezone: existing.timezone, digestTime: existing.digest_time }, ctx.invoker.id, ctx.clock.now());
            return reply([
                { kind: 'heading', text: 'Subscription updated' },
                { kind: 'text', text: kept[0] === 'alerts' ? 'No more daily digest here; instant alerts continue.' : 'No more instant alerts here; the daily digest continues.' },
                ...describeSubscription(sub, displayNames(await loadNameIndex(ctx.db))),
            ]);
        }
        const index = await loadNameIndex(ctx.db);
        const resolved = resolveWords(index, words);
        if (resolved.unknown.length)
            return unknownCompetitorReply(resolved.unknown, index.competitors);
        const current = parseList(existing.competitors);
        // Removing from "all" leaves every other known competitor.
        const base = current.length ? current : index.competitors.map((c) => c.id);
        const names = displayNames(index);
        const notFollowed = resolved.found.filter((c) => !base.includes(c.id));
        const left = base.filter((c) => !resolved.found.some((f) => f.id === c));
        if (left.length === base.length) {
            return notFound(`${notFollowed.map((c) => c.name).join(', ')} ${notFollowed.length > 1 ? 'are' : 'is'} not followed here: nothing changed.`, `Followed here: ${base.map((id) => names.get(id) ?? id).join(', ')}.`);
        }
        if (!left.length) {
            await deleteSubscription(ctx.db, existing.id);
            return reply([{ kind: 'text', text: 'That was the last competitor followed here: the subscription is removed.' }]);
        }
        const sub = await saveSubscription(ctx.db, ctx.channel, { competitors: left }, { timezone: existing.timezone, digestTime: existing.digest_time }, ctx.invoker.id, ctx.clock.now());
        const removed = resolved.found.filter((c) => base.includes(c.id)).map((c) => c.name);
        const skipped = notFollowed.length ? ` (${notFollowed.map((c) => c.name).join(', ')} ${notFollowed.length > 1 ? 'were' : 'was'} not followed)` : '';
        return reply([
            { kind: 'heading', text: 'Subscription updated' },
            { kind: 'text', text: `Stopped following ${removed.join(', ')}${skipped}.` },
            ...describeSubscription(sub, names),
        ]);
    },
});
//# sourceMappingURL=unsubscribe.js.map