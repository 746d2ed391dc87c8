import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 16 (hedges and warning signs, src/extract/warning-signs.ts): fixture sentences written for
// each rule; none is taken from an evaluation set. A fact is dropped only where two signs meet.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);
const events = (facts: string[]) => facts.filter((f) => f.split(':').length === 4);

describe('round 16: an outside source telling a figure about the sector, not the company', () => {
  it('analysts, a research firm, a cabinet, a bank, with the company neither named nor pointed at', () => {
    expect(metrics(read('Temu grows in Europe', "Temu opened a warehouse in Poland. Consultants at Mercer estimate that Asian marketplaces took 12% of Germany's online toy sales last year."))).toEqual([]);
    expect(metrics(read('Temu grows', 'Temu opened a warehouse in Poland. Research firm Kestrel estimates global social-commerce spending at $900 billion in 2026, almost double the level of 2023.'))).toEqual([]);
    expect(metrics(read('Shein en France', 'Shein ouvre un entrepôt dans le Nord. Selon le cabinet Circana, les vendeurs asiatiques détiennent 9 % du marché français de la mode en ligne.', 'fr'))).toEqual([]);
    expect(metrics(read('Bol groeit', "Bol opent een nieuw magazijn in Venlo. Volgens Rabobank bezorgen Nederlandse webwinkels samen jaarlijks zo'n 500 miljoen pakketten, en dat aantal groeit met 4 procent per jaar.", 'nl'))).toEqual([]);
  });
  it('negatives: the company named, pointed at, or itself the source', () => {
    expect(metrics(read('Temu grows in Europe', "Temu opened a warehouse in Poland. Consultants at Mercer estimate that Temu took 12% of Germany's online toy sales last year."))).toEqual(['temu:market_share:12:DE:estimate']);
    expect(metrics(read('Temu grows in Europe', 'Temu opened a warehouse in Poland. Consultants at Mercer estimate that its sales in Germany reached €2 billion last year.'))).toEqual(['temu:gmv:2000000000:DE:estimate']);
    expect(metrics(read('Temu grows in Europe', 'Temu opened a warehouse in Poland. It had 9 million users in Germany in March, according to the company.'))).toEqual(['temu:users:9000000:DE:actual']);
    expect(metrics(read('Shein en France', '« Shein capte un tiers des achats de mode en ligne », estime une analyste du cabinet Circana, qui chiffre sa part à 31 %.', 'fr'))).toContain('shein:market_share:31:FR:estimate');
    expect(metrics(read('Bol groeit', "Bol opent een nieuw magazijn in Venlo. Volgens Rabobank bezorgt bol jaarlijks zo'n 90 miljoen pakketten, en dat aantal groeit met 4 procent per jaar.", 'nl'))).toContain('bol:orders:90000000:NL:actual');
  });
});

describe('round 16: a rumour or a figure the company will not confirm, in the mood of hearsay', () => {
  it('is no fact', () => {
    expect(read('Shein sales', 'Shein is rumoured to have made $45 billion in sales last year, a figure the company would not confirm.')).toEqual([]);
    expect(read('Shein ventes', "Selon des rumeurs, Shein aurait réalisé 45 milliards de dollars de ventes l'an dernier.", 'fr')).toEqual([]);
    expect(read('Temu omzet', 'Temu zou volgens geruchten vorig jaar 50 miljard dollar omzet hebben gehaald.', 'nl')).toEqual([]);
    expect(read('Temu omzet', 'Temu zou vorig jaar 50 miljard dollar omzet hebben gehaald, maar het bedrijf bevestigt dat niet.', 'nl')).toEqual([]);
  });
  it('negatives: hearsay alone is an estimate, a report is a fact', () => {
    expect(read('Shein sales', 'Shein reportedly made $45 billion in sales last year.')).toEqual(['shein:revenue:45000000000:null:estimate']);
    expect(read('Shein sales', 'Shein made $45 billion in sales last year, the company said.')).toEqual(['shein:revenue:45000000000:null:actual']);
    expect(read('Shein ventes', "Shein aurait réalisé 45 milliards de dollars de ventes l'an dernier, selon le Financial Times.", 'fr')).toEqual(['shein:revenue:45000000000:null:estimate']);
    expect(read('Temu omzet', 'Temu zou vorig jaar naar schatting 50 miljard dollar omzet hebben gehaald.', 'nl')).toEqual(['temu:revenue:50000000000:null:estimate']);
  });
});

