import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/ingest/parse-page.js';

const PAGE = `<!doctype html>
<html lang="nl-BE">
<head>
  <title>Site title | Handelsnieuws</title>
  <meta property="og:title" content="Bol.com opent winkel in Wallonië">
  <meta property="article:published_time" content="2024-05-14T07:30:00+02:00">
  <link rel="canonical" href="/nieuws/bol-wallonie">
  <script>var tracking = "Temu had 999 million users";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/tech">Tech</a> Menu item about Shein</nav>
  <article>
    <h1>Bol.com opent winkel in Wallonië</h1>
    <p>Bol.com breidt uit naar Wallonië met een Franstalige website.</p>
    <p>Het bedrijf telt 13 miljoen klanten in Nederland en België.</p>
  </article>
  <aside>Lees ook: Amazon verlaagt prijzen</aside>
  <footer>© Handelsnieuws</footer>
</body>
</html>`;

describe('parsePage', () => {
  const doc = parsePage(PAGE, 'https://news.example/artikel?id=7');
  const item = doc.items[0]!;

  it('page: main text keeps the article and drops nav, script and aside', () => {
    expect(doc.items).toHaveLength(1);
    expect(item.text).toContain('Bol.com breidt uit naar Wallonië');
    expect(item.text).toContain('13 miljoen klanten');
    expect(item.text).not.toContain('Menu item about Shein');
    expect(item.text).not.toContain('999 million');
    expect(item.text).not.toContain('Amazon verlaagt prijzen');
  });

  it('page: og:title wins over <title>', () => {
    expect(item.title).toBe('Bol.com opent winkel in Wallonië');
    expect(doc.title).toBe('Bol.com opent winkel in Wallonië');
  });

  it('page: <html lang> gives the language', () => {
    expect(doc.language).toBe('nl');
    expect(item.language).toBe('nl');
  });

  it('page: the canonical link, resolved against the page, is the item URL', () => {
    expect(item.url).toBe('https://news.example/nieuws/bol-wallonie');
  });

  it('page: the published meta dates the item', () => {
    expect(item.publishedAt?.slice(0, 10)).toBe('2024-05-14');
    expect(new Date(item.publishedAt!).toISOString()).toBe('2024-05-14T05:30:00.000Z');
  });

  it('page: without og:title, canonical or meta the page URL and <title> are used', () => {
    const bare = parsePage('<html><head><title>Temu in Poland</title></head><body><main><p>Temu launched in Poland.</p></main></body></html>', 'https://x.example/p');
    expect(bare.items[0]).toMatchObject({ title: 'Temu in Poland', url: 'https://x.example/p', publishedAt: null, language: null });
    expect(bare.items[0]!.text).toBe('Temu launched in Poland.');
  });
});
