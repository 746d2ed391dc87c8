import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 18 (recall): fixture sentences written for each rule in our own words; none is taken from
// an evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);
const events = (facts: string[]) => facts.filter((f) => f.split(':').length === 4);

describe('round 18: "capital spending" is investment; Dutch "ondernemingen" are sellers', () => {
  it('reads the cue words', () => {
    expect(metrics(read('Amazon', 'Amazon said capital spending would reach $90 billion this year.'))).toEqual(['amazon:investment:90000000000:null:target']);
    expect(metrics(read('Bol', 'Inmiddels verkopen ruim 5.000 Vlaamse ondernemingen via bol.', 'nl'))).toEqual(['bol:sellers:5000:BE:actual']);
  });
  it('negative: no company, no figure of it', () => {
    expect(read('Roads', 'Capital spending on roads rose sharply in Ohio.')).toEqual([]);
  });
});

describe('round 18: a tracked name used as an epithet names another company', () => {
  it('"the Amazon of", "l\'Amazon des", "het Amazon van"', () => {
    expect(read('Shopee', 'Shopee, often called the Amazon of Southeast Asia, grew sales 20% to $30 billion.')).toEqual([]);
    expect(metrics(read('Bol', "Bol, surnommé « l'Amazon des Pays-Bas », a vu ses ventes progresser de 8 % à 2 milliards d'euros.", 'fr'))).toEqual(['bol:growth:8:NL:actual', 'bol:revenue:2000000000:NL:actual']);
    expect(read('Coolblue', 'Coolblue, ooit het Amazon van Nederland genoemd, zette 2 miljard euro om.', 'nl')).toEqual([]);
  });
  it('negative: the name itself, and a people before it, stay the company', () => {
    expect(metrics(read('Amazon', 'Amazon grew sales 10% to $500 billion.'))).toEqual(['amazon:growth:10:null:actual', 'amazon:revenue:500000000000:null:actual']);
    expect(metrics(read('Temu', 'Het Chinese Temu telt 5 miljoen gebruikers in Nederland.', 'nl'))).toEqual(['temu:users:5000000:NL:actual']);
  });
});

describe('round 18: an outside source does not make a profit a sector figure', () => {
  it('a company result told on a data provider\'s word', () => {
    expect(metrics(read('Temu owner PDD', 'PDD said revenue rose 10% to 90 billion yuan. Net profit climbed 5% to 25 billion yuan, according to Refinitiv data.'))).toContain('temu:profit:25000000000:null:actual');
  });
  it('negative: a sector\'s sales on an analyst\'s word stay dropped', () => {
    expect(read('Shopping', 'Online sales of clothing rose 4% to $40 billion, according to analysts at Forrester.')).toEqual([]);
  });
});

describe('round 18: a Dutch compound on "bedrijf" points at the company', () => {
  it('"het Chinese modebedrijf" after a source', () => {
    expect(metrics(read('Shein onder vuur', 'Shein kreeg kritiek. Het Chinese modebedrijf zette vorig jaar volgens persbureau Bloomberg ruim 40 miljard dollar om.', 'nl'))).toEqual(['shein:revenue:40000000000:null:estimate']);
  });
});

describe('round 18: goods sent from one place to shoppers in another', () => {
  it('the place after "to" is where the goods go', () => {
    expect(events(read('Shein', 'Shein has paused selling parcels shipped from China to shoppers in Brazil.'))).toEqual(['shein:suspension::BR']);
  });
  it('negative: depots named after "from" stay an origin', () => {
    expect(read('Shein', 'Shein ships parcels from warehouses in Poland to shoppers across Europe.')).toEqual([]);
  });
});

