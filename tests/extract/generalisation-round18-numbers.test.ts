import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

// Round 18 (numbers): a grid of how values, units and periods are read, in fixture sentences written
// for it; none is taken from an evaluation set. Each row: language, title, sentence, and the metric
// facts expected as "metric value unit period [status]" (gmv and revenue are one row), or none.

type Row = [string, string, string, string[]];
const PUBLISHED = '2024-06-15';
const SALES = new Set(['gmv', 'revenue']);

function agrees(want: string, got: { metric?: string; value?: number | null; unit?: string | null; period: string | null; status?: string }): boolean {
  const [metric, value, unit, period, status] = want.split(' ');
  const sameMetric = metric === got.metric || (SALES.has(metric!) && SALES.has(got.metric ?? ''));
  return sameMetric && String(got.value) === value && got.unit === unit && String(got.period) === period && (status === undefined || got.status === status);
}

function check(rows: Row[]): void {
  for (const [language, title, text, want] of rows) {
    const got = extractFacts({ title, text, language, published: PUBLISHED }).facts.filter((f) => f.type === 'metric');
    const shown = got.map((f) => `${f.metric} ${f.value} ${f.unit} ${f.period} ${f.status}`);
    if (want.length === 0) expect(shown, text).toEqual([]);
    else for (const w of want) expect(got.some((f) => agrees(w, f)), `${text} → ${JSON.stringify(shown)}, want ${w}`).toBe(true);
  }
}

describe('round 18: number words lead a scale word; vague amounts give nothing', () => {
  it('number words: en / fr / nl', () => {
    check([
      ['en', 'Temu', 'Temu now counts five million shoppers in Germany.', ['customers 5000000 count null']],
      ['fr', 'Temu', 'Temu compte désormais cinq millions de clients en Allemagne.', ['customers 5000000 count null']],
      ['nl', 'Temu', 'Temu telt inmiddels vijf miljoen klanten in Duitsland.', ['customers 5000000 count null']],
      ['en', 'Shein', 'Shein has signed up half a million sellers worldwide.', ['sellers 500000 count null']],
      ['nl', 'Bol', 'Bol heeft inmiddels een half miljoen klanten in Wallonië.', ['customers 500000 count null']],
      ['fr', 'Shein', 'Shein revendique un demi-million de vendeurs dans le monde.', ['sellers 500000 count null']],
      ['en', 'Amazon', 'Amazon will invest two billion dollars in French warehouses.', ['investment 2000000000 USD null']],
      ['fr', 'Amazon', "Amazon va investir trois milliards d'euros en France.", ['investment 3000000000 EUR null']],
      ['nl', 'Amazon', 'Amazon investeert drie miljard euro in Nederland.', ['investment 3000000000 EUR null']],
      ['en', 'Amazon', 'Amazon hired a dozen engineers in Dublin.', []],
      ['fr', 'Temu', 'Temu a ouvert une dizaine de bureaux en Europe.', []],
      ['nl', 'Bol', 'Bol nam een tiental nieuwe medewerkers aan in Utrecht.', []],
      ['en', 'Temu', 'Temu has drawn tens of millions of shoppers to its app.', []],
      ['fr', 'Shein', 'Shein a attiré des millions de clients en France.', []],
      ['nl', 'Temu', 'Temu trok miljoenen klanten in Nederland.', []],
    ]);
  });
});

describe('round 18: abbreviated scales and signs', () => {
  it('abbreviations: en / fr / nl', () => {
    check([
      ['en', 'Temu', 'Temu posted revenue of $1.2bn in the first quarter.', ['revenue 1200000000 USD 2024-Q1']],
      ['en', 'Bol', 'Bol will spend €3.5m on a new sorting line.', ['investment 3500000 EUR null']],
      ['fr', 'Shein', "Shein a réalisé un chiffre d'affaires de 1,2 Md€ en France en 2023.", ['revenue 1200000000 EUR 2023']],
      ['nl', 'Bol', 'Bol boekte in 2023 een omzet van 2,4 mrd. euro.', ['revenue 2400000000 EUR 2023']],
      ['nl', 'Bol', 'Bol haalde vorig jaar een winst van 45 mln. euro.', ['profit 45000000 EUR 2023']],
      ['en', 'TikTok Shop', 'TikTok Shop now has 500k sellers in the UK.', ['sellers 500000 count null']],
      ['fr', 'Amazon', 'Amazon a écopé d\'une amende de 32 M€ en France.', ['fine 32000000 EUR null']],
      ['en', 'Shein', 'Shein raised $2bn at a $66bn valuation.', ['valuation 66000000000 USD null']],
      ['nl', 'Temu', 'Temu haalde een omzet van € 1,5 mld in Europa.', ['revenue 1500000000 EUR null']],
    ]);
  });
});

