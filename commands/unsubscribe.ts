import { z } from 'zod';
import { describeSubscription } from '../src/alerts/describe-subscription.js';
import { deleteSubscription, findSubscription, parseList, saveSubscription } from '../src/alerts/subscriptions.js';
import { defineCommand } from '../src/core/command.js';
import { loadCompetitorNames, unknownCompetitorMessage } from '../src/domain/competitor-names.js';
import { resolveCompetitorWords } from '../src/domain/resolve-competitor-words.js';
import { notFound, reply, usage } from '../src/messages/reply.js';

export default defineCommand({
  name: 'unsubscribe',
  description: 'Stop following some competitors here, or (without arguments) remove this channel’s subscription',
  usage: '/unsubscribe [competitors…]',
  examples: ['/unsubscribe temu', '/unsubscribe'],
  options: [{ name: 'competitors', description: 'Competitors to stop following (default: everything)', required: false, kind: 'competitor' }],
  access: 'admin',
  args: z.array(z.string().max(100)).max(20, 'Name at most 20 competitors.'),
  async execute(ctx, words) {
    const existing = await findSubscription(ctx.db, ctx.channel);
    if (!existing) return notFound('This channel has no subscription.', 'Start one with /subscribe.');
    if (!words.length) {
      await deleteSubscription(ctx.db, existing.id);
      return reply([{ kind: 'text', text: 'Unsubscribed: no more alerts or digests in this channel. Anything not yet sent was dropped.' }]);
    }
    const names = await loadCompetitorNames(ctx.db);
    const resolved = resolveCompetitorWords(names, words);
    if (!resolved.ok) return usage(unknownCompetitorMessage(resolved));
    const current = parseList(existing.competitors);
    // Removing from "all" leaves every other known competitor.
    const base = current.length ? current : [...names.display.keys()];
    const left = base.filter((c) => !resolved.ids.includes(c));
    if (!left.length) {
      await deleteSubscription(ctx.db, existing.id);
      return reply([{ kind: 'text', text: 'That was the last competitor followed here: the subscription is removed.' }]);
    }
    const sub = await saveSubscription(
      ctx.db,
      ctx.channel,
      { competitors: left },
      { timezone: existing.timezone, digestTime: existing.digest_time },
      ctx.invoker.id,
      ctx.clock.now(),
    );
    return reply([{ kind: 'heading', text: 'Subscription updated' }, ...describeSubscription(sub, names.display)]);
  },
});
