import { beforeAll, describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 21 (events): event facts missed or read with the wrong name, and other parties' moves
// read as the company's — a start year still to come, a shop opened after a time or before a Dutch
// infinitive, a model copied, a sales day's name in every language, a sale that is what was
// started, other businesses as the subject, a presence told from a day on, selling resumed, a deal
// signed with the partner named before, a yearly study, every shop closed. Sentences written for
// this file, in English, French and Dutch; none is taken from an evaluation set.

beforeAll(() => {
  read('Temu', 'Temu grew.');
}, 60_000);

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[], published?: string];

const check = (name: string, rows: Row[]): void => {
  describe(`round 21 (events): ${name}`, () => {
    for (const [language, title, text, expected, published] of rows) {
      it(`${language}: ${text}`, () => {
        expect(read(title, text, language, published).sort()).toEqual([...expected].sort());
      });
    }
  });
};

check('a start year no earlier than the article is no past (unreal-or-past.ts)', [
  ['fr', 'Colis', 'Shein compte 10 millions de clients en Espagne. Madrid veut appliquer dès 2027 une redevance sur les petits paquets, visant Shein et Temu.', ['shein:customers:10000000:ES:actual', 'shein:regulation::ES', 'temu:regulation::ES'], '2025-03-01'],
  ['en', 'Parcels', 'Temu has 9 million users in Spain. Madrid plans to apply a levy on small parcels as early as 2027, aimed at Temu and Shein.', ['temu:users:9000000:ES:actual', 'temu:regulation::ES', 'shein:regulation::ES'], '2025-03-01'],
  // Negatives: a year before the article's is still the past.
  ['fr', 'Amazon', 'Dès 2012, Amazon a quitté la Chine.', [], '2025-03-01'],
  ['nl', 'Amazon', 'Al in 2015 lanceerde Amazon in Mexico.', [], '2025-03-01'],
]);

check('a shop opened after a time, counted, or before a Dutch infinitive (event-cues-r14.ts, event-cues-r17.ts)', [
  ['fr', 'Temu', 'Temu prévoit d’ouvrir d’ici à l’été trois boutiques éphémères à Lyon et à Marseille.', ['temu:expansion::FR']],
  ['nl', 'Bol', 'Bol wil volgend jaar een derde magazijn openen, vlak bij Antwerpen.', ['bol:expansion::BE']],
  ['nl', 'Temu', 'Temu wil in 2026 twee nieuwe winkels openen in Utrecht.', ['temu:expansion::NL']],
  // Negatives: opening no shop.
  ['nl', 'Temu', 'Temu wil de deur openen voor meer Europese merken.', []],
  ['fr', 'Temu', 'Temu veut ouvrir la voie à d’autres vendeurs européens.', []],
]);

check('a model copied is no subject (attribution.ts)', [
  ['fr', 'Amazon', 'Amazon a ouvert lundi en Italie Bazaar, sa boutique à bas prix. Le concept s’inspire ouvertement de Shein et de Temu. Déjà lancé en Espagne au printemps, Bazaar est disponible au Portugal.', ['amazon:launch::IT', 'amazon:launch::ES', 'amazon:launch::PT']],
  ['en', 'Amazon', 'Amazon opened its Bazaar store in Italy on Monday. The format is modelled on Temu. It also offers free delivery in Italy.', ['amazon:launch::IT', 'amazon:promotion::IT']],
  // Negative: a company named as the subject after the model keeps the sentence.
  ['fr', 'Amazon', 'Amazon a ouvert lundi en Italie sa boutique à bas prix. Shein, dont le concept s’inspire du sien, a lancé des soldes en Italie.', ['amazon:launch::IT', 'shein:promotion::IT']],
]);

