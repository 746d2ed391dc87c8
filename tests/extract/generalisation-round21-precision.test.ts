import { beforeAll, describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 21 (precision): false figures with a shared cause — a fine on a named outside company, the
// number of a brand's name, a count aimed to be doubled, jobs announced to be cut, "made up" as a
// portion, goods or footfall moving, a bracketed figure after an outside name, a relative clause
// after a sum, a list of names with the preposition said again, and the first half of a figure set
// against another company's. Sentences written for this file, in English, French and Dutch; none is
// taken from an evaluation set.

beforeAll(() => {
  read('Temu', 'Temu grew.');
}, 60_000);

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[]];

const check = (name: string, rows: Row[]): void => {
  describe(`round 21 (precision): ${name}`, () => {
    for (const [language, title, text, expected] of rows) {
      it(`${language}: ${text}`, () => {
        expect(read(title, text, language).sort()).toEqual([...expected].sort());
      });
    }
  });
};

check('a fine on a named company we do not track is that company’s (other-fined.ts)', [
  ['en', 'Shein', 'Shein was fined €10 million by the regulator. In 2022 the same regulator fined Decathlon €6 million.', ['shein:fine:10000000:null:actual']],
  ['en', 'Shein', 'Shein was fined €10 million. Last year the watchdog imposed a €6 million penalty on Decathlon.', ['shein:fine:10000000:null:actual']],
  ['fr', 'Shein', 'Shein a écopé d’une amende de 10 millions d’euros. En 2022, la DGCCRF avait infligé 6 M€ d’amende à Decathlon.', ['shein:fine:10000000:null:actual']],
  ['nl', 'Temu', 'Temu kreeg een boete van 10 miljoen euro. Eerder beboette de ACM Kruidvat met 6 miljoen euro.', ['temu:fine:10000000:null:actual']],
  // Negatives: the fine lands on the tracked company, named after the sum or the verb.
  ['fr', 'Amazon', 'La CNIL a infligé une amende de 6 millions d’euros à Amazon France Logistique.', ['amazon:fine:6000000:FR:actual', 'amazon:regulation::FR']],
  ['en', 'Temu', 'The regulator imposed a €6 million fine on Temu on Tuesday.', ['temu:fine:6000000:null:actual']],
  ['nl', 'Temu', 'De ACM beboette Temu met 6 miljoen euro.', ['temu:fine:6000000:NL:actual']],
]);

check('the number in a brand’s name is no count (numbered-names.ts)', [
  ['en', 'Shein', 'Shein signed a deal with the owner of Studio 54. Studio 54 bags will be sold on Shein, which will open corners in some Studio 54 shops.', ['shein:partnership::null']],
  ['fr', 'Shein', 'Shein s’allie au propriétaire de Maison 21. Les robes de Maison 21 seront vendues sur Shein.', ['shein:partnership::null']],
  // Negatives: a place, a month or a tracked company before a count.
  ['nl', 'Bol', 'Bol heeft in België 800 medewerkers.', ['bol:employees:800:BE:actual']],
  ['en', 'Temu', 'Temu said on March 4 it had 900 sellers in Poland.', ['temu:sellers:900:PL:actual']],
  ['nl', 'Bol', 'Volgens het jaarverslag telt Bol 700 medewerkers in België.', ['bol:employees:700:BE:actual']],
]);

check('a count aimed to be doubled is told by its level, not as growth (multiple-object.ts)', [
  ['en', 'Temu', 'Temu has 4,000 sellers in Spain and aims to double that number next year.', ['temu:sellers:4000:ES:actual']],
  ['fr', 'Temu', 'Temu compte 4 000 vendeurs en Espagne et veut doubler ce nombre.', ['temu:sellers:4000:ES:actual']],
  ['nl', 'Bol', 'Bol wil binnen twee jaar het aantal Belgische verkopers verdubbelen naar 12.000.', ['bol:sellers:12000:BE:target']],
  // Negatives: sales aimed to be doubled, and a count that doubled.
  ['en', 'Temu', 'Temu aims to double its sales in Spain.', ['temu:growth:2:ES:target']],
  ['nl', 'Bol', 'Het aantal verkooppartners van Bol verdubbelde.', ['bol:growth:2:null:actual']],
]);

