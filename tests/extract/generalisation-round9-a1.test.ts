import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.

const only = (name: string) => (facts: string[]) => facts.filter((f) => f.split(':')[1] === name);

describe('round 9 (a1): a market share told with words between the figure and the market', () => {
  const shares = only('market_share');
  it('a country or a trade may stand before "market"', () => {
    expect(shares(read('Temu', 'Temu now holds 4% of the Spanish fashion market, a survey shows.'))).toEqual(['temu:market_share:4:ES:estimate']);
    expect(shares(read('Bol', 'Bol komt uit op 19 procent van de Belgische onlinemarkt.', 'nl'))).toEqual(['bol:market_share:19:BE:estimate']);
  });
  it('"een aandeel van", "une part de" name a share, not a stock', () => {
    expect(shares(read('Amazon', 'Amazon had vorig jaar een aandeel van 8 procent in de Belgische webwinkelmarkt.', 'nl'))).toEqual(['amazon:market_share:8:BE:estimate']);
    expect(shares(read('Shein', 'Shein revendique une part de 5 % dans la mode en ligne en Italie.', 'fr'))).toEqual(['shein:market_share:5:IT:estimate']);
  });
  it('the second figure of the comparison is a share too, for the other party', () => {
    const nl = shares(read('Bol', 'Bol haalt 19 procent van de Belgische onlinemarkt, tegen 6 procent voor Amazon.', 'nl'));
    expect(nl).toEqual(['bol:market_share:19:BE:estimate', 'amazon:market_share:6:BE:estimate']);
    const en = shares(read('Temu', 'Temu has 3% of the Polish online market, against 11% for Shein.'));
    expect(en).toEqual(['temu:market_share:3:PL:estimate', 'shein:market_share:11:PL:estimate']);
    const fr = shares(read('Temu', 'Temu capte 6 % du marché belge, contre 2 % pour Shein.', 'fr'));
    expect(fr).toEqual(['temu:market_share:6:BE:estimate', 'shein:market_share:2:BE:estimate']);
  });
});

describe('round 9 (a1): a clause whose subject is "the company" keeps the company told about', () => {
  it('a rival named after the figure does not take it', () => {
    expect(read('Shein', "Shein grandit. D'après Kantar, l'enseigne pèserait 2,5 % du marché italien, devant Zara.", 'fr')).toContain('shein:market_share:2.5:IT:estimate');
    expect(read('Shein', 'Shein keeps growing. The retailer holds 3% of the German market, behind Zalando.')).toContain('shein:market_share:3:DE:estimate');
    expect(read('Bol', 'Bol groeit door. Het bedrijf heeft 9 procent van de Belgische markt, na Coolblue.', 'nl')).toContain('bol:market_share:9:BE:estimate');
  });
});

describe('round 9 (a1): French "l’ensemble" is the whole of something, not companies together', () => {
  it('"sur l’ensemble de l’année" keeps the figure', () => {
    const facts = read('Bol', "Sur l'ensemble de l'année, le chiffre d'affaires de bol a progressé de 9 % à 6,1 milliards d'euros.", 'fr');
    expect(facts).toContain('bol:revenue:6100000000:null:actual');
    expect(facts).toContain('bol:growth:9:null:actual');
  });
  it('"ensemble" after two companies still joins them', () => {
    expect(read('Temu', 'Temu et Shein réalisent ensemble 3 milliards d’euros de ventes en France.', 'fr')).toEqual([]);
  });
});

describe('round 9 (a1): a class noun with a place names the company by its seat', () => {
  it('"le groupe de Seattle", "het concern van Amsterdam" is no other company', () => {
    expect(read('Amazon', 'Le chiffre d’affaires du géant de Seattle a atteint 140 milliards de dollars.', 'fr')).toEqual(['amazon:revenue:140000000000:null:actual']);
    expect(read('Bol', 'De omzet van het concern van Utrecht steeg naar 4 miljard euro.', 'nl')).toEqual(['bol:revenue:4000000000:null:actual']);
  });
  it('a class noun before a real name is still another company', () => {
    expect(read('Bol', 'Le chiffre d’affaires du groupe Coolblue a atteint 2 milliards d’euros.', 'fr')).toEqual([]);
  });
});

describe('round 9 (a1): committing money is investing, in other words than "invest"', () => {
  const investments = only('investment');
  it('"plans to spend", "va consacrer", "in ... steken"', () => {
    expect(investments(read('Temu', 'Temu plans to spend $500 million on warehouses in Mexico.'))).toEqual(['temu:investment:500000000:MX:target']);
    expect(investments(read('Amazon', 'Amazon va consacrer 1,2 milliard d’euros à ses entrepôts en France.', 'fr'))).toEqual(['amazon:investment:1200000000:FR:actual']);
    expect(investments(read('Bol', 'Bol gaat 90 miljoen euro in een nieuw magazijn in België steken.', 'nl'))).toEqual(['bol:investment:90000000:BE:actual']);
  });
  it('what shoppers spend is not invested', () => {
    expect(investments(read('Amazon', 'Shoppers spend $3 billion a month on Amazon in Japan.'))).toEqual([]);
  });
});

