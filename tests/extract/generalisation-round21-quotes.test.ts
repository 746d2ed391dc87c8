import { beforeAll, describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 21 (quotes and interviews): an aim told on hearsay is still an aim, the level an aim starts
// from is where the company stands, "now" closes a bare figure's clause, "du groupe" points at the
// company, a consensus is an estimate, a market share is no market at large, the other party of a
// comparison owns none of the first figure, a share's market is that of the sales told just before,
// a French future of reaching is an aim. Sentences written for this file, in English, French and
// Dutch; none is taken from an evaluation set.

beforeAll(() => {
  read('Temu', 'Temu grew.');
}, 60_000);

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[]];

const check = (name: string, rows: Row[]): void => {
  describe(`round 21 (quotes): ${name}`, () => {
    for (const [language, title, text, expected] of rows) {
      it(`${language}: ${text}`, () => {
        expect(read(title, text, language).sort()).toEqual([...expected].sort());
      });
    }
  });
};

check('a figure in the clause of a wanting verb is an aim, even on hearsay (wanted-figure.ts)', [
  ['en', 'Shein', 'People with knowledge of the plans said Shein is hoping to lift its sales in Japan to $3 billion next year.', ['shein:revenue:3000000000:JP:target']],
  ['fr', 'Shein', "Selon des sources proches du dossier, Shein souhaite faire passer ses ventes au Japon à 3 milliards de dollars l'an prochain.", ['shein:revenue:3000000000:JP:target']],
  ['fr', 'Shein', "Selon des sources proches du dossier, Shein espère réaliser 3 milliards de dollars de ventes au Japon l'an prochain.", ['shein:revenue:3000000000:JP:target']],
  ['nl', 'Shein', 'Volgens ingewijden wil Shein de verkopen in Japan volgend jaar met 40 procent laten stijgen.', ['shein:growth:40:JP:target']],
  ['nl', 'Shein', 'Volgens ingewijden beogen de eigenaren van Shein volgend jaar in Japan een omzetgroei van 40 procent.', ['shein:growth:40:JP:target']],
  // Negatives: hearsay of a reported figure, and a wanting verb in a relative clause of its own.
  ['en', 'Shein', 'People with knowledge of the matter said Shein had revenue of $3 billion in Japan last year.', ['shein:revenue:3000000000:JP:estimate']],
  ['en', 'Shein', 'Shein, which wants to grow in Japan, had revenue of $3 billion there last year, people with knowledge of the matter said.', ['shein:revenue:3000000000:JP:estimate']],
  ['nl', 'Shein', 'Volgens ingewijden boekte Shein vorig jaar in Japan een omzet van 3 miljard dollar.', ['shein:revenue:3000000000:JP:estimate']],
]);

check('the level an aim starts from is reported, and "now" closes a bare figure (standing-level.ts, metrics.ts)', [
  ['en', 'Zalando', 'Temu wants to have 12 million customers in Germany by 2027, up from 9 million today.', ['temu:customers:12000000:DE:target', 'temu:customers:9000000:DE:actual']],
  ['fr', 'Zalando', "Shein vise 6 000 vendeurs en Espagne d'ici à 2026, contre 2 000 aujourd'hui.", ['shein:sellers:6000:ES:target', 'shein:sellers:2000:ES:actual']],
  ['fr', 'Zalando', "Shein vise 6 000 vendeurs en Espagne d'ici à 2026, contre 2 000 en 2023.", ['shein:sellers:6000:ES:target', 'shein:sellers:2000:ES:actual']],
  ['nl', 'Zalando', 'Bol wil in 2027 8 miljoen klanten in België hebben, tegen 6 miljoen nu.', ['bol:customers:8000000:BE:target', 'bol:customers:6000000:BE:actual']],
  ['nl', 'Zalando', 'Amazon heeft 8 miljoen klanten in Duitsland, tegen 6 miljoen nu.', ['amazon:customers:8000000:DE:actual', 'amazon:customers:6000000:DE:actual']],
  // Negative: a level itself called an aim stays one.
  ['en', 'Zalando', 'Temu wants to have 12 million customers in Germany by 2027, up from an earlier goal of 9 million.', ['temu:customers:12000000:DE:target', 'temu:customers:9000000:DE:target']],
]);

