import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 18 (names): a grid of WHO a fact belongs to and WHERE, independent of any one article.
// Each row is a short text written for this grid (none taken from an evaluation set), the
// language, and what its facts must (and must not) hold. `has`: a key the facts must contain
// (a string) or match (a RegExp); `lacks`: a pattern no fact may match. Titles are neutral, so
// the company and market come from the text alone.

type Row = [lang: 'en' | 'fr' | 'nl', text: string, has: string | RegExp | null, lacks?: RegExp];

const TITLE = { en: 'Online retail roundup', fr: 'Le point sur le commerce en ligne', nl: 'Overzicht van de webwinkels' } as const;

function check([lang, text, has, lacks]: Row): void {
  const facts = read(TITLE[lang], text, lang);
  if (typeof has === 'string') expect(facts).toContain(has);
  else if (has) expect(facts).toContainEqual(expect.stringMatching(has));
  if (lacks) expect(facts.filter((f) => lacks.test(f))).toEqual([]);
}

const COMPETITOR_NAMES: Row[] = [
  ['en', 'TikTok Shop launched in Spain on Monday.', 'tiktok-shop:launch::ES'],
  ['en', 'Tiktok Shop now counts 200,000 sellers in Germany.', 'tiktok-shop:sellers:200000:DE:actual'],
  ['en', "TikTok's e-commerce arm went live in Italy last week.", 'tiktok-shop:launch::IT'],
  ['fr', 'La boutique en ligne de TikTok a été lancée en Italie la semaine dernière.', 'tiktok-shop:launch::IT'],
  ['en', 'SHEIN counted 3 million customers in Poland last year.', /^shein:customers:3000000:PL:/],
  ['en', "Shein's Brazilian marketplace now has 50,000 sellers.", /^shein:sellers:50000:BR:/],
  ['en', "Temu's Chinese parent reported revenue of $12 billion.", /^temu:revenue:12000000000:/, /:CN:/],
  ['en', "Temu's parent PDD Holdings reported revenue of $12 billion for the first quarter.", /^temu:revenue:12000000000:/],
  ['en', 'Pinduoduo has 900 million users.', /^temu:users:900000000:CN:/],
  ['en', 'ByteDance launched its shopping service in Indonesia on Tuesday.', 'tiktok-shop:launch::ID'],
  ['nl', 'Douyin telt 700 miljoen gebruikers.', /^tiktok-shop:users:700000000:CN:/],
  ['en', 'Amazon.com reported net sales of $150 billion for the quarter.', /^amazon:revenue:150000000000:/],
  ['fr', 'Amazon.fr compte désormais 20 millions de clients.', /^amazon:customers:20000000:FR:/],
  ['nl', 'Amazon.nl heeft inmiddels 3 miljoen klanten.', /^amazon:customers:3000000:NL:/],
  ['en', 'Amazon.com.be went live on Tuesday with 100 million products.', 'amazon:launch::BE'],
  ['nl', 'bol telt inmiddels 65.000 verkooppartners.', /^bol:sellers:65000:/],
  ['nl', 'Bol heeft 13 miljoen klanten in Nederland en België.', /^bol:customers:13000000:/],
  ['en', 'bol.com counts 13 million customers in the Netherlands and Belgium.', /^bol:customers:13000000:/],
  ['en', "Bol.com's revenue rose to €6 billion last year.", /^bol:revenue:6000000000:/],
  ['fr', "Le chiffre d'affaires d'Amazon en France a atteint 10 milliards d'euros.", /^amazon:revenue:10000000000:FR:/],
  ['nl', 'De omzet van Bol steeg vorig jaar naar 6 miljard euro.', /^bol:revenue:6000000000:/],
  ['en', "Temu's customers in Spain now number 10 million.", /^temu:customers:10000000:ES:/],
  ['fr', "Les ventes de Temu en Belgique ont atteint 500 millions d'euros.", /^temu:gmv:500000000:BE:/],
  ['fr', "La part de marché d'Amazon en Espagne a atteint 30 %.", /^amazon:market_share:30:ES:/],
  ['nl', 'Het marktaandeel van Bol in België steeg naar 12 procent.', /^bol:market_share:12:BE:/],
];

