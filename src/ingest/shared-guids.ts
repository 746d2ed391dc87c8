import type { ParsedItem } from './parsed.js';

/** What tells two entries apart when their guids do not: the link, else the words. */
const articleKey = (item: ParsedItem) => item.url ?? `${item.title}\n${item.text}`;

/**
 * The feed's items with any guid that several different articles share set to null. Some
 * publishing systems give every entry the same guid (the site's address, "0"): kept, it would
 * make every entry after the first a repeat of it, in this fetch and in every later one. Without
 * it the items are told apart by link and text. The same entry listed twice keeps its guid.
 */
export function withoutSharedGuids(items: ParsedItem[]): ParsedItem[] {
  const keyOfGuid = new Map<string, string | null>();
  for (const item of items) {
    if (!item.guid) continue;
    const key = articleKey(item);
    const seen = keyOfGuid.get(item.guid);
    if (seen === undefined) keyOfGuid.set(item.guid, key);
    else if (seen !== key) keyOfGuid.set(item.guid, null);
  }
  if (![...keyOfGuid.values()].includes(null)) return items;
  return items.map((item) => (item.guid && keyOfGuid.get(item.guid) === null ? { ...item, guid: null } : item));
}