describe('round 9 (a1): jobs put at risk are a layoff, not a staff count', () => {
  it('in all three languages', () => {
    const en = read('Amazon', 'Closing its Leeds depot puts about 400 jobs at risk.');
    expect(en.some((f) => f.startsWith('amazon:layoff:') && f.endsWith(':GB'))).toBe(true);
    expect(only('employees')(en)).toEqual([]);
    const fr = read('Amazon', 'La fermeture de l’entrepôt de Toulouse menace près de 300 emplois.', 'fr');
    expect(fr).toContain('amazon:layoff::FR');
    expect(only('employees')(fr)).toEqual([]);
    const nl = read('Bol', 'Bij het distributiecentrum in Venlo staan 250 banen op het spel.', 'nl');
    expect(nl).toContain('bol:layoff::NL');
    expect(only('employees')(nl)).toEqual([]);
  });
});

describe('round 9 (a1): towns where warehouses are news name their country', () => {
  it('British, French, German and Polish towns', () => {
    expect(read('Shein', 'Shein opened a warehouse near Wrocław last year.')).toContain('shein:expansion::PL');
    expect(read('Amazon', 'Amazon is hiring. Amazon will employ 900 people at its new site in Doncaster.').some((f) => f.startsWith('amazon:employees:900:GB:'))).toBe(true);
    expect(read('Temu', 'Temu ouvre un entrepôt près de Bordeaux.', 'fr')).toContain('temu:expansion::FR');
    expect(read('Zalando', 'TikTok Shop opent een magazijn in Leipzig.', 'nl')).toContain('tiktok-shop:expansion::DE');
  });
});

describe('round 9 (a1): counts of a kind, of others, or of a threshold are nobody’s', () => {
  it('"such parcels", "zulke pakjes", "de tels colis"', () => {
    expect(only('orders')(read('Temu', 'Temu faces new rules. Nearly 2 billion such parcels reached Europe in 2024.'))).toEqual([]);
    expect(only('orders')(read('Temu', 'Temu krijgt een heffing. Vorig jaar kwamen 90 miljoen van zulke pakjes België binnen.', 'nl'))).toEqual([]);
    expect(only('orders')(read('Temu', 'Temu est visé. La France a reçu 800 millions de tels colis en 2024.', 'fr'))).toEqual([]);
  });
  it('"12 other members", "12 autres membres", "12 andere leden"', () => {
    expect(only('customers')(read('Shein', 'Shein was reported by Which? and 12 other members of a consumer network.'))).toEqual([]);
    expect(only('customers')(read('Shein', 'Shein est visé par une plainte de l’UFC et de 12 autres membres du BEUC.', 'fr'))).toEqual([]);
    expect(only('customers')(read('Shein', 'De Consumentenbond en 12 andere leden van BEUC dienden een klacht in tegen Shein.', 'nl'))).toEqual([]);
  });
  it('a threshold set by a rule is no user count', () => {
    expect(only('users')(read('Temu', 'Temu is covered because platforms above the 45 million user threshold face extra duties.'))).toEqual([]);
    expect(only('users')(read('Temu', 'Temu dépasse le seuil de 45 millions d’utilisateurs fixé par Bruxelles.', 'fr'))).toEqual([]);
    expect(only('users')(read('Temu', 'Temu zit boven de drempel van 45 miljoen gebruikers.', 'nl'))).toEqual([]);
  });
  it('a company’s own count stays', () => {
    expect(read('Temu', 'Temu shipped 2 billion parcels to Europe in 2024.')).toContain('temu:orders:2000000000:EU:actual');
  });
});