describe('round 18: approximators keep the figure (and its status unless someone estimates)', () => {
  it('approximations: en / fr / nl', () => {
    check([
      ['en', 'Temu', 'Temu has nearly 20 million users in France.', ['users 20000000 count null actual']],
      ['en', 'Shein', 'Shein sells to more than 150 countries and has over 5,000 employees in China.', ['employees 5000 count null']],
      ['nl', 'Bol', 'Bol heeft ruim 13 miljoen klanten in Nederland en België.', ['customers 13000000 count null actual']],
      ['nl', 'Temu', 'Temu heeft bijna 2 miljoen gebruikers in België.', ['users 2000000 count null actual']],
      ['fr', 'Shein', 'Shein compte près de 10 millions de clients en France.', ['customers 10000000 count null actual']],
      ['fr', 'Temu', 'Temu revendique plus de 5 millions d\'utilisateurs en France.', ['users 5000000 count null actual']],
      ['fr', 'Amazon', 'Amazon emploie quelque 22 000 salariés en France.', ['employees 22000 count null actual']],
      ['fr', 'Amazon', "Amazon emploie environ 22 000 personnes en France.", ['employees 22000 count null actual']],
      ['en', 'Temu', 'Analysts estimate Temu made about $20bn of sales last year.', ['gmv 20000000000 USD 2023 estimate']],
    ]);
  });
});

describe('round 18: multiples, percentages, and points that are no percent growth', () => {
  it('multiples and percentages: en / fr / nl', () => {
    check([
      ['en', 'TikTok Shop', 'TikTok Shop tripled its sales in the UK last year.', ['growth 3 ratio 2023']],
      ['fr', 'Temu', "Temu a vendu l'an dernier trois fois plus de colis en France qu'en 2022.", ['growth 3 ratio 2023']],
      ['nl', 'TikTok Shop', 'TikTok Shop verkocht vorig jaar in Spanje twee keer zo veel als een jaar eerder.', ['growth 2 ratio 2023']],
      ['en', 'Amazon', 'Amazon grew its revenue by 12% in the first quarter.', ['growth 12 percent 2024-Q1']],
      ['fr', 'Amazon', "Le chiffre d'affaires d'Amazon a progressé de 12 % au premier trimestre.", ['growth 12 percent 2024-Q1']],
      ['nl', 'Bol', 'De omzet van bol steeg in het eerste kwartaal met 12 procent.', ['growth 12 percent 2024-Q1']],
      ['en', 'Amazon', "Amazon's operating margin rose by two percentage points last year.", []],
      ['fr', 'Amazon', "La marge d'Amazon a gagné 2 points de pourcentage l'an dernier.", []],
      ['nl', 'Bol', 'De marge van bol steeg vorig jaar met 2 procentpunt.', []],
      ['en', 'Amazon', "Amazon's market share rose by 3 percentage points to 38% last year.", ['market_share 38 percent 2023']],
      ['en', 'Temu', "Temu's borrowing cost rose 50 basis points.", []],
      ['fr', 'Shein', 'La part de marché de Shein a gagné 3 points en France.', []],
    ]);
  });
});

