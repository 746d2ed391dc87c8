import { refused } from '../messages/reply.js';
/** Said when the adapter did not describe its platform's rule. */
const ANY_PLATFORM_ADMINS = 'admins (or users listed in the configuration)';
/** "Only <who may> can <what>. <hint>": the refusal of a change to a non-admin, worded for the platform. */
export function adminOnly(ctx, what, hint) {
    return refused(`Only ${ctx.admins ?? ANY_PLATFORM_ADMINS} can ${what}. ${hint}`);
}
//# sourceMappingURL=admin-refusal.js.map