describe('round 9 (a1): launch words in another sense', () => {
  const launches = (facts: string[]) => facts.filter((f) => /:(?:launch|expansion):/u.test(f));
  it('goods entering a place are imports', () => {
    expect(launches(read('Shein', 'Shein is under pressure. Millions of cheap parcels entered Britain last year.'))).toEqual([]);
    expect(launches(read('Shein', 'Shein est sous pression. Des millions de colis arrivés en France échappent aux contrôles.', 'fr'))).toEqual([]);
  });
  it('a probe launched against a company is no launch', () => {
    expect(launches(read('Temu', 'Temu warned of the investigations launched against it in Italy.'))).toEqual([]);
    expect(launches(read('Temu', 'Le groupe cite les enquêtes lancées contre Temu en Italie.', 'fr'))).toEqual([]);
    expect(launches(read('Temu', 'Temu verwijst naar het onderzoek dat werd gestart in Italië.', 'nl'))).toEqual([]);
  });
  it('putting products online is no launch', () => {
    expect(launches(read('Shein', 'Shein met en ligne 5 000 nouveaux articles par jour en Espagne.', 'fr'))).toEqual([]);
    expect(launches(read('Shein', 'Shein zet elke dag 5.000 nieuwe artikelen online in Spanje.', 'nl'))).toEqual([]);
    expect(launches(read('Shein', 'Shein a mis en ligne son site en Italie.', 'fr'))).toEqual(['shein:launch::IT']);
  });
  it('a contrast clause keeps its place to itself', () => {
    const fr = read('TikTok Shop', "Le lancement de TikTok Shop en Italie intervient alors que la Commission européenne enquête sur l'application.", 'fr');
    expect(fr).toContain('tiktok-shop:launch::IT');
    expect(fr).not.toContain('tiktok-shop:launch::EU');
    expect(read('TikTok Shop', "L'arrivée de TikTok Shop intervient alors que la Commission européenne enquête sur l'application.", 'fr')).not.toContain('tiktok-shop:launch::EU');
  });
});

describe('round 9 (a1): a stock moving is no business growth', () => {
  const growth = only('growth');
  it('the stock opens the sentence with its owner in an aside', () => {
    expect(growth(read('Temu', "L'action de PDD Holdings, maison mère de Temu, a reculé de 12 % mardi.", 'fr'))).toEqual([]);
    expect(growth(read('Temu', 'Shares of PDD Holdings, the owner of Temu, dropped 12% on Tuesday.'))).toEqual([]);
    expect(growth(read('Temu', 'Het aandeel van PDD Holdings, eigenaar van Temu, daalde dinsdag 12 procent.', 'nl'))).toEqual([]);
  });
  it('a sales figure after the stock still counts', () => {
    expect(growth(read('Temu', 'Shares of PDD rose on Monday; the company said revenue grew 30% in the quarter.'))).toEqual(['temu:growth:30:null:actual']);
  });
});

describe('round 9 (a1): "since its IPO" dates something else', () => {
  const funding = only('funding');
  it('in all three languages', () => {
    expect(funding(read('Temu', 'PDD had its worst day since its IPO.'))).toEqual([]);
    expect(funding(read('Temu', 'PDD a connu sa pire séance depuis son introduction en Bourse.', 'fr'))).toEqual([]);
    expect(funding(read('Temu', 'PDD beleefde de slechtste dag sinds de beursgang.', 'nl'))).toEqual([]);
  });
  it('an IPO that is news stays one', () => {
    expect(funding(read('Shein', 'Shein is preparing an IPO in London.'))).toEqual(['shein:funding::GB']);
  });
});

describe('round 9 (a1): a count whose noun was named before', () => {
  it('French "en" with a counting verb takes the noun of the figure before', () => {
    const facts = read('Bol', 'Environ 900 vendeurs wallons utilisent la plateforme, qui en compte plus de 60 000 au total.', 'fr');
    expect(facts).toContain('bol:sellers:900:BE:actual');
    expect(facts).toContain('bol:sellers:60000:BE:actual');
    expect(read('Temu', 'Temu revendique 8 000 vendeurs français et espère en attirer 20 000 en 2026.', 'fr')).not.toContain('temu:orders:20000:FR:target');
  });
  it('"en moyenne" is no pronoun', () => {
    expect(read('Shein', 'Shein compte 2 millions de clients en Belgique et publie en moyenne 6 000 modèles par jour.', 'fr')).toEqual(['shein:customers:2000000:BE:actual']);
  });
  it('a bare "reported 40 million" after a sentence that named users', () => {
    const en = read('Temu', 'Temu counts 70 million monthly users in the EU. Shein reported 40 million.');
    expect(en).toContain('shein:users:40000000:EU:actual');
    const nl = read('Temu', 'Temu telt 70 miljoen maandelijkse gebruikers in de EU. Shein kwam uit op 40 miljoen.', 'nl');
    expect(nl).toContain('shein:users:40000000:EU:actual');
  });
});

describe('round 9 (a1): costs, prices and emissions moving are no growth', () => {
  const growth = only('growth');
  it('in all three languages', () => {
    expect(growth(read('Temu', 'Analysts expect the rule to raise Temu’s shipping costs by 20%.'))).toEqual([]);
    expect(growth(read('Temu', 'Les frais de livraison de Temu ont augmenté de 15 %.', 'fr'))).toEqual([]);
    expect(growth(read('Shein', 'Shein belooft dat de uitstoot tegen 2030 met 30 procent daalt.', 'nl'))).toEqual([]);
  });
  it('a business figure after the cost still grows', () => {
    expect(growth(read('Temu', 'Despite higher costs, Temu’s revenue rose 25%.'))).toEqual(['temu:growth:25:null:actual']);
  });
});

