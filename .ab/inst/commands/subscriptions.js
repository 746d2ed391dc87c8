import { z } from 'zod';
import { describeDisabledElsewhere, describeHealth, describeSubscription } from '../src/alerts/describe-subscription.js';
import { deliveryHealth } from '../src/alerts/health.js';
import { disabledElsewhere, findSubscription } from '../src/alerts/subscriptions.js';
import { defineCommand } from '../src/core/command.js';
import { displayNames, loadNameIndex } from '../src/domain/resolve-competitor.js';
import { notFound, reply } from '../src/messages/reply.js';
export default defineCommand({
    name: 'subscriptions',
    description: 'This channel’s alerts and digest settings, with delivery health',
    usage: '/subscriptions',
    examples: ['/subscriptions'],
    options: [],
    access: 'read',
    args: z.array(z.string()).max(0, '/subscriptions takes no arguments.'),
    async execute(ctx) {
        const sub = await findSubscription(ctx.db, ctx.channel);
        const others = await disabledElsewhere(ctx.db, ctx.channel);
        const elsewhere = others.length ? describeDisabledElsewhere(others) : [];
        if (!sub) {
            const none = notFound('This channel has no subscription.', 'Start one with /subscribe (e.g. /subscribe all both at 09:00).');
            return others.length ? reply([...none.blocks, ...elsewhere], 'not_found') : none;
        }
        return reply([
            { kind: 'heading', text: sub.disabled_reason ? 'Subscription (disabled)' : 'Subscription' },
            ...describeSubscription(sub, displayNames(await loadNameIndex(ctx.db))),
            describeHealth(await deliveryHealth(ctx.db, sub.id)),
            ...elsewhere,
        ]);
    },
});
//# sourceMappingURL=subscriptions.js.map