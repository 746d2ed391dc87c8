import { describeSubscription } from '../src/alerts/describe-subscription.js';
import { subscribeArgs } from '../src/alerts/parse-subscribe.js';
import { findSubscription, parseList, saveSubscription } from '../src/alerts/subscriptions.js';
import { defineCommand } from '../src/core/command.js';
import { displayNames, loadNameIndex, resolveWords } from '../src/domain/resolve-competitor.js';
import { followingChange } from '../src/alerts/following-change.js';
import { reply } from '../src/messages/reply.js';
import { unknownCompetitorReply } from '../src/messages/unknown-competitor.js';

export default defineCommand({
  name: 'subscribe',
  description: 'Post alerts and/or a daily digest about competitors in this channel',
  usage: '/subscribe [competitors…|all] [alerts|digest|both] [at HH:MM] [timezone] [metrics|events] [min low|medium|high]',
  examples: ['/subscribe tiktok temu both at 09:00 Europe/Amsterdam', '/subscribe all digest at 08:30', '/subscribe shein alerts min medium'],
  options: [
    { name: 'competitors', description: 'Competitors to follow (default: all)', required: false, kind: 'competitor' },
    { name: 'mode', description: 'Instant alerts, a daily digest, or both', required: false, kind: 'choice', choices: ['alerts', 'digest', 'both'] },
    { name: 'at', description: 'Digest time, HH:MM', required: false, kind: 'string' },
    { name: 'timezone', description: 'IANA timezone, e.g. Europe/Amsterdam', required: false, kind: 'string' },
  ],
  access: 'admin',
  args: subscribeArgs,
  async execute(ctx, args) {
    const index = await loadNameIndex(ctx.db);
    const resolved = resolveWords(index, args.competitorWords);
    if (resolved.unknown.length) return unknownCompetitorReply(resolved.unknown, index.competitors);
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
    const sub = await saveSubscription(
      ctx.db,
      ctx.channel,
      {
        ...(competitors ? { competitors } : {}),
        ...(args.factTypes ? { factTypes: args.factTypes } : {}),
        ...(args.minImportance !== undefined ? { minImportance: args.minImportance } : {}),
        ...(args.mode ? { mode: args.mode } : {}),
        ...(args.digestTime ? { digestTime: args.digestTime } : {}),
        ...(args.timezone ? { timezone: args.timezone } : {}),
        ...(args.skipEmpty !== undefined ? { skipEmpty: args.skipEmpty } : {}),
      },
      { timezone: ctx.config.DEFAULT_TIMEZONE, digestTime: ctx.config.DEFAULT_DIGEST_TIME },
      ctx.invoker.id,
      ctx.clock.now(),
    );
    const names = displayNames(index);
    const change = existing && competitors ? followingChange(current, parseList(sub.competitors), names) : undefined;
    return reply([
      { kind: 'heading', text: existing ? 'Subscription updated' : 'Subscribed' },
      ...(change ? [{ kind: 'text' as const, text: change }] : []),
      ...describeSubscription(sub, names),
      { kind: 'context', text: 'See delivery health with /subscriptions; preview the digest with /digest.' },
    ]);
  },
});
