import { channelText } from '../../messages/reply.js';
/** Slack's text limits, enforced by the renderer (https://docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
    blocks: 50,
    sectionText: 3000,
    fieldText: 2000,
    fieldsPerSection: 10,
    header: 150,
    altText: 2000,
    imageUrl: 3000,
    tableRows: 100,
    tableCells: 20,
    /** Fallback `text`: shown in notifications; Slack advises keeping it short. */
    fallbackText: 3000,
};
/** Slack mrkdwn treats &, < and > as control characters; user text must show them literally. */
export const escapeMrkdwn = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A Slack channel as a clickable mention (`<#C0INTEL>`); a channel of another platform as escaped text. */
export function mrkdwnChannel(ref) {
    return ref.platform === 'slack' && /^[A-Z0-9]+$/.test(ref.id) ? `<#${ref.id}>` : escapeMrkdwn(channelText(ref));
}
const isWebUrl = (url) => !!url && /^https?:\/\/\S+$/i.test(url);
/**
 * `<url|label>` for http(s) URLs; the label alone otherwise (a link Slack cannot open is noise).
 * Characters that would end the link early are percent-encoded in the URL.
 */
export function mrkdwnLink(label, url) {
    const shown = escapeMrkdwn(label.replace(/\|/g, '/'));
    if (!isWebUrl(url))
        return shown;
    const safeUrl = url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
    return `<${safeUrl}|${shown}>`;
}
export const webUrlOrUndefined = (url) => (isWebUrl(url) ? url : undefined);
/**
 * Cuts text to at most `max` characters, ending with "…". Never leaves half an HTML entity
 * (`&am`) or half a surrogate pair behind, so escaped text stays valid after the cut.
 */
export function cut(text, max) {
    if (text.length <= max)
        return text;
    let kept = text.slice(0, max - 1);
    kept = kept.replace(/&[a-z]{0,4}$/, '');
    if (/[\uD800-\uDBFF]$/.test(kept))
        kept = kept.slice(0, -1);
    return `${kept}…`;
}
//# sourceMappingURL=mrkdwn.js.map