import type { ParsedItem } from './parsed.js';

/** The guid as a web address, or null when it is not one ("pl-2", "tag:…", "urn:uuid:…"). */
function permalinkOf(guid: string | null): string | null {
  if (!guid || !/^https?:\/\//i.test(guid) || !URL.canParse(guid)) return null;
  return new URL(guid).href;
}

/**
 * Items without a link given their guid as the link when the guid is a web address: RSS 2.0 says
 * a guid is the item's permalink unless isPermaLink="false", and feeds that rely on it leave
 * <link> out. Without it the item's facts would have no link, and another outlet's copy at the
 * same address would not be found as one.
 */
export function withPermalinkGuids(items: ParsedItem[]): ParsedItem[] {
  return items.map((item) => {
    const permalink = item.url ? null : permalinkOf(item.guid);
    return permalink ? { ...item, url: permalink } : item;
  });
}