check('a sales day named by its number, and a sale that is what was started (event-cues-r13.ts, event-doubts-r14.ts)', [
  ['nl', 'Bol', 'Bol deed dit jaar voor het eerst mee met een 11.11-weekend vol aanbiedingen in België.', ['bol:promotion::BE']],
  ['fr', 'Shein', 'Shein a lancé en France son opération 11.11.', ['shein:promotion::FR']],
  ['en', 'Amazon', 'Amazon has kicked off a two-week Prime Big Deal Days sale in Germany.', ['amazon:promotion::DE']],
  ['fr', 'Temu', 'Temu lance ses soldes d’hiver en Belgique.', ['temu:promotion::BE']],
  // Negatives: a date, and a launch that comes with discounts.
  ['nl', 'Bol', 'Bol opende op 11.11.2023 een magazijn in Waalwijk.', ['bol:launch::NL']],
  ['en', 'Temu', 'Temu launched in Chile with discounts of up to 70%.', ['temu:launch::CL', 'temu:promotion::CL']],
]);

check('other businesses counted as a group move, not the company (event-filters-r20c.ts)', [
  ['fr', 'Shein', 'Shein ouvre un magasin à Lyon. Plusieurs marques ont annoncé quitter le centre commercial.', ['shein:launch::FR']],
  ['en', 'Temu', 'Temu opened a pop-up store in Madrid. Several brands pulled out of the mall in protest.', ['temu:launch::ES']],
  ['nl', 'Shein', 'Shein opent een winkel in Gent. Verschillende merken vertrekken uit het warenhuis.', ['shein:launch::BE']],
  // Negative: the company itself leaves.
  ['fr', 'Shein', 'Shein ouvre un magasin à Lyon. Amazon a annoncé quitter la Suisse.', ['shein:launch::FR', 'amazon:exit::CH']],
]);

check('a presence told from a day on is a start (event-filters-r19.ts)', [
  ['en', 'Temu', 'Temu has been available in Spain, Portugal and Greece since Tuesday.', ['temu:launch::ES', 'temu:launch::PT', 'temu:launch::GR']],
  ['fr', 'Temu', 'Temu est disponible en Espagne depuis le 2 mai, ainsi qu’au Portugal et en Grèce.', ['temu:launch::ES', 'temu:launch::PT', 'temu:launch::GR']],
  // Negative: a presence for years is a reach.
  ['fr', 'Temu', 'Temu est présent en Espagne, au Portugal et en Grèce depuis trois ans.', []],
]);

check('selling resumed, and a deal signed with the partner named before (event-cues-r21.ts)', [
  ['en', 'Temu', 'Temu resumed selling in Kenya on Friday.', ['temu:launch::KE']],
  ['fr', 'Shein', 'Shein a repris ses ventes au Maroc jeudi.', ['shein:launch::MA']],
  ['nl', 'Temu', 'Temu hervatte de verkoop in Polen na een korte onderbreking.', ['temu:launch::PL']],
  ['fr', 'Shein', 'Shein compte 20 millions de clients en France. Les colis passeront par Mondial Relay, avec lequel Shein a signé un accord.', ['shein:customers:20000000:FR:actual', 'shein:partnership::FR']],
  ['nl', 'Temu', 'Temu heeft 4 miljoen klanten in Nederland. De pakketten gaan via PostNL, waarmee Temu een overeenkomst heeft gesloten.', ['temu:customers:4000000:NL:actual', 'temu:partnership::NL']],
  // Negative: taking something else up again is no launch.
  ['fr', 'Shein', 'Shein a repris la main sur sa communication.', []],
]);

check('a yearly study is no investigation, and closing every shop is an exit (events.ts, ruled-suspension.ts)', [
  ['fr', 'Temu', 'Temu compte 2 millions de clients en Suisse, selon l’enquête annuelle de la fédération du commerce.', ['temu:customers:2000000:CH:actual']],
  ['nl', 'Temu', 'Temu telt volgens het jaarlijkse onderzoek van de branchevereniging 2 miljoen klanten in België.', ['temu:customers:2000000:BE:actual']],
  ['nl', 'Amazon', 'Amazon sluit alle winkels in Duitsland.', ['amazon:exit::DE']],
  ['fr', 'Amazon', 'Amazon va fermer tous ses magasins en Italie.', ['amazon:exit::IT']],
  // Negatives: a probe still is one, and closing some shops is a pause.
  ['fr', 'Temu', 'La DGCCRF a ouvert une enquête sur Temu en France.', ['temu:regulation::FR']],
  ['nl', 'Amazon', 'Amazon sluit drie winkels in Duitsland.', ['amazon:suspension::DE']],
]);
