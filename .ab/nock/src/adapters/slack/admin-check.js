/** How long a users.info answer is trusted: short, so a demoted admin loses rights within minutes. */
export const ADMIN_CACHE_MS = 5 * 60 * 1000;
/** Who may change sources and subscriptions on Slack, as refusals say it (the rule of createAdminCheck). */
export const SLACK_ADMINS = 'workspace admins and owners (or users listed in the configuration)';
/**
 * Admin = listed in SLACK_ADMIN_USER_IDS, or a workspace admin/owner according to users.info
 * (cached briefly per workspace and user). If Slack cannot answer, the user is treated as a
 * non-admin: refusing a change is recoverable, allowing one by mistake is not.
 */
export function createAdminCheck(deps) {
    const cache = new Map();
    return async (workspace, userId) => {
        if (deps.adminUserIds.includes(userId))
            return true;
        const key = `${workspace}:${userId}`;
        const now = deps.clock.now().getTime();
        const hit = cache.get(key);
        if (hit && hit.until > now)
            return hit.isAdmin;
        try {
            const res = await deps.client.users.info({ user: userId });
            const isAdmin = !!(res.user?.is_admin || res.user?.is_owner || res.user?.is_primary_owner);
            cache.set(key, { isAdmin, until: now + ADMIN_CACHE_MS });
            return isAdmin;
        }
        catch (err) {
            deps.log.warn('slack: users.info failed; treating the user as a non-admin', {
                user: userId,
                error: err instanceof Error ? err.message : String(err),
            });
            return false;
        }
    };
}
//# sourceMappingURL=admin-check.js.map