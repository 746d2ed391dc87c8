import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 20c (moves: launches, expansions, suspensions, exits): sentences written for this file, in
// English, French and Dutch, for the kinds of phrasing that gave missed moves (a store switched
// on, doors opened in any tense, a delivery station or data-centre region opened, a store had
// since a date or started with, a first anniversary, a service stopped or temporarily shut, "in
// the country" pointing back, an old entry below a headline, a headline's "Name to open", an entry
// beside an outside source's figure, a people's shop opened) and false ones (a region that only
// names South America, a launch not planned, a state's own freeze, projects unveiled, a move
// judged, a region echoing the country entered). None is taken from an evaluation set.

const moves = (facts: string[]) => facts.filter((f) => /^[^:]+:(?:launch|expansion|suspension|exit|regulation):/u.test(f));

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[]];

const MISSED: Row[] = [
  ['en', 'Online retail', 'Amazon on Monday switched on amazon.se, a store for Swedish shoppers.', ['amazon:launch::SE']],
  ['en', 'Online retail', 'Shein opens its doors in Warsaw with a pop-up store.', ['shein:launch::PL']],
  ['en', 'Online retail', 'Amazon will open a delivery station in Utrecht next spring.', ['amazon:expansion::NL']],
  ['en', 'Online retail', 'Amazon Web Services has opened its first cloud region in Chile.', ['amazon:launch::CL']],
  ['en', 'Online retail', 'Temu has had its own store in Poland since 2023.', ['temu:launch::PL']],
  ['en', 'Online retail', 'TikTok Shop celebrates its first anniversary in Spain this week.', ['tiktok-shop:launch::ES']],
  ['en', 'Online retail', 'Temu said it would stop processing orders in Vietnam from Friday.', ['temu:suspension::VN']],
  ['en', 'Temu to shut in Vietnam', 'The company confirmed the decision on Monday.', ['temu:suspension::VN']],
  ['fr', 'Commerce en ligne', 'En mars 2023, Temu ouvrait ses portes en Espagne.', ['temu:launch::ES']],
  ['fr', 'Commerce en ligne', 'TikTok Shop souffle sa première bougie en Italie.', ['tiktok-shop:launch::IT']],
  ['fr', 'Commerce en ligne', 'Shein fête son premier anniversaire au Brésil avec ses vendeurs locaux.', ['shein:launch::BR']],
  ['nl', 'Webwinkels', 'Amazon, dat in 2020 met een Zweedse webwinkel startte, groeit daar langzaam.', ['amazon:launch::SE']],
  ['nl', 'Webwinkels', 'In Polen, waar Temu sinds mei 2023 een eigen webwinkel heeft, groeit het aantal klanten.', ['temu:launch::PL']],
  ['nl', 'Webwinkels', 'Shein viert zijn eerste verjaardag in Mexico.', ['shein:launch::MX']],
  ['nl', 'Webwinkels', 'Nadat Thailand de verkoop via apps had verboden, moest Temu zijn winkel in het land tijdelijk sluiten.', ['temu:regulation::TH', 'temu:suspension::TH']],
  ['en', 'Online retail', 'After Malaysia banned the sales, Temu had to suspend its shop in the country.', ['temu:regulation::MY', 'temu:suspension::MY']],
  ['en', 'Amazon opens Swedish webshop', 'The company said more details would follow.', ['amazon:launch::SE']],
  ['fr', 'Commerce en ligne', 'Amazon ouvre un site suédois pour les clients locaux.', ['amazon:launch::SE']],
  ['nl', 'TikTok Shop', 'De winkelfunctie, die vorig jaar in Spanje werd gelanceerd, groeit snel: volgens analisten verdubbelde het volume.', ['tiktok-shop:launch::ES']],
];