describe('round 18: the four currencies read, any other gives nothing', () => {
  it('currencies: en / fr / nl', () => {
    check([
      ['en', 'Shein', 'Shein made 1.5 billion pounds of sales in Britain last year.', ['gmv 1500000000 GBP 2023']],
      ['fr', 'Shein', 'Shein a réalisé 1,5 milliard de livres sterling de ventes au Royaume-Uni en 2023.', ['gmv 1500000000 GBP 2023']],
      ['nl', 'Shein', 'Shein haalde vorig jaar 1,5 miljard pond omzet in Groot-Brittannië.', ['revenue 1500000000 GBP 2023']],
      ['en', 'Temu', 'PDD Holdings reported revenue of 97 billion renminbi in the first quarter.', ['revenue 97000000000 CNY 2024-Q1']],
      ['en', 'Temu', 'PDD Holdings reported revenue of RMB86.8bn in the first quarter.', ['revenue 86800000000 CNY 2024-Q1']],
      ['en', 'Temu', 'PDD Holdings reported revenue of 12 billion US dollars in the first quarter.', ['revenue 12000000000 USD 2024-Q1']],
      ['fr', 'Temu', "PDD Holdings a publié un chiffre d'affaires de 12 milliards de dollars américains au premier trimestre.", ['revenue 12000000000 USD 2024-Q1']],
      ['nl', 'Temu', 'PDD Holdings boekte in het eerste kwartaal een omzet van 12 miljard Amerikaanse dollar.', ['revenue 12000000000 USD 2024-Q1']],
      ['en', 'Temu', 'PDD Holdings reported revenue of ¥86.8bn in the first quarter.', ['revenue 86800000000 CNY 2024-Q1']],
      ['en', 'TikTok Shop', 'TikTok Shop reached sales of 30 billion rupiah in Indonesia.', []],
      ['fr', 'Amazon', 'Amazon a investi 2 milliards de francs suisses en Suisse.', []],
      ['nl', 'Amazon', 'Amazon investeert 2 miljard kronen in Zweden.', []],
      ['en', 'Amazon', 'Amazon will invest 15 billion yen in Japan.', []],
      ['en', 'Amazon', 'Amazon plans to invest 3 billion Canadian dollars in Quebec.', []],
      ['en', 'Amazon', 'Amazon will invest A$20 billion in Australia.', []],
      ['fr', 'Amazon', "Amazon investira 10 milliards de dollars canadiens au Québec.", []],
      ['nl', 'Amazon', 'Amazon steekt 10 miljard Australische dollar in datacenters.', []],
      ['en', 'Temu', 'PDD reported revenue of 12 billion U.S. dollars in the first quarter.', ['revenue 12000000000 USD 2024-Q1']],
      ['en', 'Amazon', 'Amazon will invest C$2 billion in Canada.', []],
      ['en', 'Temu', 'Temu sold goods worth HK$5bn in Hong Kong.', []],
      ['fr', 'Amazon', 'Amazon a investi 2 milliards de dollars de Hong Kong.', []],
      ['nl', 'Amazon', 'Amazon investeert 2 miljard Canadese dollar in Canada.', []],
    ]);
  });
});

