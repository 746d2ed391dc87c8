import { parseList } from './subscriptions.js';
const LEVEL = ['any', 'low', 'medium', 'high'];
/** The settings of a subscription as label/value fields, with competitor ids shown by name. */
export function describeSubscription(sub, display) {
    const competitors = parseList(sub.competitors);
    const types = parseList(sub.fact_types);
    const fields = [
        { label: 'Competitors', value: competitors.length ? competitors.map((c) => display.get(c) ?? c).join(', ') : 'all' },
        { label: 'Facts', value: types.length ? types.map((t) => `${t}s`).join(', ') : 'metrics and events' },
        { label: 'Mode', value: sub.mode === 'both' ? 'instant alerts and a daily digest' : sub.mode === 'alerts' ? 'instant alerts' : 'daily digest' },
    ];
    if (sub.mode !== 'digest')
        fields.push({ label: 'Alerts for', value: `importance ${LEVEL[sub.min_importance] ?? sub.min_importance} and above` });
    if (sub.mode !== 'alerts') {
        fields.push({ label: 'Digest', value: `${sub.digest_time} ${sub.timezone}${sub.skip_empty ? ', skipped on empty days' : ', "nothing new" on empty days'}` });
    }
    const blocks = [{ kind: 'text', text: '', channel: { platform: sub.platform, id: sub.channel }, fields }];
    if (sub.disabled_reason) {
        blocks.push({
            kind: 'text',
            text: `Disabled ${sub.disabled_at?.slice(0, 16).replace('T', ' ') ?? ''} UTC: ${sub.disabled_reason}. Fix the cause (invite the bot back, grant it permission to post), then run /subscribe again here to resume.`,
        });
    }
    return blocks;
}
/** Delivery health: what waits, what went, what failed and why. */
export function describeHealth(h) {
    const fields = [
        { label: 'Pending', value: String(h.pending + h.sending) },
        { label: 'Sent', value: `${h.sent}${h.lastSentAt ? ` (last ${h.lastSentAt.slice(0, 16).replace('T', ' ')} UTC)` : ''}` },
        { label: 'Failed', value: String(h.dead) },
    ];
    if (h.lastError)
        fields.push({ label: 'Last error', value: h.lastError });
    return { kind: 'text', text: 'Delivery', fields };
}
/** Disabled subscriptions of other channels in the workspace, each with its reason (at most `shown`). */
export function describeDisabledElsewhere(subs, shown = 10) {
    // One paragraph per channel, led by the channel: a mention where the platform makes one clickable.
    const channels = subs.slice(0, shown).map((s) => ({
        kind: 'text',
        text: `${s.disabled_reason} (since ${s.disabled_at?.slice(0, 16).replace('T', ' ') ?? '?'} UTC)`,
        channel: { platform: s.platform, id: s.channel },
    }));
    const more = subs.length > shown ? ` The ${shown} most recent are listed.` : '';
    return [
        {
            kind: 'text',
            text: `Disabled elsewhere in this workspace: alerts and digests stopped because the channel refused them. Fix the cause, then /subscribe again in that channel.${more}`,
        },
        ...channels,
    ];
}
//# sourceMappingURL=describe-subscription.js.map