import { z } from 'zod';
import { previewDigest } from '../src/alerts/digest-tick.js';
import { findSubscription } from '../src/alerts/subscriptions.js';
import { defineCommand } from '../src/core/command.js';
export default defineCommand({
    name: 'digest',
    description: 'Preview what this channel’s next digest would say if it went out now',
    usage: '/digest',
    examples: ['/digest'],
    options: [],
    access: 'read',
    args: z.array(z.string()).max(0, '/digest takes no arguments; change what it covers with /subscribe.'),
    async execute(ctx) {
        const now = ctx.clock.now();
        const subscribed = await findSubscription(ctx.db, ctx.channel);
        const sub = subscribed ?? everything(ctx.channel, ctx.config.DEFAULT_TIMEZONE, now);
        const preview = await previewDigest(ctx.db, sub, now, subscribed ? {} : { after: 'day' });
        preview.blocks.push({ kind: 'context', text: footnote(subscribed) });
        return preview;
    },
});
function footnote(sub) {
    if (!sub)
        return 'This channel has no subscription: this is the last day across all competitors. /subscribe to get it daily.';
    if (sub.mode === 'alerts')
        return 'Preview only: this channel gets instant alerts, no daily digest. /subscribe both (or digest) to get one.';
    if (sub.disabled_reason)
        return 'Preview only: the subscription is disabled (see /subscriptions), so no digest goes out until /subscribe is run here again.';
    return 'Preview only: nothing was posted or marked as sent.';
}
/** A stand-in for an unsubscribed channel: all competitors, the last 24 hours. */
function everything(ch, timezone, now) {
    return {
        id: 0, ...ch, competitors: '[]', fact_types: '[]', min_importance: 0, mode: 'digest', digest_time: '00:00', timezone,
        skip_empty: 0, disabled_reason: null, disabled_at: null, created_by: null,
        created_at: new Date(now.getTime() - 24 * 60 * 60_000).toISOString(),
    };
}
//# sourceMappingURL=digest.js.map