const REFERRING_BACK: Row[] = [
  ['en', 'Temu entered Chile in March. The company now has 4 million customers there.', /^temu:customers:4000000:CL:/],
  ['en', 'Shein opened a hub in Poland. The group now employs 1,200 people in the country.', /^shein:employees:1200:PL:/],
  ['en', 'TikTok Shop arrived in Mexico this year. The platform already counts 30,000 sellers.', /^tiktok-shop:sellers:30000:MX:/],
  ['en', 'Temu is growing fast in Japan. The Chinese retailer says it has 15 million users there.', /^temu:users:15000000:JP:/],
  ['fr', "Shein s'est installé en Pologne. Le géant chinois y emploie 2 000 personnes.", /^shein:employees:2000:PL:/],
  ['fr', 'Temu est arrivé au Portugal en 2023. La plateforme revendique 3 millions de clients dans le pays.', /^temu:customers:3000000:PT:/],
  ['fr', "Shein a ouvert une boutique éphémère à Paris. L'enseigne compte 25 millions de clients en France.", /^shein:customers:25000000:FR:/],
  ['nl', 'Temu werd in 2023 gelanceerd in Nederland. Het bedrijf heeft er nu 3 miljoen klanten.', /^temu:customers:3000000:NL:/],
  ['nl', 'Bol breidt uit naar Duitsland. De webwinkel telt nu 50.000 verkooppartners.', /^bol:sellers:50000:/],
  ['nl', 'TikTok Shop is gestart in Spanje. Het platform telt er al 20.000 verkopers.', /^tiktok-shop:sellers:20000:ES:/],
  ['nl', 'Temu groeit snel in België. De Chinese webwinkel heeft er 2 miljoen klanten.', /^temu:customers:2000000:BE:/],
  ['nl', 'Temu is populair in Polen. Het moederbedrijf boekte vorig jaar een omzet van 35 miljard dollar.', /^temu:revenue:35000000000:/],
  // An untracked company named in between, as the subject: the follow-up is about it.
  ['en', 'Temu launched in Norway in May. Rival Zalando had a strong year too. The company counted 50 million active customers.', 'temu:launch::NO', /:50000000:/],
  ['fr', "Shein a lancé sa place de marché en Espagne. Son concurrent Zalando y est présent depuis 2012. Le groupe allemand revendique 50 millions de clients.", null, /^shein:customers:50000000/],
  ['nl', 'Bol kreeg er dit jaar een concurrent bij. Coolblue opende een winkel in Gent. Het bedrijf uit Rotterdam boekte een omzet van 2,5 miljard euro.', null, /^bol:revenue/],
  ['en', 'AliExpress opened a warehouse in Spain. The Chinese retailer now has 8 million Spanish customers.', null, /^(?:temu|shein|amazon|tiktok-shop|bol):customers/],
  // ... and named only as an object: the follow-up stays with the tracked subject.
  ['en', 'Temu has overtaken Zalando in Germany, a survey shows. The company now counts 20 million German customers.', /^temu:customers:20000000:DE:/],
  ['nl', 'Bol versloeg Coolblue in de kerstperiode. Het bedrijf telt nu 13 miljoen klanten.', /^bol:customers:13000000:/],
  ['fr', "Amazon a dépassé Cdiscount en France. La plateforme compte 35 millions de clients dans le pays.", /^amazon:customers:35000000:FR:/],
  ['en', 'Unlike AliExpress, Temu sells mostly unbranded goods. The platform has 12 million users in France.', /^temu:users:12000000:FR:/],
  ['en', 'Temu launched in Norway in May. Meanwhile, rival Zalando had a strong year. The company counted 50 million active customers.', 'temu:launch::NO', /:50000000:/],
  ['nl', 'Temu groeit in België. Concurrent Coolblue zag de omzet dalen. Het bedrijf telt 2 miljoen klanten.', null, /^temu:customers/],
  ['en', 'Temu launched in Norway in May. Meanwhile, the company counted 50 million active customers.', /^temu:customers:50000000:/],
  // A nationality the competitor is not of names the other company.
  ['en', 'Temu has overtaken Zalando in Germany. The German group says it still has 50 million customers.', null, /:50000000:/],
  ['fr', 'Amazon a dépassé Cdiscount en France. Le groupe français revendique pourtant 10 millions de clients.', null, /:10000000:/],
  ['nl', 'Bol groeit harder dan Zalando. Het Duitse bedrijf telt 50 miljoen klanten.', null, /:50000000:/],
  ['en', 'Temu has overtaken Zalando in Germany. The Chinese group says it now has 20 million customers there.', /^temu:customers:20000000:DE:/],
  // A competitor's name as a likeness, and companies named by what they do, are no competitor.
  ['fr', 'Sa filiale bol.com, « l’Amazon du Benelux », a vu ses ventes progresser de 6 %.', /^bol:growth:6:/, /^amazon:/],
  ['en', 'Mercado Libre, the Amazon of Latin America, has 100 million buyers.', null, /^amazon:/],
  ['nl', 'Coolblue, de Amazon van Nederland, telt 2 miljoen klanten.', null, /^amazon:/],
  ['nl', 'Bol opende een magazijn in Gent. Het postbedrijf zag zijn pakketvolume vorig jaar met 2 procent dalen.', 'bol:expansion::BE', /^bol:growth/],
  ['fr', 'Bol a ouvert un entrepôt à Nivelles. L’opérateur postal, qui a distribué 210 millions de colis en Belgique, compte sur le commerce en ligne.', 'bol:expansion::BE', /^bol:orders/],
  ['nl', 'Temu groeit. Intertoys zag de omzet in november met 4 procent dalen.', null, /^temu:growth/],
  // "Bolt" and the Dutch word "bol" are no Bol.
  ['en', 'Bolt launched its food delivery service in Warsaw last week.', null, /^bol:/],
  ['nl', 'Bolt is vorig jaar gestart in Brussel.', null, /^bol:/],
  ['nl', 'De hele sector stond bol van de groei: de omzet steeg 12 procent.', null, /^bol:/],
  ['nl', 'Een glazen bol kost bij de tuincentra gemiddeld 4 euro; de verkoop steeg 20 procent.', null, /^bol:/],
];

