import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 19 (events): sentences written for this file, in English, French and Dutch, for the kinds
// of phrasing that gave missed events (a contract signed, a switch to a supplier, roles cut, a post become, country
// managers hired, a dated opening, free delivery with a verb between, deals run) and false ones (a
// rank arrived at, an entry slowed, reach in a list of places, a launch that dates something else,
// own units merged, "named" with no post, a contract "gesloten", deals shoppers doubt, discounts
// inspected, a place one is barred from, a person's aside, a buyer of another kind, a listing
// ruled out, an entry after "since", a raise with no place, a purpose clause after "and to").
// None is taken from an evaluation set.

const events = (facts: string[]) => facts.filter((f) => /^[^:]+:(?:launch|expansion|suspension|exit|regulation|partnership|acquisition|funding|promotion|leadership|layoff):/u.test(f));

type Row = [language: 'en' | 'fr' | 'nl', text: string, expected: string[]];

const TITLE = { en: 'Online retail', fr: 'Commerce en ligne', nl: 'Webwinkels' };

const MISSED: Row[] = [
  ['en', 'Temu signed a three-year contract with Royal Mail in Britain.', ['temu:partnership::GB']],
  ['fr', 'Shein a signé un contrat de trois ans avec Chronopost en France.', ['shein:partnership::FR']],
  ['fr', 'En Belgique, Temu confie désormais ses livraisons à bpost.', ['temu:partnership::BE']],
  ['nl', 'Temu heeft in België een contract gesloten met bpost.', ['temu:partnership::BE']],
  ['nl', 'Shein sloot in Nederland een nieuw contract met PostNL.', ['shein:partnership::NL']],
  ['en', 'Temu switched to a new payment processor in Spain.', ['temu:partnership::ES']],
  ['fr', 'Shein passe chez un nouveau transporteur en Belgique.', ['shein:partnership::BE']],
  ['nl', 'Bol stapt in België over op een nieuwe vervoerder.', ['bol:partnership::BE']],
  ['en', 'Amazon cut about 40 roles in its German logistics arm.', ['amazon:layoff::DE']],
  ['nl', 'Bol schrapt in Nederland zo’n 80 functies bij de klantenservice.', ['bol:layoff::NL']],
  ['en', 'In Spain, Anna Ruiz becomes general manager of Temu.', ['temu:leadership::ES']],
  ['fr', 'En Italie, Marco Bellini devient directeur général de Shein.', ['shein:leadership::IT']],
  ['nl', 'Bij Temu wordt Lotte Jansen general manager voor Nederland.', ['temu:leadership::NL']],
  ['nl', 'Bij Temu komt de leiding in Nederland in handen van Lotte Jansen.', ['temu:leadership::NL']],
  ['en', 'Shein is recruiting country managers for Spain and Portugal.', ['shein:leadership::ES', 'shein:leadership::PT']],
  ['fr', 'Les frais de livraison seront offerts aux clients de Shein en Espagne.', ['shein:promotion::ES']],
  ['nl', 'Voor klanten van Temu in België is de verzending gratis deze week.', ['temu:promotion::BE']],
  ['en', 'In Italy, Temu ran deals for ten days.', ['temu:promotion::IT']],
  ['en', "The move follows the opening in May of Shein's first Polish warehouse.", ['shein:expansion::PL']],
  ['fr', "Temu a confirmé l'ouverture en mars de son premier bureau en Espagne.", ['temu:expansion::ES']],
  ['nl', 'Het nieuws volgt op de opening in mei van het eerste Poolse magazijn van Shein.', ['shein:expansion::PL']],
];

const WRONG: Row[] = [
  ['fr', 'Shein arrive en deuxième position en Espagne, derrière Zara.', []],
  ['en', 'Temu came in second place in Spain, behind Zara.', []],
  ['en', 'Shein said it would slow its roll-out in Mexico.', []],
  ['fr', 'Temu ralentit son déploiement au Mexique.', []],
  ['en', 'Temu, the discount app now live in Spain, Italy, France and Poland, keeps growing.', []],
  ['nl', 'Shein is actief in Spanje, Italië, Frankrijk en Polen, en groeit nog.', []],
  ['fr', 'Un tiers des Belges connaissaient Temu avant son lancement.', []],
  ['en', 'Shein merged its two logistics teams in Spain.', []],
  ['fr', 'La cible est clairement nommée : Temu.', []],
  ['nl', 'Bol heeft een nieuw meerjarig contract gesloten met PostNL.', ['bol:partnership::null']],
  ['nl', 'De helft van de Belgen twijfelt aan de kortingen van Temu.', []],
  ['en', 'Many shoppers doubt the discounts of Temu in Spain.', []],
  ['fr', 'Un tiers des réductions examinées chez Shein en Espagne étaient fausses.', []],
  ['en', 'A consortium of investors would take over the US business of Temu.', []],
  ['nl', 'Topvrouw Anna de Wit sloot een verkoop of beursgang van bol uit.', []],
];

// A place or a company told in passing must not take the event.
const PLACES: Row[] = [
  ['en', 'Temu is still barred from Vietnam after the government ordered app stores to drop it.', ['temu:regulation::VN']],
  ['en', 'Shein has been courting sellers since opening a marketplace in Brazil and says it aims to triple them.', ['shein:launch::BR']],
  ['en', 'Temu was valued at $40 billion in a funding round in May.', ['temu:funding::null']],
  ['fr', 'Les fonds serviront à développer sa boutique, lancée en 2023 au Brésil, et à renforcer ses entrepôts en Europe.', ['shein:launch::BR']],
  ['en', 'Temu appointed Anna Ruiz as head of Spain. Ruiz replaces Tom Berg, who will move to a role in Singapore.', ['temu:leadership::ES']],
  ['nl', 'Temu stelt Lotte Jansen aan als directeur in Nederland. De leiding komt in handen van Jansen, die eerder bij bol werkte.', ['temu:leadership::NL']],
  ['nl', 'Temu blijft geweerd uit Vietnam.', ['temu:regulation::VN']],
];

// The new cues in their other senses, and the rules' edges: what must still be read.
const STILL: Row[] = [
  ['en', 'Temu arrived in Spain in 2023.', ['temu:launch::ES']],
  ['fr', 'Shein arrive en Espagne.', ['shein:launch::ES']],
  ['en', 'TikTok Shop is now live in Spain.', ['tiktok-shop:launch::ES']],
  ['en', 'Temu cut prices on 300 items in Spain.', ['temu:promotion::ES']],
  ['en', 'Temu merged with a Spanish rival.', ['temu:acquisition::null']],
  ['fr', 'Temu a nommé Marie Dupont directrice pour la France.', ['temu:leadership::FR']],
  ['nl', 'Bol wordt groter in België.', []],
  ['en', 'Shoppers switch to Temu for cheap goods.', []],
  ['nl', 'Veel shoppers stappen over op Temu.', []],
  ['fr', 'Les clients passent à Temu.', []],
  ['fr', 'Temu a levé 1 milliard de dollars pour son introduction en Bourse à Hong Kong.', ['temu:funding::HK']],
];

const SHEIN_BR_TITLE = 'Shein';

for (const [name, rows] of [['missed events', MISSED], ['false events', WRONG], ['places and companies told in passing', PLACES], ['what must still be read', STILL]] as const) {
  describe(`round 19 (events): ${name}`, () => {
    for (const [language, text, expected] of rows) {
      it(`${language}: ${text}`, () => {
        const title = text.startsWith('Les fonds') ? SHEIN_BR_TITLE : TITLE[language];
        expect(events(read(title, text, language)).sort()).toEqual([...expected].sort());
      });
    }
  });
}
