/** What tells two entries apart when their guids do not: the link, else the words. */
const articleKey = (item) => item.url ?? `${item.title}\n${item.text}`;
/**
 * Different articles under one guid from which the guid is taken to identify nothing. An entry
 * listed twice, the second time updated, shares its guid with one other (and stays one item);
 * a guid on three or more different articles is a publishing system's constant (the site's
 * address, "0").
 */
const CONSTANT_GUID_ARTICLES = 3;
/**
 * The feed's items with any constant guid set to null. Kept, it would make every entry after the
 * first a repeat of it, in this fetch and in every later one; without it the items are told apart
 * by link and text.
 */
export function withoutSharedGuids(items) {
    const articlesOfGuid = new Map();
    for (const item of items) {
        if (!item.guid)
            continue;
        const articles = articlesOfGuid.get(item.guid);
        if (articles)
            articles.add(articleKey(item));
        else
            articlesOfGuid.set(item.guid, new Set([articleKey(item)]));
    }
    const constant = new Set([...articlesOfGuid].filter(([, articles]) => articles.size >= CONSTANT_GUID_ARTICLES).map(([guid]) => guid));
    if (!constant.size)
        return items;
    return items.map((item) => (item.guid && constant.has(item.guid) ? { ...item, guid: null } : item));
}
//# sourceMappingURL=shared-guids.js.map