const REGIONS: Row[] = [
  ['en', 'Shein has 40 million customers in Europe.', /^shein:customers:40000000:EU:/],
  ['en', 'Temu has 45 million monthly users in the EU.', /^temu:users:45000000:EU:/],
  ['en', 'Temu counted 20 million customers in Western Europe last year.', /^temu:customers:20000000:EU:/],
  ['fr', "Temu revendique 10 millions de clients dans l'Europe de l'Est.", /^temu:customers:10000000:EU:/],
  ['nl', 'Temu heeft 10 miljoen klanten in Oost-Europa.', /^temu:customers:10000000:EU:/],
  ['en', 'Temu has 5 million users in the Nordics.', /^temu:users:5000000:EU:/],
  ['nl', 'Shein heeft 4 miljoen klanten in Scandinavië.', /^shein:customers:4000000:EU:/],
  ['en', 'Temu has 5 million users in the Middle East.', /^temu:users:5000000:null:/],
  ['fr', 'Shein revendique 5 millions de clients dans les pays du Golfe.', /^shein:customers:5000000:null:/],
  ['en', 'TikTok Shop counts 100,000 sellers in Latin America.', /^tiktok-shop:sellers:100000:LATAM:/],
  ['fr', 'Temu compte 30 millions de clients en Amérique latine.', /^temu:customers:30000000:LATAM:/],
  ['nl', 'Shein heeft 25 miljoen klanten in Latijns-Amerika.', /^shein:customers:25000000:LATAM:/],
  ['en', 'TikTok Shop has 15 million sellers in Southeast Asia.', /^tiktok-shop:sellers:15000000:SEA:/],
  ['fr', "TikTok Shop compte 15 millions de vendeurs en Asie du Sud-Est.", /^tiktok-shop:sellers:15000000:SEA:/],
  ['nl', 'TikTok Shop telt 15 miljoen verkopers in Zuidoost-Azië.', /^tiktok-shop:sellers:15000000:SEA:/],
  ['en', 'Shein has 150 million customers worldwide.', /^shein:customers:150000000:GLOBAL:/],
  ['fr', 'Shein compte 150 millions de clients dans le monde.', /^shein:customers:150000000:GLOBAL:/],
  ['nl', 'Shein heeft wereldwijd 150 miljoen klanten.', /^shein:customers:150000000:GLOBAL:/],
  ['en', 'Temu has 150 million users outside China.', /^temu:users:150000000:GLOBAL:/],
  ['fr', 'Temu revendique 150 millions d’utilisateurs hors de Chine.', /^temu:users:150000000:GLOBAL:/],
  ['en', 'Shein counts 6 million customers in the Baltic states and Finland.', /^shein:customers:6000000:/, /:null:/],
  ['fr', 'Temu compte 5 millions de clients dans les pays nordiques.', /^temu:customers:5000000:EU:/],
  ['en', 'Temu has 5 million users in the DACH region.', /^temu:users:5000000:EU:/],
  ['fr', 'Temu compte 5 millions de clients dans la péninsule Ibérique.', /^temu:customers:5000000:EU:/],
  ['nl', 'Temu heeft 5 miljoen klanten in Midden-Europa.', /^temu:customers:5000000:EU:/],
  ['en', 'Shein has 150 million customers around the globe.', /^shein:customers:150000000:GLOBAL:/],
  ['fr', 'Shein compte 150 millions de clients à l’international.', /^shein:customers:150000000:GLOBAL:/],
  ['nl', 'Shein heeft 150 miljoen klanten over de hele wereld.', /^shein:customers:150000000:GLOBAL:/],
  // A clause about the region just named, and a rank within it.
  ['fr', 'L’Indonésie est le premier marché de TikTok Shop en Asie du Sud-Est, une région où son volume d’affaires a atteint 16 milliards de dollars en 2023.', /^tiktok-shop:gmv:16000000000:SEA:/],
  ['en', "Thailand is TikTok Shop's second market in Southeast Asia, a region where its sales reached $16 billion last year.", /^tiktok-shop:gmv:16000000000:SEA:/],
  ['nl', 'Temu groeit in Europa, een markt waar het 90 miljoen gebruikers telt.', /^temu:users:90000000:EU:/],
  ['nl', 'TikTok Shop is groot in Zuidoost-Azië. In Mexico heeft TikTok naar schatting 75 miljoen gebruikers, het op een na grootste aantal in de regio.', /^tiktok-shop:users:75000000:MX:/],
  ['en', 'TikTok Shop is big in Southeast Asia. It handled $16 billion of sales across the region last year.', /^tiktok-shop:gmv:16000000000:SEA:/],
  // "There" after a country named inside a region is that country.
  ['nl', 'TikTok Shop is in Europa nu alleen actief in het Verenigd Koninkrijk. Daar telt het platform 200.000 verkopers.', /^tiktok-shop:sellers:200000:GB:/],
  ['en', 'In Europe, TikTok Shop only operates in Britain. There it counts 200,000 sellers.', /^tiktok-shop:sellers:200000:GB:/],
];

