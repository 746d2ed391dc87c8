import { postMessage, slackErrorCode } from './post-message.js';
import { renderBlocks } from './render-blocks.js';
/**
 * Slack errors after which retrying the same post cannot succeed: the channel is gone or archived,
 * the bot was removed, or the token lost its rights. The subscription is disabled with the reason.
 */
export const PERMANENT_ERRORS = new Set([
    'channel_not_found',
    'not_in_channel',
    'is_archived',
    'account_inactive',
    'invalid_auth',
    'token_revoked',
    'missing_scope',
    'restricted_action',
]);
/**
 * Delivers alerts and digests with chat.postMessage. Rate limits (429 + Retry-After) are waited out
 * by the client's own retry policy, so `send` resolves once Slack accepted the message or gave up.
 * Blocks Slack refuses are replaced by the plain text, so an alert is never lost to its layout.
 */
export function createSlackNotifier(client, log) {
    return {
        platform: 'slack',
        async send(to, message) {
            try {
                const res = await postMessage(client, log, to.channel, renderBlocks(message));
                return { ok: true, ...(res.ts ? { messageId: res.ts } : {}) };
            }
            catch (err) {
                const reason = slackErrorCode(err);
                const permanent = PERMANENT_ERRORS.has(reason);
                log.warn('slack: chat.postMessage failed', { channel: to.channel, workspace: to.workspace, reason, permanent });
                return { ok: false, permanent, reason };
            }
        },
    };
}
//# sourceMappingURL=notifier.js.map