import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 15 (events other than regulation): fixture sentences written for each rule; none is taken
// from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const entries = only('launch', 'expansion', 'suspension');

describe('round 15: a launch put off is a suspension of the entry', () => {
  it('the verb of putting off before the launch, or after it in its clause', () => {
    expect(entries(read('Temu', 'Temu has postponed the launch of its marketplace in Austria until next spring.'))).toEqual(['temu:suspension::AT']);
    expect(entries(read('Shein', 'The opening of the Shein store in Portugal has been delayed to 2026.'))).toEqual(['shein:suspension::PT']);
    expect(entries(read('Temu', 'Temu reporte le lancement de sa place de marché en Autriche.', 'fr'))).toEqual(['temu:suspension::AT']);
    expect(entries(read('Shein', "L'ouverture de la boutique de Shein au Portugal est repoussée à 2026.", 'fr'))).toEqual(['shein:suspension::PT']);
    expect(entries(read('Bol', 'Bol stelt de opening van zijn webwinkel in Oostenrijk uit tot volgend jaar.', 'nl'))).toEqual(['bol:suspension::AT']);
    expect(entries(read('Temu', 'Temu schrapt banen in Duitsland en stelt Oostenrijk-start uit', 'nl'))).toEqual(expect.arrayContaining(['temu:suspension::AT']));
  });
  it('negatives: "stelt" that states, a delivery delayed, a launch not put off', () => {
    expect(entries(read('Temu', 'De toezichthouder stelt dat de producten uit China komen.', 'nl'))).toEqual([]);
    expect(entries(read('Temu', 'Temu launched in Austria in May; some deliveries were delayed.'))).toEqual(['temu:launch::AT']);
    expect(entries(read('Shein', 'Shein a lancé sa boutique en Autriche mardi.', 'fr'))).toEqual(['shein:launch::AT']);
    expect(entries(read('Bol', 'Bol opende vorige week zijn webwinkel in Oostenrijk.', 'nl'))).toEqual(['bol:launch::AT']);
  });
});

describe('round 15: places left out of the event told after them', () => {
  it('are no markets of it', () => {
    expect(entries(read('Temu', 'Temu launched its shop in Spain and Italy. Austria and Switzerland are not part of this rollout.'))).toEqual(['temu:launch::ES', 'temu:launch::IT']);
    expect(entries(read('Temu', "Temu a lancé sa boutique en Espagne. L'Autriche et la Suisse ne font pas partie de ce déploiement.", 'fr'))).toEqual(['temu:launch::ES']);
    expect(entries(read('Temu', 'Temu lanceerde zijn winkel in Spanje. Oostenrijk en Zwitserland maken geen deel uit van de uitrol.', 'nl'))).toEqual(['temu:launch::ES']);
  });
  it('negatives: places that are part of it', () => {
    expect(entries(read('Temu', 'Austria and Switzerland are part of this rollout.'))).toEqual(['temu:launch::AT', 'temu:launch::CH']);
  });
});

const bosses = only('leadership');

describe('round 15: a change at the top told by the person named', () => {
  it('named as, replaces, takes over as; remplace, prend la tête; volgt op, opgevolgd, topman vertrekt', () => {
    expect(bosses(read('Amazon', 'Amazon named Jane Doe, previously head of its Spanish business, as president of its German stores.')).length).toBe(1);
    expect(bosses(read('Temu', 'Temu said its sales chief leaves in June. He replaces John Roe at the top.'))).toContain('temu:leadership::null');
    expect(bosses(read('Shein', 'Claire Martin remplace Paul Durand à la direction de Shein.', 'fr'))).toEqual(['shein:leadership::null']);
    expect(bosses(read('Shein', 'Chez Shein, Claire Martin prend la tête de la filiale française.', 'fr'))).toEqual(['shein:leadership::FR']);
    expect(bosses(read('Bol', 'Bij bol volgt Anna de Vries Peter Smit op.', 'nl'))).toEqual(['bol:leadership::null']);
    expect(bosses(read('Bol', 'Bol-topman Peter Smit vertrekt en wordt opgevolgd door Anna de Vries.', 'nl'))).toEqual(['bol:leadership::null']);
  });
  it('negatives: replacing a thing, following a trend, a boss who travels', () => {
    expect(bosses(read('Temu', 'Temu replaces its old app with a new one.'))).toEqual([]);
    expect(bosses(read('Shein', 'Shein remplace les sacs en plastique par du carton.', 'fr'))).toEqual([]);
    expect(bosses(read('Bol', 'Bol volgt de trend op de voet.', 'nl'))).toEqual([]);
    expect(bosses(read('Bol', 'Bol-topman Peter Smit vertrekt naar Brussel voor overleg.', 'nl'))).toEqual([]);
  });
});

describe('round 15: a change at the top with no person named', () => {
  it('negative: "named" of a thing', () => {
    expect(bosses(read('Amazon', 'Amazon named its new store Amazon Haul.'))).toEqual([]);
  });
});

const money = only('funding');

describe('round 15: a listing told by its verb, and one ruled out', () => {
  it("s'introduire en Bourse, entrer en Bourse, beursintroductie", () => {
    expect(money(read('Shein', "Shein veut toujours s'introduire en Bourse à Londres.", 'fr'))).toEqual(['shein:funding::GB']);
    expect(money(read('Bol', 'Ahold bereidt een beursintroductie van bol voor.', 'nl'))).toHaveLength(1);
  });
  it('negatives: a listing ruled out, a list of items', () => {
    expect(money(read('Shein', 'Le patron de Shein a écarté toute introduction en Bourse cette année.', 'fr'))).toEqual([]);
    expect(money(read('Temu', 'Temu dismissed any listing in New York this year.'))).toEqual([]);
    expect(money(read('Bol', 'Bol sluit een beursgang dit jaar uit.', 'nl'))).toEqual([]);
    expect(money(read('Shein', 'Shein filed for a listing in Hong Kong, after its attempt to list in London stalled.'))).toEqual(['shein:funding::HK']);
  });
});

describe('round 15: present since a date, the verb last', () => {
  it('is a launch then', () => {
    expect(entries(read('Temu', 'Temu, dat sinds maart in Oostenrijk actief is, telt er een miljoen klanten.', 'nl'))).toEqual(['temu:launch::AT']);
  });
  it('negatives: active with no date, a year closed off', () => {
    expect(entries(read('Temu', 'Temu is in Oostenrijk zeer actief op sociale media.', 'nl'))).toEqual([]);
    expect(entries(read('Amazon', 'Amazon sluit 2025 af met een sterk kwartaal in Duitsland.', 'nl'))).toEqual([]);
    expect(entries(read('Amazon', 'Amazon sluit zijn winkel in Duitsland.', 'nl'))).toEqual(['amazon:suspension::DE']);
  });
});
