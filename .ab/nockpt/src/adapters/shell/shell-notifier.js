import { renderText } from '../../messages/render-text.js';
/** Alerts and digests for the terminal: printed, with the channel they were meant for. */
export function createShellNotifier(output) {
    return {
        platform: 'shell',
        async send(to, message, delivery) {
            // The outbox key says what this is: digest:{subscription}:{date} or alert:{subscription}:{fact}.
            const what = delivery?.key.startsWith('digest:') ? 'digest' : 'alert';
            try {
                output.write(`[${what} for ${to.workspace}/${to.channel}]\n${renderText(message, { color: Boolean(output.isTTY) })}\n`);
                return { ok: true };
            }
            catch (err) {
                return { ok: false, permanent: false, reason: err instanceof Error ? err.message : String(err) };
            }
        },
    };
}
//# sourceMappingURL=shell-notifier.js.map