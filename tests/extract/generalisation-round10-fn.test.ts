import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.

const only = (name: string) => (facts: string[]) => facts.filter((f) => f.split(':')[1] === name);
const events = (title: string, text: string, language = 'en', published = '2024-06-01') =>
  extractFacts({ title, text, language, published })
    .facts.filter((f) => f.type === 'event')
    .map((f) => `${f.competitor}:${f.event}:${f.market}`);

describe('round 10 (fn): an untracked name told as the source is not the subject', () => {
  it('"according to", "selon", "volgens" a research firm keep the figure with the company told about', () => {
    expect(only('users')(read('Audience', 'Shein leads the ranking in Spain. According to the latest panel by Comscore, the retailer drew 9.4 million visitors a month.'))).toEqual([
      'shein:users:9400000:ES:actual',
    ]);
    expect(only('users')(read('Audience', "Temu progresse en Italie. Selon le baromètre de Nielsen, la plateforme a attiré 7,7 millions de visiteurs uniques.", 'fr'))).toEqual([
      'temu:users:7700000:IT:actual',
    ]);
    expect(only('customers')(read('Onderzoek', 'Shein wint terrein. De Chinese webwinkel telt volgens GfK ongeveer 2,2 miljoen Belgische klanten.', 'nl'))).toEqual([
      'shein:customers:2200000:BE:actual',
    ]);
  });
  it('an untracked company that is the subject still keeps the figure from us', () => {
    expect(only('users')(read('Audience', 'Temu grows in Spain. Zalando drew 5.1 million visitors in March.'))).toEqual([]);
  });
  it('a parent publishing the figures is their source, not their owner', () => {
    expect(only('profit')(read('Bol', 'Het bedrijfsresultaat van bol kwam uit op € 95 miljoen, zo blijkt uit de jaarcijfers van moederbedrijf Ahold Delhaize.', 'nl'))).toEqual([
      'bol:profit:95000000:null:actual',
    ]);
  });
});

describe('round 10 (fn): an audience count takes the lead’s market when the title names none', () => {
  it('in all three languages', () => {
    const en = read('Who shops where', 'Temu is now the most visited store in Poland. Allegro stays first. Temu reached 14 million monthly users, up 9%.');
    expect(en).toContain('temu:users:14000000:PL:actual');
    const fr = read('Classement des sites', "Amazon reste le site le plus visité d'Espagne. Derrière, Zara garde sa place. Amazon attire 21 millions de visiteurs uniques.", 'fr');
    expect(fr).toContain('amazon:users:21000000:ES:actual');
    const nl = read('Ranglijst webwinkels', 'Bol blijft de grootste webwinkel van België. Daarna volgt Coolblue. Bol telt 4,4 miljoen klanten.', 'nl');
    expect(nl).toContain('bol:customers:4400000:BE:actual');
  });
  it('company-wide money is not placed by the lead', () => {
    expect(only('revenue')(read('Results', 'Shein opened a shop in Madrid. It is busy. Shein posted revenue of $38 billion.'))).toEqual(['shein:revenue:38000000000:null:actual']);
  });
});

describe('round 10 (fn): status of a figure set against what was expected', () => {
  it('the reported figure is actual, the expected one an estimate', () => {
    const en = read('PDD', 'Temu owner PDD said revenue rose to 88.1 billion yuan, below the 90 billion yuan analysts had expected.');
    expect(en).toContain('temu:revenue:88100000000:null:actual');
    expect(en).toContain('temu:revenue:90000000000:null:estimate');
    const nl = read('Bol', 'De omzet van bol steeg naar € 6,9 miljard, boven de € 6,7 miljard die analisten hadden voorzien.', 'nl');
    expect(nl).toContain('bol:revenue:6900000000:null:actual');
  });
  it('a bare sum after "analysts expected" counts what the figure before counted, in its currency', () => {
    const fr = read('PDD', "Le chiffre d'affaires de PDD a atteint 80 milliards de yuans (environ 10 milliards d'euros), alors que les analystes tablaient sur 84 milliards.", 'fr');
    expect(fr).toContain('temu:revenue:84000000000:null:estimate');
    const nl = read('Bol', 'De omzet van bol kwam uit op € 2,1 miljard, terwijl analisten rekenden op 2,3 miljard.', 'nl');
    expect(nl).toContain('bol:revenue:2300000000:null:estimate');
  });
  it('an estimate cue in a clause joined by ", and" belongs to that clause', () => {
    const en = read('Temu', 'Temu says it has 1.1 million sellers in Europe, and consultancy Bain estimates that its sales there reached $9 billion.');
    expect(en).toContain('temu:sellers:1100000:EU:actual');
  });
});