describe('round 18: periods anchored on the published date', () => {
  it('periods: en / fr / nl', () => {
    check([
      ['en', 'Shein', 'Shein reported revenue of 5 billion dollars in the first six months of 2023.', ['revenue 5000000000 USD 2023-01/2023-06']],
      ['fr', 'Shein', "Le chiffre d'affaires de Shein a bondi de 40 % au 1er semestre 2023.", ['growth 40 percent 2023-H1']],
      ['en', 'Amazon', 'Amazon posted net sales of $159bn in the 3rd quarter of 2023.', ['revenue 159000000000 USD 2023-Q3']],
      ['en', 'Amazon', 'Amazon reported net sales of $575bn in FY2023.', ['revenue 575000000000 USD 2023']],
      ['en', 'Amazon', 'Amazon reported net sales of $575bn in FY23.', ['revenue 575000000000 USD 2023']],
      ['fr', 'Bol', "Bol a réalisé un chiffre d'affaires de 1,9 milliard d'euros au T3 2023.", ['revenue 1900000000 EUR 2023-Q3']],
      ['nl', 'Bol', 'Bol boekte in Q3 2023 een omzet van 1,9 miljard euro.', ['revenue 1900000000 EUR 2023-Q3']],
      ['en', 'Amazon', 'Amazon reported net sales of $575bn in fiscal 2023.', ['revenue 575000000000 USD 2023']],
      ['fr', 'Bol', "Bol a réalisé un chiffre d'affaires de 3 milliards d'euros sur l'exercice 2023.", ['revenue 3000000000 EUR 2023']],
      ['nl', 'Bol', 'Bol boekte over boekjaar 2023 een omzet van 3 miljard euro.', ['revenue 3000000000 EUR 2023']],
      ['en', 'Temu', "PDD's revenue rose 90% in H1.", ['growth 90 percent 2023-H1']],
      ['en', 'Shein', "Shein's revenue rose 40% in the first half.", ['growth 40 percent 2023-H1']],
      ['fr', 'Shein', "Le chiffre d'affaires de Shein a bondi de 40 % au premier semestre.", ['growth 40 percent 2023-H1']],
      ['fr', 'Shein', "Le chiffre d'affaires de Shein a bondi de 40 % au S1.", ['growth 40 percent 2023-H1']],
      ['nl', 'Bol', 'De omzet van bol steeg in het eerste halfjaar met 9 procent.', ['growth 9 percent 2023-H1']],
      ['en', 'Amazon', 'Amazon posted net sales of $159bn in Q3.', ['revenue 159000000000 USD 2023-Q3']],
      ['fr', 'Amazon', "Amazon a affiché un chiffre d'affaires de 159 milliards de dollars au T3.", ['revenue 159000000000 USD 2023-Q3']],
      ['fr', 'Amazon', "Amazon a affiché un chiffre d'affaires de 159 milliards de dollars au 3e trimestre.", ['revenue 159000000000 USD 2023-Q3']],
      ['fr', 'Amazon', "Amazon a affiché un chiffre d'affaires de 159 milliards de dollars au troisième trimestre 2023.", ['revenue 159000000000 USD 2023-Q3']],
      ['nl', 'Bol', 'Bol boekte in het derde kwartaal een omzet van 1,9 miljard euro.', ['revenue 1900000000 EUR 2023-Q3']],
      ['nl', 'Bol', 'Bol boekte in K3 een omzet van 1,9 miljard euro.', ['revenue 1900000000 EUR 2023-Q3']],
      ['nl', 'Bol', 'Bol boekte in het 3e kwartaal een omzet van 1,9 miljard euro.', ['revenue 1900000000 EUR 2023-Q3']],
      ['en', 'Amazon', 'Amazon made net sales of $400bn in the first nine months.', ['revenue 400000000000 USD 2023-01/2023-09']],
      ['fr', 'Amazon', "Amazon a réalisé un chiffre d'affaires de 400 milliards de dollars sur les neuf premiers mois de 2023.", ['revenue 400000000000 USD 2023-01/2023-09']],
      ['nl', 'Bol', 'Bol boekte in de eerste negen maanden van 2023 een omzet van 4 miljard euro.', ['revenue 4000000000 EUR 2023-01/2023-09']],
      ['en', 'Temu', 'PDD reported revenue of $12bn last quarter.', ['revenue 12000000000 USD 2024-Q1']],
      ['fr', 'Temu', "PDD a publié un chiffre d'affaires de 12 milliards de dollars le trimestre dernier.", ['revenue 12000000000 USD 2024-Q1']],
      ['nl', 'Temu', 'PDD boekte vorig kwartaal een omzet van 12 miljard dollar.', ['revenue 12000000000 USD 2024-Q1']],
      ['en', 'TikTok Shop', 'TikTok Shop has signed up 20,000 sellers in Spain year to date.', ['sellers 20000 count 2024-01/2024-06']],
      ['fr', 'TikTok Shop', 'TikTok Shop a recruté 20 000 vendeurs en Espagne depuis le début de l\'année.', ['sellers 20000 count 2024-01/2024-06']],
      ['nl', 'TikTok Shop', 'TikTok Shop heeft sinds begin dit jaar 20.000 verkopers in Spanje aangetrokken.', ['sellers 20000 count 2024-01/2024-06']],
      ['fr', 'Temu', 'Temu a été condamné à une amende de 2 millions d\'euros en mars dernier.', ['fine 2000000 EUR 2024-03']],
      ['fr', 'Temu', 'Temu a été condamné le mois dernier à une amende de 2 millions d\'euros.', ['fine 2000000 EUR 2024-05']],
      ['nl', 'Temu', 'Temu kreeg vorige maand een boete van 2 miljoen euro.', ['fine 2000000 EUR 2024-05']],
      ['en', 'Temu', 'Temu was fined €2 million last month.', ['fine 2000000 EUR 2024-05']],
      ['fr', 'Bol', 'Bol vise 1 million de clients en Wallonie le mois prochain.', ['customers 1000000 count 2024-07 target']],
      ['nl', 'Bol', 'Bol wil volgende maand 1 miljoen klanten in Wallonië hebben.', ['customers 1000000 count 2024-07 target']],
      ['en', 'Bol', 'Bol aims to reach 1 million customers in Wallonia next month.', ['customers 1000000 count 2024-07 target']],
      ['fr', 'Temu', 'Temu veut atteindre 10 millions de clients en France en septembre prochain.', ['customers 10000000 count 2024-09 target']],
      ['nl', 'Temu', 'Temu had in mei 2 miljoen gebruikers in België.', ['users 2000000 count 2024-05']],
    ]);
  });
});

