import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 20 (targeted rules): sentences written for this file, in English, French and Dutch, for
// rules aimed at companies (every company of the list is a target, the second and later ones
// too, also after a kind of shop: "Chinese webwinkels als Temu en Shein"), rules told by a noun
// with the aiming word after it ("a measure aimed at", "a rule seen as aimed at"), duties and fees
// on parcels, formal notices ("mis en demeure", "ont sommé"), breaches ("enfreint la loi",
// "overtreedt de DSA"), a demand of authorities told verb first, levying told by the verb
// ("heffen", "heft"), and for the markets of such rules: where goods come from is none ("colis
// chinois", "from mainland China and Macau", "hors de l'Union européenne", "importations
// chinoises", "Chinese goederen"), nor is a region's adjective describing companies ("les enseignes
// européennes comme Zara"). Also: a trade agreement between states is no partnership, regulators
// filed with are no rule, and a rule named as what makes a forecast unsure is no event.
// None is taken from an evaluation set.

const events = (facts: string[]) => facts.filter((f) => /^[^:]+:(?:launch|expansion|suspension|exit|regulation|partnership|acquisition|funding|promotion|leadership|layoff):/u.test(f));

type Row = [language: 'en' | 'fr' | 'nl', title: string, text: string, expected: string[]];

const TARGETED: Row[] = [
  ['en', 'Online retail', 'Spain this week began charging a 15% duty on small parcels from abroad, a measure aimed mainly at Temu and Shein.', ['temu:regulation::ES', 'shein:regulation::ES']],
  ['en', 'Online retail', 'Last year Italy brought in a handling charge on cheap imports, a rule many saw as aimed at Temu.', ['temu:regulation::IT']],
  ['en', 'Online retail', 'Poland is drafting a levy on small parcels, a proposal that officials have linked to Shein and Temu.', ['shein:regulation::PL', 'temu:regulation::PL']],
  ['fr', 'Commerce en ligne', 'En Espagne, le gouvernement prépare une taxe qui cible avant tout les plateformes chinoises Temu et Shein.', ['temu:regulation::ES', 'shein:regulation::ES']],
  ['fr', 'Commerce en ligne', "L'Italie veut taxer les petits colis, une mesure qui vise notamment Shein et Temu.", ['shein:regulation::IT', 'temu:regulation::IT']],
  ['nl', 'Webwinkels', 'De nieuwe heffing in Spanje is vooral gericht op Chinese webwinkels als Temu, Shein en AliExpress.', ['temu:regulation::ES', 'shein:regulation::ES']],
  ['nl', 'Chinese pakketjes: Spanje wil Temu en Shein belasten', 'Het Spaanse kabinet wil een heffing op pakjes van buiten de Europese Unie. De heffing is gericht op Temu en Shein.', ['temu:regulation::ES', 'shein:regulation::ES']],
  ['nl', 'Webwinkels', 'Het Spaanse parlement bespreekt een wet tegen wegwerpmode, die Shein een heffing per artikel kan kosten.', ['shein:regulation::ES']],
  ['fr', 'Commerce en ligne', "En Italie, le gendarme des marchés a ouvert une procédure contre Shein, et Temu se tait.", ['shein:regulation::IT']],
];

const NEW_CUES: Row[] = [
  ['fr', 'Commerce en ligne', 'La Commission européenne a mis Temu en demeure de corriger ses pratiques.', ['temu:regulation::EU']],
  ['fr', 'Commerce en ligne', 'Les autorités espagnoles ont sommé Shein de retirer ses fausses promotions.', ['shein:regulation::ES']],
  ['fr', 'Commerce en ligne', 'Selon Madrid, Temu enfreint la loi espagnole sur la consommation.', ['temu:regulation::ES']],
  ['nl', 'Webwinkels', 'Italië wil 3 euro heffen op pakjes van Shein en Temu.', ['shein:regulation::IT', 'temu:regulation::IT']],
  ['nl', 'Webwinkels', 'Sinds deze maand heft Polen 20 procent invoerrecht op pakketten uit China, wat vooral Temu raakt.', ['temu:regulation::PL']],
  ['nl', 'Webwinkels', 'Vorige week eisten Spaanse consumentenautoriteiten dat Temu zijn nepkortingen schrapt.', ['temu:regulation::ES']],
  ['nl', 'Webwinkels', 'Volgens de Europese Commissie overtreedt Shein de DSA.', ['shein:regulation::EU']],
  ['nl', 'Webwinkels', 'De Europese Commissie stelt dat Shein de Europese regels overtreedt.', ['shein:regulation::EU']],
];

