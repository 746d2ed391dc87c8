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