describe('round 9 (a1): rules told in other words and by other makers', () => {
  const rules = only('regulation');
  it('"est également visée", "in the crosshairs", "in het vizier"', () => {
    expect(rules(read('Loi anti-fast-fashion en France', 'Le texte vise la mode jetable. Temu, qui vend aussi des vêtements, est également visée.', 'fr'))).toEqual(['temu:regulation::FR']);
    expect(rules(read('Italy fines fashion sites', 'Shein is in the crosshairs of Italian regulators.'))).toEqual(['shein:regulation::IT']);
    expect(rules(read('Temu', 'Temu staat in het vizier van de Nederlandse toezichthouder.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
  it('the Sénat and "het kabinet" name their country, "buiten de EU" is where parcels come from', () => {
    expect(rules(read('Shein', 'Le Sénat a voté une taxe sur les colis de Shein.', 'fr'))).toEqual(['shein:regulation::FR']);
    expect(rules(read('Temu', 'Het kabinet wil een heffing op pakjes van buiten de EU, vooral van Temu.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
  it('Brussels acting on rules is the EU', () => {
    expect(rules(read('Temu', 'Brussels opened an investigation into Temu.'))).toEqual(['temu:regulation::EU']);
    expect(read('Temu', 'Temu moet een boete betalen. Brussel legde Temu een boete van 50 miljoen euro op.', 'nl')).toContain('temu:fine:50000000:EU:actual');
    expect(read('Bol', 'Bol opent een winkel in Brussel.', 'nl')).toContain('bol:launch::BE');
  });
  it('a rule told without names falls to the companies it was told about, not to the last speaker', () => {
    const nl = read('Heffing op pakjes', 'De EU wil een heffing op pakjes van Temu. Bol is blij met het plan. De heffing kan in 2026 ingaan.', 'nl');
    expect(rules(nl)).toEqual(['temu:regulation::EU']);
    const en = read('Levy on parcels', 'The EU plans a levy on parcels from Temu. Amazon welcomed the plan. The levy could start in 2026.');
    expect(rules(en)).toEqual(['temu:regulation::EU']);
    const fr = read('Taxe sur les colis', "L'UE prépare une taxe sur les colis de Temu. Amazon salue le projet. La taxe pourrait entrer en vigueur en 2026.", 'fr');
    expect(rules(fr)).toEqual(['temu:regulation::EU']);
  });
});

describe('round 9 (a1): an app that reaches a people has them as users', () => {
  it('in all three languages', () => {
    expect(read('TikTok', 'TikTok says its app reaches 150 million Americans every month.')).toContain('tiktok-shop:users:150000000:US:actual');
    expect(read('TikTok', 'TikTok touche 21 millions de Français chaque mois.', 'fr')).toContain('tiktok-shop:users:21000000:FR:actual');
    expect(read('TikTok', 'De app van TikTok bereikt 6 miljoen Nederlanders.', 'nl')).toContain('tiktok-shop:users:6000000:NL:actual');
  });
  it('a people a company sells to is no user count', () => {
    expect(only('users')(read('Temu', 'Temu sold goods to 40 million Americans last year.'))).toEqual([]);
  });
});

describe('round 9 (a1): guidance against the analysts’ view', () => {
  const statuses = (facts: string[]) => facts.filter((f) => f.includes(':revenue:')).map((f) => f.split(':').slice(2).join(':'));
  it('the company’s guidance is a target, the analysts’ figure an estimate', () => {
    expect(statuses(read('Amazon', 'Amazon guided to revenue of $160 billion for the quarter, while analysts had expected $158 billion.'))).toEqual([
      '160000000000:null:target',
      '158000000000:null:estimate',
    ]);
    expect(statuses(read('Amazon', "Amazon table sur un chiffre d'affaires de 160 milliards de dollars, quand les analystes visaient 158 milliards.", 'fr'))).toEqual([
      '160000000000:null:target',
      '158000000000:null:estimate',
    ]);
  });
});

describe('round 9 (a1): a company’s own depots after "from" are where goods leave', () => {
  it('in all three languages', () => {
    expect(read('Temu', 'Temu will expand in Spain, serving shoppers from its French warehouses.')).toEqual(['temu:expansion::ES']);
    expect(read('Temu', "Temu s'étend en Espagne et livre depuis ses entrepôts allemands.", 'fr')).toEqual(['temu:expansion::ES']);
    expect(read('Amazon', 'Amazon breidt uit in België en levert vanuit zijn Duitse magazijnen.', 'nl')).toEqual(['amazon:expansion::BE']);
  });
});