describe('round 10 (fn): aims and hearsay', () => {
  it('a goal named before the figure is a target even when the goal is hearsay', () => {
    expect(only('gmv')(read('TikTok Shop', 'Insiders said TikTok Shop has set a target of $15 billion in European sales for 2026.'))).toEqual(['tiktok-shop:gmv:15000000000:EU:target']);
    expect(only('gmv')(read('Temu', "Temu viserait 40 milliards de dollars de ventes en Europe l'an prochain.", 'fr'))).toEqual(['temu:gmv:40000000000:EU:target']);
    expect(only('revenue')(read('Bol', 'Volgens ingewijden mikt bol op een omzet van € 8 miljard in 2027.', 'nl'))).toEqual(['bol:revenue:8000000000:null:target']);
  });
  it('without a goal word, hearsay stays an estimate', () => {
    expect(only('revenue')(read('Shein', 'Shein made revenue of $41 billion last year, insiders said.'))).toEqual(['shein:revenue:41000000000:null:estimate']);
  });
  it('a news outlet as the source makes an estimate', () => {
    expect(only('profit')(read('Shein', 'Shein tripled its net profit to about $1.2 billion, Bloomberg reported.'))).toEqual(['shein:profit:1200000000:null:estimate']);
    expect(only('revenue')(read('Temu', "Selon Les Echos, Temu a réalisé un chiffre d'affaires de 5 milliards d'euros en Europe.", 'fr'))).toEqual(['temu:revenue:5000000000:EU:estimate']);
    expect(only('revenue')(read('Bol', 'Volgens het FD haalde bol een omzet van € 7 miljard.', 'nl'))).toEqual(['bol:revenue:7000000000:null:estimate']);
  });
  it('a company reporting its own figure is not hearsay', () => {
    expect(only('revenue')(read('Amazon', 'Amazon reported revenue of $160 billion for the quarter.'))).toEqual(['amazon:revenue:160000000000:null:actual']);
  });
  it('a next sentence saying the figures come from insiders or the press makes them estimates', () => {
    expect(only('revenue')(read('ByteDance', 'ByteDance boekte vorig jaar een omzet van 120 miljard dollar. Dat melden bronnen aan Reuters.', 'nl'))).toEqual([
      'tiktok-shop:revenue:120000000000:null:estimate',
    ]);
    expect(only('revenue')(read('Shein', 'Shein made revenue of $30 billion in 2023. That is according to people familiar with its accounts.'))).toEqual([
      'shein:revenue:30000000000:null:estimate',
    ]);
  });
  it('a next sentence naming a public source keeps them reports', () => {
    expect(only('revenue')(read('Bol', 'Bol boekte vorig jaar een omzet van € 6 miljard. Dat blijkt uit de jaarcijfers.', 'nl'))).toEqual(['bol:revenue:6000000000:null:actual']);
  });
  it('a researcher as the source makes an estimate', () => {
    expect(only('customers')(read('Amazon', 'Amazon komt volgens hetzelfde bureau op ongeveer 3 miljoen klanten.', 'nl'))).toEqual(['amazon:customers:3000000:null:estimate']);
  });
});

describe('round 10 (fn): jobs to be created and investments planned', () => {
  it('hiring people counts employees, aimed at', () => {
    expect(only('employees')(read('TikTok Shop', 'TikTok Shop plans to hire 250 people in Madrid this year.'))).toEqual(['tiktok-shop:employees:250:ES:target']);
    expect(only('employees')(read('Shein', "Shein prévoit de recruter 120 personnes à Lyon d'ici l'été.", 'fr'))).toEqual(['shein:employees:120:FR:target']);
    expect(only('employees')(read('Amazon in België', 'Het nieuwe depot moet werk bieden aan 700 mensen.', 'nl'))).toEqual(['amazon:employees:700:BE:target']);
    expect(only('employees')(read('Amazon', "Le nouvel entrepôt d'Amazon près de Lille devrait créer 800 emplois.", 'fr'))).toEqual(['amazon:employees:800:FR:target']);
  });
  it('people who visit or buy are not employees', () => {
    expect(only('employees')(read('Temu', 'Temu reached 50 million people in Brazil last month.'))).toEqual([]);
  });
  it('"vouloir" before the figure is an aim', () => {
    expect(only('sellers')(read('Shein', 'Shein dit vouloir attirer 5 000 vendeurs italiens cette année.', 'fr'))).toEqual(['shein:sellers:5000:IT:target']);
  });
  it('an investment spread over the coming years or told as a plan is a target', () => {
    expect(only('investment')(read('Temu', 'Temu would invest €400 million over the next four years in Polish warehouses.'))).toEqual(['temu:investment:400000000:PL:target']);
    expect(only('investment')(read('Shein', "Shein a présenté un plan d'investissement de 300 millions d'euros en Espagne.", 'fr'))).toEqual(['shein:investment:300000000:ES:target']);
    expect(only('investment')(read('Amazon', 'Amazon investeert in de komende drie jaar € 500 miljoen in Nederland.', 'nl'))).toEqual(['amazon:investment:500000000:NL:target']);
  });
  it('an investment made is still actual', () => {
    expect(only('investment')(read('Amazon', 'Amazon invested €700 million in Spain last year.'))).toEqual(['amazon:investment:700000000:ES:actual']);
  });
});