// Cities and regions give their country.
const PLACES: Row[] = [
  ['en', 'Shein opened a pop-up store in Paris.', /^shein:(?:launch|expansion)::FR$/],
  ['fr', 'Amazon a ouvert un nouvel entrepôt près de Lyon.', 'amazon:expansion::FR'],
  ['en', 'Amazon opened a new warehouse near Lille.', 'amazon:expansion::FR'],
  ['en', 'Temu opened an office in Amsterdam.', 'temu:expansion::NL'],
  ['nl', 'Bol opende een nieuw distributiecentrum in Rotterdam.', 'bol:expansion::NL'],
  ['nl', 'Amazon opent een kantoor in Utrecht.', /^amazon:expansion::NL$/],
  ['nl', 'Bol opende een nieuw distributiecentrum in Eindhoven.', 'bol:expansion::NL'],
  ['nl', 'Bol opende een nieuw magazijn in Tilburg.', 'bol:expansion::NL'],
  ['en', 'Bol opened a new warehouse in Venlo.', 'bol:expansion::NL'],
  ['en', 'Bol opened a new warehouse in Antwerp.', 'bol:expansion::BE'],
  ['fr', 'Bol a ouvert un entrepôt à Anvers.', 'bol:expansion::BE'],
  ['nl', 'Bol opende een magazijn in Antwerpen.', 'bol:expansion::BE'],
  ['en', 'Shein opened a pop-up store in Brussels.', /^shein:(?:launch|expansion)::BE$/],
  ['fr', 'Shein a ouvert une boutique éphémère à Bruxelles.', /^shein:(?:launch|expansion)::BE$/],
  ['nl', 'Shein opende een pop-upwinkel in Brussel.', /^shein:(?:launch|expansion)::BE$/],
  ['fr', 'Amazon a ouvert un entrepôt près de Liège.', 'amazon:expansion::BE'],
  ['nl', 'Amazon opende een magazijn bij Luik.', 'amazon:expansion::BE'],
  ['en', 'Bol opened a new warehouse in Ghent.', 'bol:expansion::BE'],
  ['fr', 'Bol a ouvert un entrepôt à Gand.', 'bol:expansion::BE'],
  ['nl', 'Bol opende een magazijn in Gent.', 'bol:expansion::BE'],
  ['en', 'Shein opened a pop-up store in London.', /^shein:(?:launch|expansion)::GB$/],
  ['en', 'Amazon opened a new warehouse in Manchester.', 'amazon:expansion::GB'],
  ['en', 'Shein opened a pop-up store in Madrid.', /^shein:(?:launch|expansion)::ES$/],
  ['en', 'Temu opened an office in Berlin.', 'temu:expansion::DE'],
  ['en', 'Temu opened a warehouse near Warsaw.', 'temu:expansion::PL'],
  ['en', 'Shein opened an office in São Paulo.', 'shein:expansion::BR'],
  ['en', 'Temu opened a warehouse near Mexico City.', 'temu:expansion::MX'],
  ['en', 'TikTok Shop opened an office in Jakarta.', 'tiktok-shop:expansion::ID'],
  ['en', 'Bol opened a new warehouse in Flanders.', 'bol:expansion::BE'],
  ['nl', 'Bol opende een nieuw magazijn in Vlaanderen.', 'bol:expansion::BE'],
  ['fr', 'Bol a ouvert un entrepôt en Flandre.', 'bol:expansion::BE'],
  ['en', 'Amazon opened a warehouse in Wallonia.', 'amazon:expansion::BE'],
  ['fr', 'Amazon a ouvert un entrepôt en Wallonie.', 'amazon:expansion::BE'],
  ['en', 'Amazon opened a new warehouse in Bavaria.', 'amazon:expansion::DE'],
  ['en', 'TikTok Shop opened an office in California.', 'tiktok-shop:expansion::US'],
  ['en', 'Temu opened a warehouse in Texas.', 'temu:expansion::US'],
];

