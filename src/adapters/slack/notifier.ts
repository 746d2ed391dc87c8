import type { webApi } from '@slack/bolt';
import type { Notifier, SendResult } from '../../alerts/notifier.js';
import type { Logger } from '../../logger.js';
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

/** The error code of a Web API failure ("channel_not_found"), or a short description otherwise. */
export function slackErrorCode(err: unknown): string {
  const data = (err as { data?: { error?: unknown } } | null)?.data;
  if (data && typeof data.error === 'string') return data.error;
  const message = err instanceof Error ? err.message : String(err);
  return message.slice(0, 200);
}

/**
 * Delivers alerts and digests with chat.postMessage. Rate limits (429 + Retry-After) are waited out
 * by the client's own retry policy, so `send` resolves once Slack accepted the message or gave up.
 */
export function createSlackNotifier(client: webApi.WebClient, log: Logger): Notifier {
  return {
    platform: 'slack',
    async send(to, message): Promise<SendResult> {
      const { text, blocks } = renderBlocks(message);
      try {
        const res = await client.chat.postMessage({ channel: to.channel, text, blocks, unfurl_links: false });
        return { ok: true, ...(res.ts ? { messageId: res.ts } : {}) };
      } catch (err) {
        const reason = slackErrorCode(err);
        const permanent = PERMANENT_ERRORS.has(reason);
        log.warn('slack: chat.postMessage failed', { channel: to.channel, workspace: to.workspace, reason, permanent });
        return { ok: false, permanent, reason };
      }
    },
  };
}
