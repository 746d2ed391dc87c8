import { beforeAll, describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 21 (markets and status): a people's adjective after a Dutch article, a pointer into the
// subject's aside, a forecast told with the noun left out, staff already taken on, a city's
// adjective, the market a subject's name stands for when the next sentence names it by an epithet;
// an investment announced for a year or a span still running, an outsider's expectation, a figure
// told as expected, an estimate's source told last. Sentences written for this file, in English,
// French and Dutch; none is taken from an evaluation set.

beforeAll(() => {
  read('Temu', 'Temu grew.');
}, 60_000);

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[], published?: string];

const check = (name: string, rows: Row[]): void => {
  describe(`round 21 (markets): ${name}`, () => {
    for (const [language, title, text, expected, published] of rows) {
      it(`${language}: ${text}`, () => {
        expect(read(title, text, language, published).sort()).toEqual([...expected].sort());
      });
    }
  });
};

check('a people after a source and a Dutch article is the figure’s market (markets.ts)', [
  ['nl', 'Shein', 'Onderzoeksbureau Kantar raamt de Belgische omzet van Shein op 300 miljoen euro.', ['shein:revenue:300000000:BE:estimate']],
  ['nl', 'Temu', 'Volgens analisten ligt de Duitse omzet van Temu rond 2 miljard euro.', ['temu:revenue:2000000000:DE:estimate']],
  // Negative: a source from a city is still its seat.
  ['nl', 'Shein', 'Een onderzoeksbureau uit Amsterdam schat de omzet van Shein op 300 miljoen euro.', ['shein:revenue:300000000:null:estimate']],
]);

check('a pointer reaches into the subject’s aside (subject-aside.ts)', [
  ['en', 'Temu', 'Temu, which arrived in Poland in 2023, booked revenue of $1 billion there last year.', ['temu:revenue:1000000000:PL:actual', 'temu:launch::PL']],
  ['fr', 'Temu', "Temu, qui est arrivé en Pologne en 2023, y réalise désormais un chiffre d'affaires d'un milliard d'euros.", ['temu:revenue:1000000000:PL:actual', 'temu:launch::PL']],
  ['nl', 'Temu', 'Temu, dat sinds vorig jaar in België actief is, verkoopt hier inmiddels voor 300 miljoen euro per jaar.', ['temu:gmv:300000000:BE:actual', 'temu:launch::BE']],
  // Negatives: no pointer, the aside's place is not the figure's.
  ['en', 'Temu', 'Temu, which arrived in Poland in 2023, reported revenue of $50 billion.', ['temu:revenue:50000000000:null:actual', 'temu:launch::PL']],
  ['nl', 'Temu', 'Temu, dat sinds vorig jaar in België actief is, verkoopt inmiddels voor 300 miljoen euro per jaar.', ['temu:gmv:300000000:null:actual', 'temu:launch::BE']],
]);

check('a forecast with the noun left out is told in the first figure’s place (elided-owner.ts)', [
  ['en', 'Shein', 'Kantar expects Shein’s French sales to grow 12% next year, while Temu’s are projected to climb 30%.', ['shein:growth:12:FR:estimate', 'temu:growth:30:FR:estimate']],
  ['en', 'Shein', "Shein's sales in Germany rose 12% last year, while Temu's are set to grow 30% this year.", ['shein:growth:12:DE:actual', 'temu:growth:30:DE:target']],
]);

check('staff already taken on, or temporary, are where the article is (market-context.ts)', [
  ['fr', 'Amazon en France', 'Amazon a recruté 4 000 intérimaires dans ses entrepôts pour Noël.', ['amazon:employees:4000:FR:actual']],
  ['en', 'Amazon in Britain', 'Amazon recruited 4,000 temporary workers at its warehouses for Christmas.', ['amazon:employees:4000:GB:actual']],
  ['nl', 'Amazon in Duitsland', 'Amazon heeft voor de feestdagen 2.000 uitzendkrachten aangenomen in zijn magazijnen.', ['amazon:employees:2000:DE:actual']],
  // Negative: a company's whole staff is not the title's country's.
  ['en', 'Amazon in Britain', 'Amazon employs 1.5 million people.', ['amazon:employees:1500000:null:actual']],
]);

check('a city’s adjective names its country (market-names.ts)', [
  ['fr', 'Shein', 'Tollé dans le commerce parisien. Shein a annoncé un partenariat avec une chaîne de grands magasins.', ['shein:partnership::FR']],
]);

