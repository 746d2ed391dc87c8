/** The readable form of a channel where no mention can be made: "#C0INTEL on slack". */
export const channelText = (ref) => `#${ref.id} on ${ref.platform}`;
/** A paragraph led by its channel, joined the same way by every renderer. */
export const withChannel = (channel, text) => (text ? `${channel}: ${text}` : channel);
export const reply = (blocks, status = 'ok') => ({ status, blocks });
export const usage = (text, hint) => reply([{ kind: 'text', text }, ...(hint ? [{ kind: 'context', text: hint }] : [])], 'usage');
export const notFound = (text, hint) => reply([{ kind: 'text', text }, ...(hint ? [{ kind: 'context', text: hint }] : [])], 'not_found');
export const refused = (text) => reply([{ kind: 'text', text }], 'refused');
//# sourceMappingURL=reply.js.map