describe('round 16: an event the company does not confirm, or told beside a rumour', () => {
  it('is no event', () => {
    expect(read('Amazon in Chile', 'Amazon will open a warehouse in Chile next year, two people said, though the company would not confirm the plan.')).toEqual([]);
    expect(read('Amazon au Chili', "Amazon ouvrira un entrepôt au Chili l'an prochain, mais l'entreprise n'a pas voulu confirmer ce projet.", 'fr')).toEqual([]);
    expect(read('Amazon in Chili', 'Amazon opent volgend jaar een magazijn in Chili, maar het bedrijf wil dat niet bevestigen.', 'nl')).toEqual([]);
    expect(read('Bol en France', "« Nous ne lançons pas de site en France », a dit le patron de bol, balayant les rumeurs d'un lancement en France.", 'fr')).toEqual([]);
    expect(read('Bol in Frankrijk', 'Bol start geen Franse webwinkel, zei de topman, die geruchten over een lancering in Frankrijk wegwuifde.', 'nl')).toEqual([]);
    expect(read('Temu', 'Temu lance son site au Chili, selon des rumeurs relayées par la presse locale.', 'fr')).toEqual([]);
  });
  it('negatives: the same events confirmed, no rumour', () => {
    expect(read('Amazon in Chile', 'Amazon will open a warehouse in Chile next year, the company confirmed.')).toEqual(['amazon:expansion::CL']);
    expect(read('Amazon in Chili', 'Amazon opent volgend jaar een magazijn in Chili, bevestigt het bedrijf.', 'nl')).toEqual(['amazon:expansion::CL']);
    expect(read('Temu', 'Temu lance son site au Chili.', 'fr')).toEqual(['temu:launch::CL']);
  });
});

describe('round 16: a figure only told in an opening "if" clause', () => {
  it('is a supposition (French and Dutch with a quote or without the company)', () => {
    expect(metrics(read('Temu', 'Temu keeps growing. If Chinese platforms grow 20% a year, waiting is no strategy.'))).toEqual([]);
    expect(metrics(read('Temu', 'Temu keeps growing. If cross-border sellers win 20% of the market, local shops will suffer.'))).toEqual([]);
    expect(metrics(read('Temu', "Temu continue de croître. « Si les sites chinois progressent de 20 % par an, attendre n'est pas une stratégie. »", 'fr'))).toEqual([]);
    expect(metrics(read('Temu', "Temu blijft groeien. 'Als Aziatische platforms jaarlijks met 25 procent groeien, moeten winkeliers iets doen,' zegt een adviseur.", 'nl'))).toEqual([]);
  });
  it('negatives: "even if", a French "si" of contrast, a Dutch "als" naming the company, no "if"', () => {
    expect(metrics(read('Temu', 'Temu keeps growing. Even if its sales rose 20% last year, profits fell.'))).toEqual(['temu:growth:20:null:actual']);
    expect(metrics(read('Temu', 'Temu keeps growing. Temu grew 20% last year, and waiting is no strategy.'))).toEqual(['temu:growth:20:null:actual']);
    expect(metrics(read('Temu', "Temu continue de croître. Si Temu a progressé de 20 % l'an dernier, attendre n'est pas une stratégie pour ses rivaux.", 'fr'))).toEqual(['temu:growth:20:null:actual']);
    expect(metrics(read('Temu', 'Temu blijft groeien. Als Temu jaarlijks met 25 procent groeit, moeten winkeliers iets doen.', 'nl'))).toEqual(['temu:growth:25:null:actual']);
  });
});

describe('round 16: a rule only wanted or studied, told without the company', () => {
  it('is no regulation event of the company', () => {
    expect(events(read('Shein werkt samen met DHL', 'Shein gaat samenwerken met DHL voor retouren in Nederland. Shein telt 3 miljoen klanten in Nederland. Het kabinet wil vanaf 2027 een heffing van 3 euro invoeren op elk pakket dat van buiten de EU komt.', 'nl'))).toEqual(['shein:partnership::NL']);
    expect(events(read("Shein s'allie à DHL", "Shein s'allie à DHL pour les retours en France. Shein compte 20 millions de clients en France. Le gouvernement veut instaurer dès 2027 une taxe de 3 euros sur chaque colis venu de hors de l'UE.", 'fr'))).toEqual(['shein:partnership::FR']);
  });
  it('negatives: a rule brought in, a rule aimed at the company', () => {
    expect(events(read('Shein werkt samen met DHL', 'Shein gaat samenwerken met DHL voor retouren in Nederland. Shein telt 3 miljoen klanten in Nederland. Het kabinet voerde in januari een heffing van 3 euro in op elk pakket dat van buiten de EU komt.', 'nl'))).toContain('shein:regulation::NL');
    expect(events(read('Shein werkt samen met DHL', 'Shein gaat samenwerken met DHL voor retouren in Nederland. Shein telt 3 miljoen klanten in Nederland. Het kabinet wil vanaf 2027 een heffing van 3 euro invoeren op elk pakket van Shein.', 'nl'))).toContain('shein:regulation::NL');
    expect(events(read("Shein s'allie à DHL", "Shein s'allie à DHL pour les retours en France. Shein compte 20 millions de clients en France. Le gouvernement a instauré en janvier une taxe de 3 euros sur chaque colis venu de hors de l'UE.", 'fr'))).toContain('shein:regulation::FR');
  });
});
