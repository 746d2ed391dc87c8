/**
 * The ingestion benchmark's corpus: RSS files of generated five-sentence articles. Articles 900
 * apart tell the same story in other words (a new headline and reference line), so most items
 * are retellings that the story index must match, as when many outlets carry one piece of news.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
export const BENCH_COMPETITORS = [
    ['tiktok-shop', 'TikTok Shop'],
    ['shein', 'Shein'],
    ['temu', 'Temu'],
    ['amazon', 'Amazon'],
    ['bol', 'Bol.com'],
];
const MARKETS = ['Spain', 'France', 'Germany', 'Italy', 'Poland', 'Brazil', 'Mexico', 'Japan', 'Canada', 'Belgium'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FILLER = [
    'Shoppers can now buy products directly inside short videos and live streams.',
    'The company said local sellers had joined during a test phase over the winter.',
    'Payments and delivery are handled by partners in the country.',
    'Retail analysts said competition for cheap imported goods is growing quickly.',
    'Consumer groups asked regulators to look at product safety and returns.',
];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function article(n) {
    const [, name] = BENCH_COMPETITORS[n % BENCH_COMPETITORS.length];
    const market = MARKETS[(n >> 3) % MARKETS.length];
    const month = MONTHS[n % 12];
    const year = 2019 + (n % 6);
    const users = 10 + (n % 900);
    const lines = [
        `${name} launched in ${market} in ${month} ${year}.`,
        `${name} had ${users} million monthly users in ${market} in ${year}.`,
        FILLER[n % FILLER.length],
        FILLER[(n + 2) % FILLER.length],
        `Story reference ${n}: reporters counted ${n * 7} comments under the announcement.`,
    ];
    return { title: `${name} in ${market}: update ${n}`, text: lines.join(' ') };
}
/** Feed number `f` of the corpus: articles f·perFeed … (f+1)·perFeed − 1, one a minute. */
export function benchFeed(f, perFeed) {
    const items = [];
    for (let i = 0; i < perFeed; i++) {
        const n = f * perFeed + i;
        const a = article(n);
        const date = new Date(Date.UTC(2024, 0, 1) + n * 60_000).toUTCString();
        items.push(`<item><guid>bench-${n}</guid><title>${esc(a.title)}</title><link>https://bench${f}.example/a/${n}</link><pubDate>${date}</pubDate><description>${esc(a.text)}</description></item>`);
    }
    return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench ${f}</title><link>https://bench${f}.example/</link><description>bench</description><language>en</language>${items.join('')}</channel></rss>`;
}
/** Writes `feeds` RSS files into `dir`; returns their paths. */
export function writeBenchFeeds(dir, feeds, perFeed) {
    return Array.from({ length: feeds }, (_, f) => {
        const path = join(dir, `feed-${f}.xml`);
        writeFileSync(path, benchFeed(f, perFeed));
        return path;
    });
}
//# sourceMappingURL=ingest-corpus.js.map