// Adjectives and demonyms; "the market" pointing back to the country named before.
const ADJECTIVES: Row[] = [
  ['en', "Temu's German customers number 12 million.", /^temu:customers:12000000:DE:/],
  ['fr', 'Les clients belges de Shein sont 2 millions.', /^shein:customers:2000000:BE:/],
  ['nl', 'Temu heeft 4 miljoen Nederlandse klanten.', /^temu:customers:4000000:NL:/],
  ['en', 'TikTok Shop has 40,000 Spanish sellers.', /^tiktok-shop:sellers:40000:ES:/],
  ['fr', 'Le marché français représente 20 % des ventes de Shein en Europe.', null, /^shein:[a-z_]+:20:EU/],
  ['nl', 'Bol telt 20.000 Belgische verkooppartners.', /^bol:sellers:20000:BE:/],
  ['en', 'Temu entered Sweden in 2023. In that market the platform now has 2 million customers.', /^temu:customers:2000000:SE:/],
  ['en', 'Temu entered Sweden in 2023. Today it has 2 million customers there.', /^temu:customers:2000000:SE:/],
  ['en', 'Temu entered Sweden in 2023. The market now counts 2 million Temu customers.', /^temu:customers:2000000:SE:/],
  ['nl', 'Temu is actief in Oostenrijk. De markt telt inmiddels 1 miljoen klanten van Temu.', /^temu:customers:1000000:AT:/],
  ['fr', 'Shein est présent en Italie depuis 2015. Sur ce marché, l’enseigne compte 5 millions de clients.', /^shein:customers:5000000:IT:/],
  ['fr', 'Temu vise l’Espagne. Sur ce marché, la plateforme compte déjà 6 millions de clients.', /^temu:customers:6000000:ES:/],
  ['fr', 'Temu a ouvert l’Espagne en 2023. Sur le marché local, la plateforme compte déjà 6 millions de clients.', /^temu:customers:6000000:ES:/],
  ['nl', 'Temu is actief in Oostenrijk. Op die markt heeft het bedrijf 1 miljoen klanten.', /^temu:customers:1000000:AT:/],
  ['nl', 'Temu is actief in Oostenrijk. De markt levert het bedrijf al 1 miljoen klanten op.', /^temu:customers:1000000:AT:/],
];