check('an epithet for a subject whose name stands for a market keeps that market (index.ts)', [
  ['en', 'Douyin', 'Douyin had a strong festival. The short-video platform said sales through live streams rose 25%.', ['tiktok-shop:growth:25:CN:actual']],
  ['fr', 'Pinduoduo', "Pinduoduo a tiré son épingle du jeu. La plateforme a indiqué que ses commandes avaient augmenté de 20 %.", ['temu:growth:20:CN:actual']],
  // Negative: a name that stands for no market.
  ['en', 'TikTok', 'TikTok had a strong festival. The platform said sales through live streams rose 25%.', ['tiktok-shop:growth:25:null:actual']],
]);

check('an investment announced for this year or a span still running is planned (planned-figure.ts)', [
  ['en', 'Amazon', 'Amazon has announced a €1.2 billion investment in Spain this year.', ['amazon:investment:1200000000:ES:target'], '2024-05-10'],
  ['fr', 'Amazon', "Amazon a annoncé un investissement de 900 millions d'euros en Italie cette année.", ['amazon:investment:900000000:IT:target'], '2024-05-10'],
  ['nl', 'Amazon', 'Amazon kondigde een investering van 900 miljoen euro in Italië aan voor dit jaar.', ['amazon:investment:900000000:IT:target'], '2024-05-10'],
  ['en', 'Amazon', 'Amazon is in the middle of a £10 billion investment programme in Britain over 2024-2026.', ['amazon:investment:10000000000:GB:target'], '2024-05-10'],
  // Negatives: spent in the past.
  ['en', 'Amazon', 'Amazon announced a €1.2 billion investment in Spain in 2021.', ['amazon:investment:1200000000:ES:actual'], '2024-05-10'],
  ['en', 'Amazon', 'Amazon invested £10 billion in Britain over 2021-2023.', ['amazon:investment:10000000000:GB:actual'], '2024-05-10'],
]);

check('an outsider expecting a company’s figure estimates it (outside-expecter.ts)', [
  ['en', 'Shein', "Kantar expects Shein's sales in Spain to rise 15% this year.", ['shein:growth:15:ES:estimate']],
  ['fr', 'Shein', "Kantar s'attend à ce que les ventes de Shein en Espagne progressent de 15 % cette année.", ['shein:growth:15:ES:estimate']],
  ['nl', 'Shein', 'GfK verwacht dat de omzet van Shein in Spanje dit jaar met 15 procent stijgt.', ['shein:growth:15:ES:estimate']],
  // Negatives: the company's own expectation, or its chief's.
  ['en', 'Shein', 'Shein expects its sales in Spain to rise 15% this year.', ['shein:growth:15:ES:target']],
  ['nl', 'Shein', 'Shein verwacht dat zijn omzet in Spanje dit jaar met 15 procent stijgt.', ['shein:growth:15:ES:target']],
  ['en', 'Amazon', "Chief executive Andy Jassy expects Amazon's sales in Spain to rise 15% this year.", ['amazon:growth:15:ES:target']],
]);

check('a figure told as what is expected of it is an estimate; a company counting on one aims at it (status.ts)', [
  ['fr', 'Amazon', "Le bénéfice d'exploitation d'Amazon est attendu à 18 milliards de dollars.", ['amazon:profit:18000000000:null:estimate']],
  ['en', 'Amazon', "Amazon's operating profit is expected at $18 billion.", ['amazon:profit:18000000000:null:estimate']],
  ['nl', 'Amazon', 'De winst van Amazon wordt geraamd op 18 miljard dollar.', ['amazon:profit:18000000000:null:estimate']],
  ['fr', 'Amazon', "Amazon dit tabler sur un chiffre d'affaires de 160 milliards de dollars.", ['amazon:revenue:160000000000:null:target']],
]);

check('an estimate’s source told last holds past a comparison (status.ts)', [
  ['en', 'Shein', "Shein's users in Spain fell 20% in May compared with April, according to Similarweb estimates.", ['shein:growth:-20:ES:estimate']],
  ['fr', 'Shein', 'Les utilisateurs de Shein en Espagne ont reculé de 20 % en mai par rapport à avril, selon les estimations de Similarweb.', ['shein:growth:-20:ES:estimate']],
  ['nl', 'Shein', 'Het aantal gebruikers van Shein in Spanje daalde in mei met 20 procent vergeleken met april, volgens schattingen van Similarweb.', ['shein:growth:-20:ES:estimate']],
  // Negative: the company's own word.
  ['en', 'Shein', "Shein's users in Spain fell 20% in May compared with April, according to the company.", ['shein:growth:-20:ES:actual']],
]);