describe('round 10 (fn): Dutch money words', () => {
  it('a compound ending in omzet, winst or boete says what the sum is', () => {
    expect(only('revenue')(read('Bol', 'De webwinkelomzet van bol steeg tot € 5,8 miljard.', 'nl'))).toEqual(['bol:revenue:5800000000:null:actual']);
    expect(only('profit')(read('Bol', 'De kwartaalwinst van bol bedroeg € 31 miljoen.', 'nl'))).toEqual(['bol:profit:31000000:null:actual']);
  });
  it('"omzette" closing a subordinate clause is turnover', () => {
    expect(only('revenue')(read('Amazon', 'Bureau X meldt dat Amazon vorig jaar € 900 miljoen omzette in België.', 'nl'))).toEqual(['amazon:revenue:900000000:BE:actual']);
  });
  it('a word merely ending in those letters is no money word', () => {
    expect(read('Bol', 'Bol opende in Gent een winkel met 3.000 vierkante meter.', 'nl').filter((f) => /revenue|profit/u.test(f))).toEqual([]);
  });
});

describe('round 10 (fn): a bare sum with a verb of result after another company’s sales', () => {
  it('counts the same measure', () => {
    const nl = read('Webwinkels', 'Coolblue boekte vorig jaar een omzet van € 2,6 miljard in Nederland. Bol haalde in Nederland € 5 miljard.', 'nl');
    expect(nl).toContain('bol:revenue:5000000000:NL:actual');
    const en = read('Retail', 'Zalando had revenue of €10 billion last year. Amazon posted €30 billion in Germany.');
    expect(en).toContain('amazon:revenue:30000000000:DE:actual');
  });
  it('not after a sentence about something else', () => {
    expect(read('Retail', 'Zalando opened a depot in Poland. Amazon posted €30 billion in Germany.').filter((f) => f.startsWith('amazon:revenue'))).toEqual([]);
  });
});

describe('round 10 (fn): rivals and milestones', () => {
  it('names after "the competition from" are rivals, also the one joined by "and"', () => {
    expect(only('profit')(read('Bol', 'De winst van het bedrijf daalde tot € 40 miljoen door de concurrentie met Amazon en Temu.', 'nl'))).toEqual(['bol:profit:40000000:null:actual']);
    expect(only('profit')(read('Zalando', 'Bol grows. Its profit fell to €60 million amid competition from Shein and Temu.'))).toEqual(['bol:profit:60000000:null:actual']);
  });
  it('a mark the company means to pass is its target', () => {
    expect(only('customers')(read('Bol', 'Bol wil dit jaar de grens van 14 miljoen klanten passeren.', 'nl'))).toEqual(['bol:customers:14000000:null:target']);
    expect(only('customers')(read('Temu', 'Temu wants to cross the 20 million customer mark in Europe.'))).toEqual(['temu:customers:20000000:EU:target']);
  });
  it('a threshold set by a rule stays nobody’s count', () => {
    expect(only('users')(read('Temu', 'Temu passed the 45 million user threshold set by the EU rules.'))).toEqual([]);
  });
});

describe('round 10 (fn): events', () => {
  it('an event with no place in its clause takes the country its sentence names', () => {
    expect(events('Summer deals', 'Temu ran its own sales event in France, with discounts of up to 40% on toys.', 'en', '2025-07-20')).toContain('temu:promotion:FR');
  });
  it('an expansion does not take a place told in another clause', () => {
    expect(events('TikTok Shop', 'After winning two million buyers in Mexico, TikTok Shop wants to expand to new markets.', 'en', '2025-07-20')).toEqual([]);
  });
  it('a rule told in a closed relative clause does not swallow a later offer', () => {
    expect(events('Deals', 'Shein, which was fined over its data practices last year, ran a flash sale with vouchers for Spanish shoppers.', 'en', '2025-07-20')).toContain('shein:promotion:ES');
  });
  it('an offer a rule is about stays the rule’s object', () => {
    expect(events('Boete', 'De ACM legde Temu een boete op wegens misleidende kortingen.', 'nl', '2025-07-20').filter((e) => e.includes('promotion'))).toEqual([]);
  });
  it('what is not yet known to happen is no event', () => {
    expect(events('Amazon', 'In Spain it is not yet clear whether jobs will be cut at Amazon.')).toEqual([]);
    expect(events('Amazon', "En Italie, on ne sait pas encore si des postes seront supprimés chez Amazon.", 'fr')).toEqual([]);
    expect(events('Amazon', 'In België is het nog niet duidelijk of er banen verdwijnen bij Amazon.', 'nl')).toEqual([]);
  });
});