check('"du groupe" points at the company and a consensus is an estimate (points-at-company.ts, status.ts, contrast.ts)', [
  ['fr', 'PDD', "PDD publie ses résultats mardi. Selon le consensus, le chiffre d'affaires du groupe devrait atteindre 110 milliards de yuans.", ['temu:revenue:110000000000:null:estimate']],
  ['en', 'PDD', 'PDD publishes its results on Tuesday. According to the consensus, the group is expected to report revenue of 110 billion yuan.', ['temu:revenue:110000000000:null:estimate']],
  ['nl', 'PDD', 'PDD publiceert dinsdag zijn cijfers. Volgens de consensus komt de omzet van het concern uit op 110 miljard yuan.', ['temu:revenue:110000000000:null:estimate']],
  // Negatives: a result set against the consensus is reported; the sector's figure is nobody's.
  ['fr', 'PDD', "PDD a publié un chiffre d'affaires de 110 milliards de yuans, au-dessus du consensus.", ['temu:revenue:110000000000:null:actual']],
  ['fr', 'PDD', "Selon une étude de Kantar, le chiffre d'affaires du commerce en ligne devrait atteindre 160 milliards d'euros.", []],
]);

check('a market share is no market at large, nor the compared party\'s, and is where the sales before it were (attribution.ts, ranked-against.ts)', [
  ['en', 'Temu', 'Temu sold goods worth $4 billion across Latin America last year. That gives it a market share of 6%, against 30% for MercadoLibre.', ['temu:gmv:4000000000:LATAM:actual', 'temu:market_share:6:LATAM:estimate']],
  ['fr', 'Temu', "Temu a vendu pour 4 milliards de dollars en Amérique latine l'an dernier. Cela lui donne une part de marché de 6 %, contre 30 % pour MercadoLibre.", ['temu:gmv:4000000000:LATAM:actual', 'temu:market_share:6:LATAM:estimate']],
  ['nl', 'Temu', 'Temu verkocht vorig jaar voor 4 miljard dollar in Latijns-Amerika. Dat geeft het een marktaandeel van 6 procent, tegen 30 procent voor MercadoLibre.', ['temu:gmv:4000000000:LATAM:actual', 'temu:market_share:6:LATAM:estimate']],
  ['en', 'Temu gains ground in Latin America', 'Temu, including its Brazilian arm, sold goods worth $4 billion across the region last year. That gives it a 6% share.', ['temu:gmv:4000000000:LATAM:actual', 'temu:market_share:6:LATAM:estimate']],
  // Negatives: the market at large, and a tracked rival's own figure.
  ['en', 'Temu', 'Temu is growing in Brazil. The Brazilian market for online retail is worth $40 billion, against $35 billion for Mexico.', []],
  ['en', 'Temu', 'Temu sold goods worth $4 billion in Brazil last year, against $9 billion for Amazon.', ['temu:gmv:4000000000:BR:actual', 'amazon:gmv:9000000000:BR:actual']],
]);

check('a French future of reaching is an aim (status.ts)', [
  ['fr', 'Amazon', "Le nouveau site portera les effectifs d'Amazon en Espagne à 30 000 salariés.", ['amazon:employees:30000:ES:target']],
  ['fr', 'Temu', 'Avec ce programme, Temu atteindra 5 000 vendeurs en Espagne.', ['temu:sellers:5000:ES:target']],
  // Negatives: the past tense reports.
  ['fr', 'Amazon', "Amazon a porté ses effectifs en Espagne à 30 000 salariés l'an dernier.", ['amazon:employees:30000:ES:actual']],
  ['fr', 'Amazon', 'Amazon emploie 30 000 salariés en Espagne.', ['amazon:employees:30000:ES:actual']],
]);