// A place that only describes someone is no market.
const NOT_MARKETS: Row[] = [
  ['en', 'Shein, based in Singapore, launched in Chile on Monday.', 'shein:launch::CL', /:SG$/],
  ['en', 'Seattle-based Amazon launched in Belgium on Tuesday.', 'amazon:launch::BE', /:US$/],
  ['en', 'Amazon, headquartered in Seattle, launched in Belgium on Tuesday.', 'amazon:launch::BE', /:US$/],
  ['en', 'Bol, the Utrecht-based web shop, has 3 million customers in Belgium.', /^bol:customers:3000000:BE:/, /:NL:/],
  ['nl', 'Het Utrechtse bol telt 3 miljoen klanten in België.', /^bol:customers:3000000:BE:/, /:NL:/],
  ['en', 'American investors valued Shein at $66 billion.', /^shein:valuation:66000000000:/, /:US:/],
  ['fr', 'Shein est valorisé à 66 milliards de dollars par des investisseurs américains.', /^shein:valuation:66000000000:/, /:US:/],
  ['nl', 'Amerikaanse investeerders waarderen Shein op 66 miljard dollar.', /^shein:valuation:66000000000:/, /:US:/],
  ['en', 'American shoppers spent $2 billion on Temu last year.', /^temu:gmv:2000000000:US:/],
  ['en', 'Temu, the Chinese platform, launched in Chile on Monday.', 'temu:launch::CL', /:CN$/],
  ['fr', 'Amazon a lancé son épicerie en Espagne. Le groupe français Carrefour a répliqué par des promotions.', 'amazon:launch::ES', /^amazon:.*:FR/],
  ['en', 'Amazon launched its grocery service in Spain. The French group Carrefour answered with discounts.', 'amazon:launch::ES', /^amazon:.*:FR/],
  ['nl', 'Temu opende een kantoor in Dublin, maar het Amsterdamse hoofdkantoor van Bol blijft de grootste werkgever.', 'temu:expansion::IE', /^temu:.*:NL$/],
  ['en', 'London-listed investors backed TikTok Shop as it launched in Mexico.', 'tiktok-shop:launch::MX', /:GB$/],
];

const GRID: Array<[string, Row[]]> = [
  ['competitor names', COMPETITOR_NAMES],
  ['referring back', REFERRING_BACK],
  ['regions', REGIONS],
  ['places', PLACES],
  ['adjectives and "the market"', ADJECTIVES],
  ['places that are no market', NOT_MARKETS],
];

// Rows still read wrong, left for a later round: a pronoun subject after an opening place phrase
// or a colon gives no figure at all.
const KNOWN_GAPS: Row[] = [
  ['en', 'Temu entered Sweden in 2023. In that market it now has 2 million customers.', /^temu:customers:2000000:SE:/],
  ['en', 'Temu entered Sweden in 2023. The market is now one of its fastest growing: it has 2 million customers there.', /^temu:customers:2000000:SE:/],
];

describe('round 18 (names): known gaps', () => {
  it.fails.each(KNOWN_GAPS.map((r) => [r[1], r] as const))('%s', (_text, row) => check(row));
});

for (const [name, rows] of GRID) {
  describe(`round 18 (names): ${name}`, () => {
    it.each(rows.map((r) => [r[1], r] as const))('%s', (_text, row) => check(row));
  });
}