// Where goods come from, and who a region's adjective describes, are no market of the rule.
const MARKETS: Row[] = [
  ['fr', 'Colis chinois : le gouvernement veut taxer Temu et Shein', "Le gouvernement espagnol veut instaurer une redevance sur chaque colis provenant de pays situés hors de l'Union européenne, une mesure qui vise surtout Temu et Shein.", ['temu:regulation::ES', 'shein:regulation::ES']],
  ['en', 'New duty rules', 'Under a decree signed in Washington, parcels from mainland China and Macau no longer qualify for the duty-free exemption, which hurts Temu.', ['temu:regulation::US']],
  ['fr', 'Droits de douane', 'Washington taxe désormais les importations chinoises à 100 %, ce qui pénalise Shein.', ['shein:regulation::US']],
  ['nl', 'Importheffing', 'De Amerikaanse regering verhoogde de heffing op Chinese goederen, wat Temu hard raakt.', ['temu:regulation::US']],
  ['fr', 'Mode : Shein visé par une loi', 'Le Sénat a adopté mardi la loi. Le texte cible Shein, tandis que les enseignes européennes comme Zara sont épargnées. La loi instaure une pénalité par article.', ['shein:regulation::FR']],
  ['en', 'Fashion law', 'Shein faces a new law in France. Unlike European retailers such as Zara, it will pay a penalty. The law also bans its advertising.', ['shein:regulation::FR']],
  ['nl', 'Modewet', 'Shein krijgt in Frankrijk te maken met een nieuwe wet. Europese ketens als Zara ontspringen de dans. De wet verbiedt ook reclame voor Shein.', ['shein:regulation::FR']],
  // Sellers named by their country in a title are who the shop opens to, there.
  ['nl', 'Temu opent deuren voor Spaanse verkopers', 'Temu laat vanaf deze week ook Spaanse webwinkels toe op zijn platform.', ['temu:launch::ES']],
];

// Sentences the rules must not fire on.
const NEGATIVE: Row[] = [
  ['en', 'Online retail', 'Amazon raised its seller fees in Germany, tied to inflation.', []],
  ['en', 'Online retail', 'The new rules in Spain are aimed at curbing cheap imports.', []],
  ['en', 'Online retail', 'Temu competes against Shein in Spain.', []],
  ['fr', 'Commerce en ligne', 'Nous sommes très attachés à la France, a déclaré Shein.', []],
  ['fr', 'Commerce en ligne', "Shein a dépensé la somme de 40 millions d'euros en Espagne.", []],
  ['nl', 'Webwinkels', 'Klanten eisen bij Temu hun geld terug.', []],
  ['en', 'Online retail', 'Mexico charges a duty on goods from countries that have no trade agreement with Mexico, which hits Temu.', []],
  ['en', 'Shein', "Shein's quarterly report, filed with U.K. regulators, shows 9,000 staff.", []],
  ['en', 'Amazon', 'Amazon gave a wide range for its sales, reflecting uncertainty over tariffs imposed by Washington.', []],
  ['fr', 'Amazon', "Amazon prévoit une fourchette large, qui reflète l'incertitude liée aux droits de douane américains.", []],
  ['nl', 'Amazon', 'Amazon geeft een brede prognose vanwege de onzekerheid over de Amerikaanse importheffingen.', []],
];

// The rules' edges: what must still be read.
const STILL: Row[] = [
  ['en', 'Online retail', 'Shein signed an agreement with DHL in Spain.', ['shein:partnership::ES']],
  ['en', 'Temu', 'Washington put new tariffs on Chinese goods, and Temu raised prices in the US.', ['temu:regulation::US']],
  ['en', 'Online retail', 'The European Commission opened proceedings against Temu.', ['temu:regulation::EU']],
];

for (const [name, rows] of [['rules aimed at companies', TARGETED], ['new cues of rules', NEW_CUES], ['markets of rules', MARKETS], ['what must not be read', NEGATIVE], ['what must still be read', STILL]] as const) {
  describe(`round 20 (targeted rules): ${name}`, () => {
    for (const [language, title, text, expected] of rows) {
      it(`${language}: ${text}`, () => {
        expect(events(read(title, text, language)).sort()).toEqual([...expected].sort());
      });
    }
  });
}