describe('round 18: changes at the top told without "appoint"', () => {
  it('en and nl', () => {
    expect(events(read('Amazon', 'The head of its devices unit is leaving the company in March.'))).toEqual(['amazon:leadership::null']);
    expect(events(read('Amazon', 'A longtime retail executive takes charge of the grocery business.'))).toEqual(['amazon:leadership::null']);
    expect(events(read('Amazon', 'Amazon announced a management shake-up on Monday.'))).toEqual(['amazon:leadership::null']);
    expect(events(read('Shein', 'Shein heeft een nieuwe landenmanager voor Nederland aangesteld.', 'nl'))).toEqual(['shein:leadership::NL']);
  });
  it('negative: a company leaving a market is no change at the top', () => {
    expect(events(read('Temu', 'Temu was leaving the market for good.'))).toEqual([]);
  });
});

describe('round 18: a court turning down an appeal; the EU court sits in Luxembourg', () => {
  it('en, fr, nl', () => {
    expect(events(read('Temu', 'The EU General Court in Luxembourg rejected its appeal against the designation.'))).toEqual(['temu:regulation::EU']);
    expect(events(read('Zalando', "Le Tribunal de l'UE à Luxembourg a rejeté le recours de Shein contre sa désignation.", 'fr'))).toEqual(['shein:regulation::EU']);
    expect(events(read('Temu', 'Het Gerecht van de EU in Luxemburg verwierp het beroep van Temu tegen de aanwijzing.', 'nl'))).toEqual(['temu:regulation::EU']);
  });
});