describe('round 18: prices, phone numbers, years, ages and survey shares are no facts', () => {
  it('negatives: en / fr / nl', () => {
    check([
      ['en', 'Temu', 'On Temu a pair of earbuds costs $4.99.', []],
      ['fr', 'Shein', 'Chez Shein, une robe coûte 12 euros.', []],
      ['nl', 'Bol', 'Bij bol kost de nieuwe e-reader 129 euro.', []],
      ['en', 'Amazon', 'Amazon customers can call 0800 279 7234 for help.', []],
      ['fr', 'Amazon', 'Le service client d\'Amazon répond au 01 74 18 10 38.', []],
      ['nl', 'Bol', 'Klanten van bol kunnen bellen naar 030 310 49 99.', []],
      ['en', 'Shein', 'Shein was founded in 2008 and entered France in 2015.', []],
      ['fr', 'Temu', 'Temu est arrivé en France en 2023.', []],
      ['en', 'Temu', 'Most Temu shoppers are aged 25 to 34.', []],
      ['fr', 'Shein', 'Les clientes de Shein ont en moyenne 24 ans.', []],
      ['nl', 'Temu', 'De gemiddelde Temu-klant is 41 jaar oud.', []],
      ['en', 'Temu', 'In the survey, 42% of respondents said they had bought from Temu.', []],
      ['fr', 'Shein', 'Selon le sondage, 38 % des personnes interrogées ont déjà acheté sur Shein.', []],
      ['nl', 'Temu', 'Uit de enquête blijkt dat 35 procent van de ondervraagden bij Temu kocht.', []],
    ]);
  });
});

describe('round 18: traps of the readers above', () => {
  it('a hyphenated million, a launch month count, the last quarter of a year, next and this', () => {
    check([
      ['en', 'Amazon', 'Amazon was hit with a million-dollar fine in Italy.', []],
      ['nl', 'Bol', 'Bol telt anderhalf miljoen klanten in België.', ['customers 1500000 count null']],
      ['en', 'Temu', 'Temu said one and a half million shoppers used the app in Ireland.', ['customers 1500000 count null']],
      ['nl', 'Temu', 'Temu heeft een paar miljoen klanten in België.', []],
      ['en', 'Temu', 'PDD posted revenue of ¥97bn in the first quarter.', ['revenue 97000000000 CNY 2024-Q1']],
      ['en', 'Temu', 'Temu reached 2 million users in its first two months in Japan.', ['users 2000000 count null']],
      ['en', 'Temu', 'Temu reached 2 million users in the first two months after its launch in Japan.', ['users 2000000 count null']],
      ['fr', 'Temu', "Temu a gagné 2 millions d'utilisateurs dans ses deux premiers mois en France.", ['users 2000000 count null']],
      ['nl', 'Temu', 'Temu haalde in de eerste twee maanden na de lancering 2 miljoen gebruikers.', ['users 2000000 count null']],
      ['en', 'Temu', "PDD's revenue rose 20% in the last quarter of 2023.", ['growth 20 percent 2023-Q4']],
      ['fr', 'Temu', "Le chiffre d'affaires de PDD a progressé de 20 % au dernier trimestre 2023.", ['growth 20 percent 2023-Q4']],
      ['nl', 'Temu', 'De omzet van PDD steeg in het laatste kwartaal van 2023 met 20 procent.', ['growth 20 percent 2023-Q4']],
      ['en', 'Amazon', 'Amazon expects sales of $150bn next quarter.', ['revenue 150000000000 USD 2024-Q3 target']],
      ['nl', 'Bol', 'Bol verwacht dit kwartaal 1 miljard euro omzet.', ['revenue 1000000000 EUR 2024-Q2 target']],
      ['en', 'Temu', 'Temu plans to hire 500 people in Dublin next May.', ['employees 500 count 2025-05 target']],
      ['nl', 'Temu', 'Temu wil komende september 500 mensen aannemen in Dublin.', ['employees 500 count 2024-09 target']],
    ]);
  });
});

