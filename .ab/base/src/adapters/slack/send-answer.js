/**
 * Answers a slash command through its response_url. When Slack refuses the blocks (HTTP 400, e.g.
 * invalid_blocks), the text alone is sent instead. An answer meant for the channel falls back to
 * chat.postMessage (`postInChannel`) when the response_url is gone (expired, used five times); a
 * private one has no such fallback. Never throws: a command whose answer cannot be delivered is logged.
 */
export async function sendAnswer(log, message, audience, respond, postInChannel) {
    try {
        await respond({ response_type: audience, ...message });
        return;
    }
    catch (err) {
        const refused = statusOf(err) === 400;
        log.warn(refused ? 'slack: blocks refused; answering with the text alone' : 'slack: respond() failed', { error: errorText(err), audience });
        if (refused) {
            try {
                await respond({ response_type: audience, text: message.text });
                return;
            }
            catch (textErr) {
                log.warn('slack: respond() with the text alone failed too', { error: errorText(textErr), audience });
            }
        }
    }
    if (audience !== 'in_channel')
        return;
    try {
        await postInChannel(message);
    }
    catch (err) {
        log.error('slack: could not deliver a command answer', { error: errorText(err) });
    }
}
const statusOf = (err) => err?.statusCode;
const errorText = (err) => (err instanceof Error ? err.message : String(err));
//# sourceMappingURL=send-answer.js.map