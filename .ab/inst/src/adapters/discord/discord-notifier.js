import { createHash } from 'node:crypto';
import { DiscordAPIError, Routes } from 'discord.js';
import { renderEmbeds } from './render-embeds.js';
/**
 * Discord error codes after which retrying cannot help: the bot lost access to the channel, may
 * not post there, or the channel is gone. The subscription is disabled with the reason.
 */
const PERMANENT = {
    10003: 'Unknown Channel: the channel was deleted',
    50001: 'Missing Access: the bot cannot see the channel (removed from the server, or the channel is private)',
    50013: 'Missing Permissions: the bot may not post there (needs View Channel, Send Messages, Embed Links)',
    50007: 'Cannot send messages to this user: a direct-message subscription whose user blocked the bot or left every shared server',
};
/**
 * Posts alerts and digests with POST /channels/{id}/messages through discord.js's REST client,
 * which queues and waits out rate limits itself. Never throws.
 *
 * Each post carries a nonce derived from the outbox row, with `enforce_nonce`: if a worker died
 * after Discord accepted a message but before the row was marked sent, the retry (within Discord's
 * few-minute nonce window) returns the first message instead of posting a duplicate.
 */
export function createDiscordNotifier(rest, log) {
    return {
        platform: 'discord',
        async send(to, message, delivery) {
            try {
                const body = { ...renderEmbeds(message), allowed_mentions: { parse: [] }, ...(delivery ? nonceFor(delivery) : {}) };
                const posted = (await rest.post(Routes.channelMessages(to.channel), { body }));
                return posted?.id ? { ok: true, messageId: posted.id } : { ok: true };
            }
            catch (err) {
                return failure(err, to, log);
            }
        },
    };
}
/** Discord nonces are at most 25 characters: a hash of the delivery key, stable across retries. */
export function nonceFor(delivery) {
    return { nonce: createHash('sha256').update(delivery.key).digest('base64url').slice(0, 25), enforce_nonce: true };
}
function failure(err, to, log) {
    if (err instanceof DiscordAPIError) {
        const code = typeof err.code === 'number' ? err.code : Number(err.code);
        const known = PERMANENT[code];
        if (known) {
            log.warn('discord: channel refuses messages', { channel: to.channel, code });
            return { ok: false, permanent: true, reason: `${known} (Discord ${code})` };
        }
        return { ok: false, permanent: false, reason: `Discord ${err.status} ${code}: ${err.message}`.slice(0, 300) };
    }
    const text = err instanceof Error ? err.message : String(err);
    return { ok: false, permanent: false, reason: `Discord request failed: ${text}`.slice(0, 300) };
}
//# sourceMappingURL=discord-notifier.js.map