describe('round 18: spans ending in a month, analysts\' shorthand, fiscal years', () => {
  it('the three months to / les neuf mois clos / het boekjaar tot en met', () => {
    check([
      ['en', 'Amazon', "Amazon's revenue rose 11% in the three months to March.", ['growth 11 percent 2024-Q1']],
      ['en', 'Shein', "Shein's revenue rose 40% in the six months to June 2023.", ['growth 40 percent 2023-H1']],
      ['en', 'Temu', "Temu's sales rose 30% in the year to March.", ['growth 30 percent 2023-04/2024-03']],
      ['en', 'Temu', "Temu's sales rose 30% in the nine months ended September 30, 2023.", ['growth 30 percent 2023-01/2023-09']],
      ['fr', 'Temu', 'Les ventes de Temu ont progressé de 30 % sur les neuf mois clos fin septembre 2023.', ['growth 30 percent 2023-01/2023-09']],
      ['nl', 'Bol', 'De omzet van bol steeg in het boekjaar tot en met maart 2024 met 9 procent.', ['growth 9 percent 2023-04/2024-03']],
    ]);
  });
  it('3Q23, 1H23, Q3\'23; a quarter of a fiscal year; a split year', () => {
    check([
      ['en', 'Amazon', "Amazon's revenue rose 11% in 3Q23.", ['growth 11 percent 2023-Q3']],
      ['en', 'Temu', "PDD's revenue rose 90% in 1H23.", ['growth 90 percent 2023-H1']],
      ['en', 'Amazon', "Amazon's revenue rose 11% in Q3'23.", ['growth 11 percent 2023-Q3']],
      ['en', 'Amazon', "Amazon's revenue rose 11% in the second quarter of fiscal 2024.", ['growth 11 percent 2024-Q2']],
      ['fr', 'Amazon', "Le chiffre d'affaires d'Amazon a progressé de 11 % au deuxième trimestre de l'exercice 2024.", ['growth 11 percent 2024-Q2']],
      ['nl', 'Bol', 'De omzet van bol steeg in het tweede kwartaal van boekjaar 2024 met 9 procent.', ['growth 9 percent 2024-Q2']],
      // "the previous quarter" is mostly what a figure is compared with, not its period.
      ['en', 'Amazon', "Amazon's revenue rose 5% compared with the previous quarter.", ['growth 5 percent null']],
      ['fr', 'Amazon', "Le chiffre d'affaires d'Amazon a progressé de 5 % par rapport au trimestre précédent.", ['growth 5 percent null']],
      ['en', 'Bol', "Bol's revenue rose 9% in 2023/24.", ['growth 9 percent 2023/2024']],
      ['en', 'Bol', "Bol's revenue rose 9% on 2024-03-01.", ['growth 9 percent 2024']],
    ]);
  });
  it('more signs and words: US-dollar, 50K, Mds€, mio.', () => {
    check([
      ['nl', 'Amazon', 'Amazon investeert 2 miljard US-dollar in Nederland.', ['investment 2000000000 USD null']],
      ['en', 'TikTok Shop', 'TikTok Shop has 50K sellers in Spain.', ['sellers 50000 count null']],
      ['fr', 'Shein', "Shein a réalisé un chiffre d'affaires de 2 Mds€ en France.", ['revenue 2000000000 EUR null']],
      ['nl', 'Bol', 'Bol boekte een winst van 3,5 mio. euro.', ['profit 3500000 EUR null']],
    ]);
  });
});

describe('round 18: number words in fines and thresholds; more negatives', () => {
  it('one million euros / un million d\'euros / een half miljoen euro / a quarter of a million', () => {
    check([
      ['en', 'Temu', 'Temu was fined one million euros in Italy.', ['fine 1000000 EUR null']],
      ['fr', 'Temu', "Temu a écopé d'un million d'euros d'amende en Italie.", ['fine 1000000 EUR null']],
      ['nl', 'Temu', 'Temu kreeg een boete van een half miljoen euro in Italië.', ['fine 500000 EUR null']],
      ['en', 'Shein', 'Shein paid a fine of a quarter of a million pounds.', ['fine 250000 GBP null']],
      ['fr', 'Temu', 'Temu a franchi le cap des deux millions de clients en Belgique.', ['customers 2000000 count null']],
      ['nl', 'Temu', 'Temu heeft de grens van twee miljoen klanten in België gepasseerd.', ['customers 2000000 count null']],
    ]);
  });
  it('negatives: a rank, an article of law, a subscription price, an age, a phone number with its country code', () => {
    check([
      ['en', 'Temu', "Temu's app is number 1 in 40 countries.", []],
      ['en', 'Amazon', 'Article 34 of the DSA applies to Amazon.', []],
      ['en', 'Amazon', 'Amazon Prime costs €8.99 a month in France.', []],
      ['en', 'Amazon', 'Amazon is 30 years old this year.', []],
      ['en', 'Temu', "Temu's founder, 44, rarely speaks in public.", []],
      ['en', 'Temu', 'Call Temu on +44 20 7946 0958 for details.', []],
      ['fr', 'Temu', 'Temu compte 2 500 000 clients en Belgique.', ['customers 2500000 count null']],
    ]);
  });
});
