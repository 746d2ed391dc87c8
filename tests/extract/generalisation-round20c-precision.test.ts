import { beforeAll, describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 20c (precision): false facts with a shared cause — a multiple of a price or a length, jobs
// a project supports, a sum added to an economy, what a levy brings in, a threshold of social
// networks, a rival's relative clause run on past a comma, an untracked subject behind an
// apposition, what a rival processed, brands an event features, plans unveiled, a launch said not
// to be planned. Sentences written for this file, in English, French and Dutch; none is taken from
// an evaluation set.

beforeAll(() => {
  read('Temu', 'Temu grew.');
}, 60_000);

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[]];

const check = (name: string, rows: Row[]): void => {
  describe(`round 20c (precision): ${name}`, () => {
    for (const [language, title, text, expected] of rows) {
      it(`${language}: ${text}`, () => {
        expect(read(title, text, language).sort()).toEqual([...expected].sort());
      });
    }
  });
};

check('a multiple of prices or of a length is no growth (multiple-object.ts)', [
  ['en', 'Shein', 'Shein raised prices on dozens of dresses, in some cases more than doubling them.', []],
  ['fr', 'Shein', 'Shein a relevé les prix de ses robes, qu’il a parfois plus que doublés.', []],
  ['nl', 'Shein', 'Shein verhoogde de prijzen van zijn jurken en heeft ze soms verdubbeld.', []],
  ['en', 'Amazon', 'Amazon doubled the length of its autumn sale this year.', []],
  ['fr', 'Amazon', 'Amazon a doublé la durée de ses soldes d’automne cette année.', []],
  ['nl', 'Amazon', 'Amazon verdubbelde dit jaar de duur van zijn herfstactie.', []],
  // Negatives: a business figure doubled.
  ['en', 'Shein', 'Shein cut prices on dresses and its profit more than doubled.', ['shein:growth:2:null:actual']],
  ['nl', 'Bol', 'Bol verdubbelde vorig jaar de winst.', ['bol:growth:2:null:actual']],
]);

check('jobs a project supports are no staff (not-own-staff.ts)', [
  ['en', 'Amazon', 'Amazon will invest $3 billion in Chile. The company says the project will add to output and support some 4,000 jobs a year at local suppliers.', ['amazon:investment:3000000000:CL:actual']],
  ['fr', 'Amazon', 'Amazon investira 3 milliards de dollars au Chili. Le groupe estime que le projet soutiendra en moyenne 4 000 emplois par an.', ['amazon:investment:3000000000:CL:actual']],
  ['nl', 'Amazon', 'Amazon investeert 3 miljard dollar in Chili. Het project zal volgens het bedrijf jaarlijks zo’n 4.000 banen ondersteunen.', ['amazon:investment:3000000000:CL:actual']],
  ['nl', 'Amazon', 'Amazon investeert 3 miljard dollar in Chili, wat ook 2.000 banen bij lokale leveranciers oplevert.', ['amazon:investment:3000000000:CL:actual']],
  // Negatives: the company's own staff.
  ['en', 'Amazon', 'Amazon employs 4,000 people in Chile.', ['amazon:employees:4000:CL:actual']],
  ['fr', 'Amazon', 'Amazon emploie 4 000 salariés au Chili.', ['amazon:employees:4000:CL:actual']],
  ['nl', 'Amazon', 'Amazon heeft 4.000 medewerkers in Chili.', ['amazon:employees:4000:CL:actual']],
]);

check('a sum added to an economy, and what a levy brings in, are no company figure (economic-impact.ts)', [
  ['en', 'Amazon', 'Amazon will invest $7 billion in Chile. It says the investment will add about $9 billion to Chile’s gross domestic product.', ['amazon:investment:7000000000:CL:actual']],
  ['fr', 'Amazon', 'Amazon investira 7 milliards de dollars au Chili. Selon le groupe, cet investissement ajoutera 9 milliards de dollars au PIB chilien.', ['amazon:investment:7000000000:CL:actual']],
  ['nl', 'Amazon', 'Amazon investeert 7 miljard dollar in Chili. Volgens het bedrijf voegt de investering 9 miljard dollar aan het Chileense bbp toe.', ['amazon:investment:7000000000:CL:actual']],
  ['nl', 'Temu', 'De opbrengst van de nieuwe heffing op pakjes van Temu wordt geraamd op 300 miljoen euro per jaar.', []],
  ['en', 'Temu', 'Revenue from the parcel levy aimed at Temu is put at €300 million a year.', []],
  ['fr', 'Temu', 'Les recettes de la taxe visant Temu sont estimées à 300 millions d’euros par an.', []],
  // Negatives: the company's own revenue.
  ['fr', 'Temu', 'Temu a réalisé 300 millions d’euros de chiffre d’affaires en France.', ['temu:revenue:300000000:FR:actual']],
  ['en', 'Temu', 'Temu’s revenue from the app reached €300 million.', ['temu:revenue:300000000:null:actual']],
]);