check('jobs announced to be cut are no staff (metrics.ts jobsCut)', [
  ['nl', 'Bol', 'Bol maakte bekend 120 banen te schrappen bij zijn klantenservice.', ['bol:layoff::null']],
  ['fr', 'Amazon', 'Amazon annonce 120 postes à supprimer dans son siège de Clichy.', []],
  // Negative: staff the company has.
  ['nl', 'Bol', 'Bol heeft 120 medewerkers bij zijn klantenservice.', ['bol:employees:120:null:actual']],
]);

check('a portion "made up" of a total is no rise (metric-cues.ts)', [
  ['en', 'Bol', 'Bol’s sales reached €5 billion. Partners made up 60% of that total.', ['bol:revenue:5000000000:null:actual']],
  // Negative: a figure that is up.
  ['en', 'Bol', 'Bol’s sales were up 6% last year.', ['bol:growth:6:null:actual']],
]);

check('goods going up, or a store’s footfall, are no growth (non-metric-change.ts)', [
  ['en', 'Temu', 'Temu raised prices on toys, with some plastic items up by as much as 40%.', []],
  ['fr', 'Temu', 'Temu a relevé ses prix, avec certains jouets et articles en hausse de 40 %.', []],
  ['nl', 'Temu', 'Temu verhoogde zijn prijzen, met sommige producten 40 procent omhoog.', []],
  ['en', 'Amazon', 'Footfall at the Amazon Go shops dropped 15% last year.', []],
  ['fr', 'Shein', 'Le grand magasin, dont la fréquentation a baissé de 15 %, mise sur Shein.', []],
  // Negatives: goods sold going up, and a site's audience.
  ['en', 'Temu', 'Temu’s items sold were up 40% last year.', ['temu:growth:40:null:actual']],
]);

check('a bracketed figure after a name we do not track is that name’s (bracketed-owner.ts)', [
  ['en', 'Temu', 'Temu’s sales rose 30% last year, far ahead of Zalando (+4%).', ['temu:growth:30:null:actual']],
  ['fr', 'Amazon', 'L’action Amazon a gagné 3 %, moins que Nvidia (+30 %).', []],
  // Negative: the tracked company in the brackets.
  ['en', 'Temu', 'Zalando grew slowly last year, well behind Temu (+30%).', ['temu:growth:30:null:actual']],
]);

check('a money word in a relative clause after a sum is the clause’s own (cue-after-but.ts)', [
  ['en', 'Shein', 'Shein raised $3 billion in a deal that valued it at $50 billion.', ['shein:valuation:50000000000:null:actual', 'shein:funding::null']],
  ['fr', 'Shein', 'Shein a levé 3 milliards de dollars lors d’un tour qui le valorise à 50 milliards.', ['shein:valuation:50000000000:null:actual', 'shein:funding::null']],
  ['nl', 'Shein', 'Shein haalde 3 miljard dollar op in een ronde die het bedrijf waardeerde op 50 miljard dollar.', ['shein:valuation:50000000000:null:actual', 'shein:funding::null']],
]);

check('names listed with their preposition said again take figures in order (respectively.ts)', [
  ['fr', 'Amazon', 'Le modèle rappelle celui de Temu et de Shein, qui revendiquent respectivement 15 et 12 millions de clients en Espagne.', ['temu:customers:15000000:ES:actual', 'shein:customers:12000000:ES:actual']],
  ['en', 'Amazon', 'The model recalls that of Temu and of Shein, which claim 15 and 12 million customers in Spain respectively.', ['temu:customers:15000000:ES:actual', 'shein:customers:12000000:ES:actual']],
]);

check('a figure set against another company’s is not that company’s (comparison.ts)', [
  ['en', 'Temu', 'Temu is growing fast in Spain. The app now has 9 million monthly users, against 6 million for Shein.', ['temu:users:9000000:ES:actual', 'shein:users:6000000:ES:actual']],
  ['fr', 'Temu', 'Temu progresse en Espagne. Selon une étude, 9 millions d’Espagnols utilisent l’application chaque mois, contre 6 millions pour Shein.', ['temu:users:9000000:ES:estimate', 'shein:users:6000000:ES:estimate']],
  ['nl', 'Temu', 'Temu groeit hard in Spanje. Volgens een peiling gebruiken 9 miljoen Spanjaarden de app elke maand, tegen 6 miljoen voor Shein.', ['temu:users:9000000:ES:actual', 'shein:users:6000000:ES:actual']],
  // Negative: the company set against its own earlier figure.
  ['en', 'Shein', 'Shein is growing fast in Spain. The app now has 9 million users, against 6 million for Shein in 2022.', ['shein:users:9000000:ES:actual']],
]);
