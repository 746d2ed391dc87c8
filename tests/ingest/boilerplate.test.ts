import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-text.js';
import { parseFeed } from '../../src/ingest/parse-feed.js';
import { parsePage } from '../../src/ingest/parse-page.js';

/** A page laid out in <div>s only: no <article>, <main>, <nav> or <footer> to go by. */
const DIV_PAGE = `<!doctype html>
<html lang="nl"><head><title>Bol.com groeit | Winkelnieuws</title></head>
<body class="home has-sidebar">
  <div id="top-menu" class="site-menu">
    <a href="/">Home</a> <a href="/vacatures">Vacatures (1.200)</a> <a href="/abonnees">Abonnees (45.000)</a>
  </div>
  <div class="topbar"><span>Shein haalt 2 miljard op</span></div>
  <div class="links">
    <a href="/a">Temu heeft 90 miljoen gebruikers</a> · <a href="/b">Amazon sluit 3 depots</a> · <a href="/c">Zalando groeit</a>
  </div>
  <div class="news-ticker">Laatste nieuws: Temu opent 5 winkels</div>
  <div class="breadcrumbs"><a href="/">Home</a> › <a href="/retail">Retail</a></div>
  <div class="col">
    <h1>Bol.com telt 13 miljoen klanten</h1>
    <div class="photo"><img src="/bol.jpg" alt=""><div class="image-credit">Foto: 3 000 pakketten per uur, ANP</div></div>
    <p>Bol.com had eind 2024 13 miljoen klanten in Nederland en België, meldt het bedrijf.</p>
    <p>De webwinkel telt 60.000 verkooppartners.</p>
    <p><strong>Lees ook:</strong> <a href="/x">Amazon opent 4 depots in België</a></p>
    <div class="inline"><h3>Lees ook</h3><ul><li><a href="/y">Temu verdubbelt omzet tot 4 miljard</a></li><li><a href="/z">Shein heeft 8 miljoen klanten</a></li></ul></div>
    <p>Volgens het bedrijf groeide de omzet met 8 procent.</p>
  </div>
  <div class="sidebar"><h3>Populair</h3><p>Coolblue telt 10 miljoen klanten.</p></div>
  <div id="related-articles"><p>Amazon heeft 300 miljoen klanten wereldwijd.</p></div>
  <div class="share-buttons">Deel dit artikel met 12 vrienden</div>
  <div class="comments"><p>Ik bestel al 20 jaar bij bol.</p></div>
  <div class="newsletter-signup"><p>Schrijf je in, al 50.000 lezers gingen je voor.</p></div>
  <div id="cookie-banner"><p>Wij gebruiken 3 soorten cookies.</p></div>
  <div class="ad-slot">Win 1.000 euro</div>
  <div class="copyright">© 2024 Winkelnieuws</div>
</body></html>`;

describe('boilerplate without semantic tags', () => {
  const text = parsePage(DIV_PAGE, 'https://winkel.example/bol').items[0]!.text;

  it('page: the article paragraphs of a div layout are kept', () => {
    expect(text).toContain('Bol.com had eind 2024 13 miljoen klanten in Nederland en België');
    expect(text).toContain('De webwinkel telt 60.000 verkooppartners.');
    expect(text).toContain('Volgens het bedrijf groeide de omzet met 8 procent.');
  });

  it('page: menus, tickers, breadcrumbs and blocks of links are dropped', () => {
    for (const gone of ['Vacatures', 'Abonnees', 'Shein haalt', '90 miljoen', 'Laatste nieuws', 'Retail']) expect(text).not.toContain(gone);
  });

  it('page: "Lees ook" teasers and the list after a "Lees ook" label are dropped', () => {
    for (const gone of ['Amazon opent 4 depots', 'Temu verdubbelt', 'Shein heeft 8 miljoen', 'Lees ook']) expect(text).not.toContain(gone);
  });

  it('page: sidebar, related, share, comments, newsletter, cookie, ad and copyright blocks are dropped', () => {
    for (const gone of ['Coolblue', '300 miljoen', '12 vrienden', '20 jaar', '50.000 lezers', '3 soorten', '1.000 euro', '© 2024']) {
      expect(text).not.toContain(gone);
    }
  });

  it('page: an image credit is dropped', () => {
    expect(text).not.toContain('3 000 pakketten');
  });

  it('page: French and English "read also" lists go too', () => {
    const html = `<body><div class="txt"><p>Temu a dépassé 2 millions de clients en France.</p>
      <p>À lire aussi : <a href="/a">Shein lève 2 milliards</a></p>
      <div><b>Read more</b></div><div><a href="/b">Amazon hires 5,000</a><br><a href="/c">Temu cuts 300 jobs</a></div>
      <p>Le groupe vise 5 millions de clients.</p></div></body>`;
    const t = parsePage(html, null).items[0]!.text;
    expect(t).toContain('Temu a dépassé 2 millions de clients en France.');
    expect(t).toContain('Le groupe vise 5 millions de clients.');
    for (const gone of ['Shein lève', 'Amazon hires', 'Temu cuts', 'lire aussi']) expect(t).not.toContain(gone);
  });

  it("page: an article's own header is kept, its share bar is not", () => {
    const t = htmlToText(
      '<div class="post"><div class="article-header"><p>Shein verdubbelt zijn omzet in Europa.</p></div><div class="post-share">Gedeeld door 4.000 lezers</div><p>Meer tekst.</p></div>',
    );
    expect(t).toContain('Shein verdubbelt zijn omzet in Europa.');
    expect(t).not.toContain('4.000 lezers');
  });

  it('page: a sentence that is mostly one link is still article text', () => {
    const t = htmlToText('<div><p>Temu said <a href="/r">its European users rose to 92 million in 2024</a>.</p></div>');
    expect(t).toContain('92 million');
  });
});

describe('boilerplate in feed items', () => {
  it('feed: a <figcaption> or photo credit in an item\'s HTML is not item text', async () => {
    const html = '<figure><img src="x.jpg"><figcaption>Photo : 2 000 colis par heure</figcaption></figure><p>Temu ouvre un entrepôt près de Lyon.</p><p class="credit">Crédit : 5 photos AFP</p>';
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><title>Temu à Lyon</title><link>https://f.example/1</link><description><![CDATA[${html}]]></description></item></channel></rss>`;
    const item = (await parseFeed(xml, 'https://f.example/rss')).items[0]!;
    expect(item.text).toBe('Temu ouvre un entrepôt près de Lyon.');
  });

  it('boilerplate: 20,000 nested <div>s neither overflow the stack nor lose the text; at a usual depth a menu still goes', () => {
    // Past 256 open elements blocks are no longer told apart: the text is kept, menu and all.
    const deep = `${'<div>'.repeat(20_000)}<p>Temu opened a warehouse in Poland.</p><div class="menu"><a href="/a">Home</a> <a href="/b">Jobs</a></div>${'</div>'.repeat(20_000)}`;
    expect(htmlToText(deep)).toMatch(/^Temu opened a warehouse in Poland\./);
    const shallow = `${'<div>'.repeat(50)}<p>Temu opened a warehouse in Poland.</p><div class="menu"><a href="/a">Home</a> <a href="/b">Jobs</a></div>${'</div>'.repeat(50)}`;
    expect(htmlToText(shallow)).toBe('Temu opened a warehouse in Poland.');
  });
});

