const EDITIONS = {
    en: 'hl=en-US&gl=US&ceid=US:en',
    fr: 'hl=fr&gl=FR&ceid=FR:fr',
    nl: 'hl=nl&gl=NL&ceid=NL:nl',
};
/** The search each competitor's feeds run; quoted so "bol" does not match every Dutch sentence. */
const QUERIES = {
    'tiktok-shop': { label: 'TikTok Shop', query: '"TikTok Shop"' },
    shein: { label: 'Shein', query: 'Shein' },
    temu: { label: 'Temu', query: 'Temu' },
    amazon: { label: 'Amazon', query: 'Amazon (e-commerce OR marketplace OR webshop OR "commerce en ligne")' },
    bol: { label: 'Bol.com', query: '"bol.com"' },
};
export const googleNewsUrl = (query, language) => `https://news.google.com/rss/search?q=${encodeURIComponent(query)}&${EDITIONS[language]}`;
export const seedFeeds = Object.entries(QUERIES).flatMap(([competitorId, { label, query }]) => Object.keys(EDITIONS).map((language) => ({
    url: googleNewsUrl(query, language),
    name: `Google News (${language}): ${label}`,
    competitorId,
    language,
})));
//# sourceMappingURL=feeds.js.map