import { describeSubscription } from '../src/alerts/describe-subscription.js';
import { subscribeArgs } from '../src/alerts/parse-subscribe.js';
import { hasSummerTime, sameClock } from '../src/alerts/timezone-words.js';
import { findSubscription, parseList, saveSubscription } from '../src/alerts/subscriptions.js';
import { defineCommand } from '../src/core/command.js';
import { displayNames, loadNameIndex, resolveWords } from '../src/domain/resolve-competitor.js';
import { followingChange } from '../src/alerts/following-change.js';
import { refused, reply } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';
export default defineCommand({
    name: 'subscribe',
    description: 'Post alerts and/or a daily digest about competitors in this channel',
    usage: '/subscribe [competitors…|all] [alerts|digest|both] [at HH:MM] [timezone] [metrics|events] [min low|medium|high] [skip-empty|show-empty]',
    examples: [
        '/subscribe tiktok temu both at 09:00 Europe/Amsterdam',
        '/subscribe all digest at 08:30 show-empty',
        '/subscribe shein alerts events min medium',
    ],
    options: [
        { name: 'competitors', description: 'Competitors to follow (default: all); named ones are added to those followed', required: false, kind: 'competitor' },
        { name: 'mode', description: 'Instant alerts, a daily digest, or both (the default)', required: false, kind: 'choice', choices: ['alerts', 'digest', 'both'] },
        { name: 'at', description: 'Digest time, HH:MM (default 09:00), optionally with its timezone: 9:00 CET', required: false, kind: 'string' },
        { name: 'timezone', description: 'IANA timezone, e.g. Europe/Amsterdam; CET or EST are read as such zones', required: false, kind: 'string' },
        { name: 'facts', description: 'Only metrics or only events (default: both)', required: false, kind: 'choice', choices: ['metrics', 'events'] },
        {
            name: 'min',
            description: 'Alert only for facts at least this important (default: high); "min low" when typed',
            required: false,
            kind: 'choice',
            choices: ['low', 'medium', 'high'],
        },
        {
            name: 'empty-days',
            description: 'skip-empty: no digest on days with nothing new (the default); show-empty: post "nothing new"',
            required: false,
            kind: 'choice',
            choices: ['skip-empty', 'show-empty'],
        },
    ],
    access: 'admin',
    args: subscribeArgs,
    async execute(ctx, args) {
        // Alerts would fail on the first post and disable the subscription: say how to fix it now.
        if (ctx.cannotPost)
            return refused(ctx.cannotPost);
        const index = await loadNameIndex(ctx.db);
        const resolved = resolveWords(index, args.competitorWords);
        if (resolved.unknown.length)
            return unknownCompetitorReply(resolved.unknown, index.competitors);
        const ids = resolved.found.map((c) => c.id);
        const existing = await findSubscription(ctx.db, ctx.channel);
        const current = existing ? parseList(existing.competitors) : [];
        // Naming competitors adds them; on an "all" subscription it narrows to just those.
        const competitors = args.all
            ? []
            : ids.length
                ? existing && current.length
                    ? [...new Set([...current, ...ids])]
                    : ids
                : undefined;
        // A digest time typed on an alerts-only subscription asks for a digest too.
        const digestAdded = !args.mode && args.digestTime !== undefined && existing?.mode === 'alerts';
        const mode = digestAdded ? 'both' : args.mode;
        const timezone = args.timezone && args.timezoneAbbreviation ? equivalentZone(args.timezone, [existing?.timezone, ctx.config.DEFAULT_TIMEZONE]) : args.timezone;
        const sub = await saveSubscription(ctx.db, ctx.channel, {
            ...(competitors ? { competitors } : {}),
            ...(args.factTypes ? { factTypes: args.factTypes } : {}),
            ...(args.minImportance !== undefined ? { minImportance: args.minImportance } : {}),
            ...(mode ? { mode } : {}),
            ...(args.digestTime ? { digestTime: args.digestTime } : {}),
            ...(timezone ? { timezone } : {}),
            ...(args.skipEmpty !== undefined ? { skipEmpty: args.skipEmpty } : {}),
        }, { timezone: ctx.config.DEFAULT_TIMEZONE, digestTime: ctx.config.DEFAULT_DIGEST_TIME }, ctx.invoker.id, ctx.clock.now());
        const names = displayNames(index);
        const change = existing && competitors ? followingChange(current, parseList(sub.competitors), names) : undefined;
        return reply([
            { kind: 'heading', text: existing ? 'Subscription updated' : 'Subscribed' },
            ...(change ? [{ kind: 'text', text: change }] : []),
            ...(digestAdded ? [{ kind: 'text', text: `A digest time was given: this channel now gets the daily digest at ${sub.digest_time} as well as instant alerts (/unsubscribe digest stops it).` }] : []),
            ...describeSubscription(sub, names),
            ...(timezone && args.timezoneAbbreviation
                ? [{ kind: 'context', text: `"${args.timezoneAbbreviation}" read as ${timezone}${hasSummerTime(timezone) ? ', which follows summer time: digest times stay on the local clock all year' : ''}.` }]
                : []),
            { kind: 'context', text: 'See delivery health with /subscriptions; preview the digest with /digest.' },
        ]);
    },
});
/** For an abbreviation (CET), the channel's own zone or the configured one when it keeps the same clock. */
function equivalentZone(read, preferred) {
    return preferred.find((zone) => zone !== undefined && sameClock(zone, read)) ?? read;
}
//# sourceMappingURL=subscribe.js.map