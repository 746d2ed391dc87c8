import { resolveLink } from './parse-feed.js';
/**
 * Items without a link given their guid as the link when the guid is a web address (resolveLink
 * with no base: "pl-2", "tag:…" and "urn:uuid:…" are none): RSS 2.0 says a guid is the item's
 * permalink unless isPermaLink="false", and feeds that rely on it leave <link> out. Without it the
 * item's facts would have no link, and another outlet's copy at the same address would not be
 * found as one.
 */
export function withPermalinkGuids(items) {
    return items.map((item) => {
        const permalink = item.url ? null : resolveLink(item.guid, null);
        return permalink ? { ...item, url: permalink } : item;
    });
}
//# sourceMappingURL=permalink-guids.js.map