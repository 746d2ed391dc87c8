/**
 * Slack's answers when it refuses a message's blocks rather than the post itself. The same text
 * without blocks is accepted, so the message is sent again as plain text instead of being lost.
 */
export const BLOCKS_REFUSED = new Set([
    'invalid_blocks',
    'invalid_blocks_format',
    'invalid_attachments',
    'msg_blocks_too_long',
    'msg_too_long',
    'too_many_attachments',
]);
/** The error code of a Web API failure ("channel_not_found"), or a short description otherwise. */
export function slackErrorCode(err) {
    const data = err?.data;
    if (data && typeof data.error === 'string')
        return data.error;
    const message = err instanceof Error ? err.message : String(err);
    return message.slice(0, 200);
}
/**
 * chat.postMessage with blocks and the text fallback; when Slack refuses the blocks, once more
 * with the text alone (plain, but delivered). Throws what the last attempt threw.
 */
export async function postMessage(client, log, channel, message) {
    try {
        return await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks, unfurl_links: false });
    }
    catch (err) {
        const reason = slackErrorCode(err);
        if (!BLOCKS_REFUSED.has(reason))
            throw err;
        log.warn('slack: blocks refused; posting the text alone', { channel, reason, details: refusalDetails(err) });
        return client.chat.postMessage({ channel, text: message.text, unfurl_links: false });
    }
}
/** What Slack said was wrong with the blocks (`errors: ["… [json-pointer:/blocks/3/…]"]`), for the log. */
const refusalDetails = (err) => err?.data?.errors;
//# sourceMappingURL=post-message.js.map