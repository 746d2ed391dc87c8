/** Small feed documents in our own words, for the local test server. */

export interface FeedEntry {
  guid: string;
  title: string;
  link: string;
  text: string;
  date?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rss(entries: FeedEntry[], opts: { title?: string; language?: string; encoding?: string } = {}): string {
  const items = entries
    .map(
      (e) => `  <item>
    <guid>${esc(e.guid)}</guid>
    <title>${esc(e.title)}</title>
    <link>${esc(e.link)}</link>
    <pubDate>${new Date(e.date ?? '2024-03-20T08:00:00Z').toUTCString()}</pubDate>
    <description>${esc(e.text)}</description>
  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${opts.encoding ?? 'UTF-8'}"?>
<rss version="2.0"><channel>
  <title>${esc(opts.title ?? 'Test feed')}</title>
  <link>https://news.example/</link>
  <description>test</description>
  ${opts.language ? `<language>${opts.language}</language>` : ''}
${items}
</channel></rss>`;
}

export function atom(entries: FeedEntry[], opts: { title?: string; lang?: string } = {}): string {
  const items = entries
    .map(
      (e) => `  <entry>
    <id>${esc(e.guid)}</id>
    <title>${esc(e.title)}</title>
    <link href="${esc(e.link)}"/>
    <updated>${e.date ?? '2024-03-20T08:00:00Z'}</updated>
    <content type="html">${esc(`<p>${e.text}</p>`)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"${opts.lang ? ` xml:lang="${opts.lang}"` : ''}>
  <title>${esc(opts.title ?? 'Atom test')}</title>
  <id>urn:test</id>
  <updated>2024-03-20T08:00:00Z</updated>
${items}
</feed>`;
}
