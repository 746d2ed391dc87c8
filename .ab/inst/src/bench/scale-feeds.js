import { createServer } from 'node:http';
const COMPETITORS = ['Temu', 'Shein', 'Amazon', 'TikTok Shop', 'Bol.com'];
const COUNTRIES = ['Portugal', 'Spain', 'Italy', 'Poland', 'Germany', 'Austria', 'Sweden', 'Denmark', 'Ireland', 'Greece', 'Norway', 'Finland'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 60 distinct launch stories, each one sentence the extractor turns into one fact. */
export const STORIES = COMPETITORS.flatMap((c, ci) => COUNTRIES.map((country, ki) => `${c} launched in ${country} in ${MONTHS[(ci + ki) % 12]} 2024.`));
/** Source n tells three stories; each story is retold by ten sources, so facts corroborate. */
export const storiesOf = (n) => [n % 60, (n + 7) % 60, (n + 23) % 60];
function feedXml(n) {
    const items = storiesOf(n)
        .map((s) => `<item><title>Launch news ${s}</title><link>http://news${n}.test/${s}</link><guid>src${n}-story${s}</guid>` +
        `<pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>Feed ${n} reports: ${STORIES[s]}</description></item>`)
        .join('');
    return `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${n}</title><link>http://news${n}.test/</link>${items}</channel></rss>`;
}
/**
 * Serves /feed/0 … /feed/{count-1} as RSS after a short delay (so two fetches of one source
 * would overlap in time and be seen), counting requests and overlaps per path.
 */
export async function startFeedServer(count, delayMs = 30) {
    const hits = new Map();
    const open = new Map();
    const overlaps = [];
    const server = createServer((req, res) => {
        const path = req.url ?? '';
        const n = Number(/^\/feed\/(\d+)$/.exec(path)?.[1] ?? Number.NaN);
        if (!(n >= 0 && n < count)) {
            res.writeHead(404).end();
            return;
        }
        hits.set(path, (hits.get(path) ?? 0) + 1);
        if ((open.get(path) ?? 0) > 0)
            overlaps.push(path);
        open.set(path, (open.get(path) ?? 0) + 1);
        // A killed client closes its socket: the request is over for the server then too.
        res.once('close', () => open.set(path, (open.get(path) ?? 1) - 1));
        setTimeout(() => {
            if (!res.destroyed)
                res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml(n));
        }, delayMs);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        server,
        hits,
        overlaps,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
//# sourceMappingURL=scale-feeds.js.map