// An old entry told below a headline's new one is a second fact; a headline counting the years
// since the entry is about that entry.
const TITLES: Row[] = [
  ['en', 'Temu opens its marketplace to Spanish sellers', 'Temu arrived in Spain in April 2022.', ['temu:launch::ES', 'temu:launch::ES']],
  ['en', 'Temu celebrates its first anniversary in Spain', 'Temu arrived in Spain in May 2023.', ['temu:launch::ES']],
  ['en', 'Temu opens its marketplace to Spanish sellers', 'Temu opened the programme in Spain in May 2024.', ['temu:launch::ES']],
  ['en', 'Amazon to open Utrecht delivery station', 'The site will employ 120 people.', ['amazon:expansion::NL']],
];

const WRONG: Row[] = [
  ['en', 'Online retail', 'A launch in Belgium is not planned for now, Temu said.', []],
  ['fr', 'Commerce en ligne', "Un lancement en Belgique n'est pas prévu pour l'instant, indique Temu.", []],
  ['nl', 'Webwinkels', 'Een Belgische lancering staat voorlopig niet op de planning, zegt Temu.', []],
  ['fr', 'Amazon', 'Le gouvernement espagnol, qui avait gelé les nouveaux entrepôts entre 2019 et 2021, a changé de cap.', []],
  ['en', 'Amazon', 'The government, which halted new data centres in 2020, has changed course.', []],
  ['nl', 'Amazon', 'De gemeente heeft de bouwvergunningen in 2020 opgeschort.', []],
  ['en', 'Online retail', 'Shein was one of many companies to unveil Spanish projects at the summit.', []],
  ['fr', 'Commerce en ligne', 'Shein dévoile ses projets pour ses entrepôts.', []],
  ['en', 'Temu in Spain', "Temu's expansion has not always gone smoothly.", []],
  ['en', 'Shein in Spain', 'A bumpy launch left Shein short of its targets.', []],
  ['fr', 'Shein en Espagne', 'Le lancement laborieux de Shein a pesé sur ses ventes.', []],
  ['nl', 'Temu in Spanje', 'De moeizame uitrol van Temu kostte veel geld.', []],
  ['nl', 'Webwinkels', 'In São Paulo, waar Amazon in 2011 zijn eerste Zuid-Amerikaanse datacenter opende, werken nu 500 mensen.', ['amazon:launch::BR']],
  ['en', 'Temu lands in Chile as PDD pushes deeper into Latin America', 'The app went live on Tuesday.', ['temu:launch::CL']],
];

// The new cues in their other senses, and the rules' edges: what must still be read.
const STILL: Row[] = [
  ['en', 'Online retail', 'Staff switched on the new machines in Spain.', []],
  ['nl', 'Webwinkels', 'Bol moest zijn magazijn in Tilburg om zes uur sluiten.', []],
  ['nl', 'Webwinkels', 'Amazon heeft sinds maart meer klanten in België.', []],
  ['en', 'Online retail', 'The launch in Belgium is planned for May, Temu said.', ['temu:expansion::BE']],
  ['en', 'Online retail', 'The government ordered Temu to suspend its shop in Spain.', ['temu:suspension::ES']],
  ['en', 'Online retail', 'Shein unveiled its Spanish store on Monday.', ['shein:launch::ES']],
  ['en', 'Temu in Spain', "Temu's expansion into Portugal has gone smoothly.", ['temu:expansion::PT']],
  ['en', 'Online retail', 'Temu will expand into Latin America next year.', ['temu:expansion::LATAM']],
  ['en', 'Online retail', 'Temu expands into South American markets.', ['temu:expansion::LATAM']],
  ['nl', 'Webwinkels', 'De Belgische webwinkel Coolblue opent een winkel in Gent.', []],
];

for (const [name, rows] of [['missed moves', MISSED], ['titles', TITLES], ['false moves', WRONG], ['what must still be read', STILL]] as const) {
  describe(`round 20c (moves): ${name}`, () => {
    for (const [language, title, text, expected] of rows) {
      it(`${language}: ${title} / ${text}`, () => {
        expect(moves(read(title, text, language)).sort()).toEqual([...expected].sort());
      });
    }
  });
}