describe('round 18: an authority acting on "both platforms" acts on the title\'s two companies', () => {
  it('nl, en, fr; the NVWA is Dutch', () => {
    expect(events(read('Toezichthouder: speelgoed van Temu en Shein onveilig', 'De ACM heeft beide platforms opgedragen het speelgoed uit de verkoop te halen.', 'nl'))).toEqual(['temu:regulation::NL', 'shein:regulation::NL']);
    expect(events(read('Watchdog finds unsafe toys on Temu and Shein', 'The CMA ordered both platforms to remove the toys.'))).toEqual(['temu:regulation::GB', 'shein:regulation::GB']);
    expect(events(read('Temu et Shein visés', 'La DGCCRF a sanctionné les deux plateformes.', 'fr'))).toEqual(['temu:regulation::FR', 'shein:regulation::FR']);
    expect(events(read('Temu', 'De NVWA heeft Temu een boete opgelegd.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
  it('negative: a title naming one company gives one', () => {
    expect(events(read('Watchdog finds unsafe toys on Temu', 'The CMA ordered both platforms to remove the toys.'))).toEqual(['temu:regulation::GB']);
  });
});

describe('round 18: free membership is an offer; bol\'s sale with no place is at home', () => {
  it('gratis Prime, free Prime, mois offerts', () => {
    expect(events(read('Amazon in Polen', 'Nieuwe klanten in Polen krijgen een half jaar gratis Prime.', 'nl'))).toEqual(['amazon:promotion::PL']);
    expect(events(read('Amazon', 'New members in Spain get three months of free Prime.'))).toEqual(['amazon:promotion::ES']);
    expect(events(read('Amazon', 'En Italie, les nouveaux clients ont trois mois offerts sur Prime.', 'fr'))).toEqual(['amazon:promotion::IT']);
    expect(events(read('Bol', 'Bol hield een week lang acties met kortingen tot 50 procent.', 'nl'))).toEqual(['bol:promotion::null']);
  });
  it('negative: another company\'s sale with no place stays unplaced and dropped', () => {
    expect(events(read('Temu', 'Temu gaf een week lang kortingen tot 50 procent.', 'nl'))).toEqual([]);
  });
});

describe('round 18: jobs cut in French passive; a team is staff', () => {
  it('"postes ont été supprimés"', () => {
    expect(events(read('Shein', 'Une centaine de postes ont été supprimés au siège de Dublin en mars.', 'fr'))).toEqual(['shein:layoff::IE']);
  });
  it('"a team of 50 people", "une équipe de 30 personnes", "een marketingteam van zo\'n 40 mensen"', () => {
    expect(metrics(read('Shein', 'Shein plans a customer-service team of about 50 people in Dublin.'))).toEqual(['shein:employees:50:IE:actual']);
    expect(metrics(read('Temu', 'Temu veut créer une équipe de 30 personnes à Paris.', 'fr'))).toEqual(['temu:employees:30:FR:target']);
    expect(metrics(read('Temu', "Temu wil een marketingteam van zo'n 40 mensen opbouwen in Amsterdam.", 'nl'))).toEqual(['temu:employees:40:NL:target']);
  });
  it('negative: a team of no number', () => {
    expect(read('Temu', 'Temu hired a team of lawyers.')).toEqual([]);
  });
});

describe('round 18: a company figure set against the market\'s in one sentence', () => {
  it('the figure before the comparison is the company\'s', () => {
    expect(metrics(read('Amazon en France', "Amazon a réalisé 10 milliards d'euros de ventes. La progression atteint 11 % sur un an, bien au-dessus de celle du commerce en ligne français dans son ensemble, qui a crû de 6 % à 160 milliards d'euros d'après la Fevad.", 'fr'))).toEqual(['amazon:revenue:10000000000:null:actual', 'amazon:growth:11:FR:actual']);
  });
  it('negative: the market\'s own sentence stays the market\'s', () => {
    expect(read('Commerce', "Selon la Fevad, les ventes en ligne ont progressé de 6 % à 160 milliards d'euros.", 'fr')).toEqual([]);
  });
  it('a sentence opening on "its" goes on about the company', () => {
    expect(metrics(read('Shein in Britain', 'Shein has grown in Britain. Its UK sales rose to £2 billion last year, according to accounts filed at Companies House.'))).toEqual(['shein:revenue:2000000000:GB:actual']);
    expect(read('UK shoppers', 'Their online spending rose to £120 billion last year, according to the ONS.')).toEqual([]);
  });
});

describe('round 18: "double its level"; a relative clause hung on "the company"', () => {
  it('double its', () => {
    expect(metrics(read('TikTok Shop', 'Analysts estimate TikTok Shop sales in Spain reached €500 million last year, roughly double its 2023 level.'))).toEqual(['tiktok-shop:gmv:500000000:ES:estimate', 'tiktok-shop:growth:2:ES:estimate']);
  });
  it('"said the company, which employs", "a réagi l\'entreprise, qui emploie", "reageerde het bedrijf, dat"', () => {
    expect(metrics(read('Shein designated', '"We respect consumers," said the company, which employs more than 11,000 people worldwide.'))).toEqual(['shein:employees:11000:GLOBAL:actual']);
    expect(metrics(read('Shein', "« Nous respectons les consommateurs », a réagi l'entreprise, qui emploie plus de 11 000 personnes.", 'fr'))).toEqual(['shein:employees:11000:null:actual']);
    expect(metrics(read('Temu', '"Wij volgen de regels voor consumenten," reageerde het bedrijf, dat wereldwijd 9.000 mensen in dienst heeft.', 'nl'))).toEqual(['temu:employees:9000:GLOBAL:actual']);
  });
});

describe('round 18: a contract renewed is a partnership', () => {
  it('en, fr, nl', () => {
    expect(events(read('Bol', "Les colis restent livrés par bpost, dont le contrat avec bol vient d'être prolongé jusqu'en 2029.", 'fr'))).toEqual(['bol:partnership::null']);
    expect(events(read('Temu', 'Temu extended its contract with DHL in Germany.'))).toEqual(['temu:partnership::DE']);
    expect(events(read('Bol', 'Bol verlengt zijn contract met PostNL tot 2028.', 'nl'))).toEqual(['bol:partnership::null']);
  });
  it('negative: extending a lead', () => {
    expect(read('Temu', 'Temu extended its lead over Shein.')).toEqual([]);
  });
});