check('social networks above a number of users are a class (threshold.ts)', [
  ['fr', 'TikTok Shop', 'Au Vietnam, les réseaux sociaux comptant plus de 5 millions d’utilisateurs devront ouvrir un bureau local.', []],
  ['en', 'TikTok Shop', 'In Vietnam, social networks with more than 5 million users must open a local office.', []],
  ['nl', 'TikTok Shop', 'In Vietnam moeten sociale netwerken met meer dan 5 miljoen gebruikers een lokaal kantoor openen.', []],
  ['en', 'TikTok Shop', 'TikTok has more than 5 million users in Vietnam.', ['tiktok-shop:users:5000000:VN:actual']],
]);

check('figures of someone else: a rival’s relative clause, an apposed subject, a rival’s volume', [
  ['en', 'Amazon', 'Amazon competes in Chile with Falabella, which said it would spend $900 million this year, 30% more than in 2024, and hire 2,000 people.', []],
  ['nl', 'Amazon', 'Amazon concurreert in Chili met Falabella, dat dit jaar 900 miljoen dollar uitgeeft, 30 procent meer dan in 2024, en 2.000 mensen aanneemt.', []],
  ['fr', 'Amazon', 'Amazon affronte au Chili Falabella, qui dépensera 900 millions de dollars cette année, soit 30 % de plus qu’en 2024, et recrutera 2 000 personnes.', []],
  ['fr', 'Shein', 'À l’aéroport, où Cainiao, la branche logistique d’Alibaba, emploie environ 600 personnes, on s’inquiète.', []],
  ['nl', 'Shein', 'Op de luchthaven, waar Cainiao, de logistieke tak van Alibaba, zo’n 600 mensen in dienst heeft, groeit de onrust.', []],
  ['en', 'TikTok Shop', 'TikTok Shop handled about $1 billion of goods in Vietnam, far below the $8 billion processed by market leader Shopee.', ['tiktok-shop:gmv:1000000000:VN:actual']],
  ['nl', 'TikTok Shop', 'TikTok Shop zette in Vietnam 1 miljard dollar om, tegen 8 miljard dollar verwerkt door marktleider Shopee.', ['tiktok-shop:gmv:1000000000:VN:actual']],
  // Negatives: a new clause with its own subject; the company's own apposition.
  ['en', 'Amazon', 'Amazon competes with Falabella, which has 2,000 stores, and Amazon now has 3,000 sellers in Chile.', ['amazon:sellers:3000:CL:actual']],
  ['fr', 'Shein', 'Shein, la plateforme chinoise, compte 2 millions de clients en Belgique.', ['shein:customers:2000000:BE:actual']],
  ['en', 'Shein', 'Shein, the Chinese retailer, has 2 million customers in Belgium.', ['shein:customers:2000000:BE:actual']],
]);

check('brands an event features, creators who hosted its livestreams (taking-part.ts)', [
  ['en', 'Amazon', 'Amazon will hold a Belgian online fair in May, featuring products from about 800 local brands.', []],
  ['en', 'TikTok Shop', 'More than 12,000 creators hosted livestreams during the sale weekend.', []],
  ['fr', 'Amazon', 'Amazon organisera en mai une foire en ligne mettant en avant les produits de 800 marques belges.', []],
  ['nl', 'Amazon', 'Amazon houdt in mei een online beurs met producten van zo’n 800 Belgische merken.', []],
  ['nl', 'TikTok Shop', 'Ruim 12.000 creators hielden livestreams tijdens het actieweekend.', []],
  ['en', 'Amazon', 'Amazon now has 800 Belgian brands selling on its store.', ['amazon:sellers:800:null:actual']],
]);

check('plans unveiled, and a launch said not to be planned, are no launch (cue-objects.ts, negated-cue.ts)', [
  ['en', 'Amazon', 'Amazon was among many groups to unveil Spanish projects before the conference.', []],
  ['fr', 'Amazon', 'Amazon a dévoilé ses projets pour l’Espagne avant la conférence.', []],
  ['nl', 'Amazon', 'Amazon onthulde voor de conferentie zijn plannen voor Spanje.', []],
  ['nl', 'TikTok Shop', 'TikTok Shop is in Spanje van start gegaan. Een Belgische lancering staat voorlopig niet op de planning.', ['tiktok-shop:launch::ES']],
  ['en', 'TikTok Shop', 'TikTok Shop went live in Spain. A launch in Belgium is not planned, a spokeswoman said.', ['tiktok-shop:launch::ES']],
  ['fr', 'TikTok Shop', 'TikTok Shop est arrivé en Espagne. Un lancement en Belgique n’est pas prévu.', ['tiktok-shop:launch::ES']],
  // Negatives: a store unveiled, a launch that is planned.
  ['en', 'Amazon', 'Amazon unveiled its new store in Madrid.', ['amazon:launch::ES']],
  ['en', 'TikTok Shop', 'A launch in Belgium is planned for next year.', ['tiktok-shop:expansion::BE']],
]);
