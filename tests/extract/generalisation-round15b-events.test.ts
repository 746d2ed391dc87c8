import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 15b (events): fixture sentences written for each rule; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const entries = only('launch', 'expansion');

describe('round 15b: a launch a person led is their career, no event', () => {
  it('led / a piloté / leidde before the cue', () => {
    expect(entries(read('Temu', 'The new boss of Temu in Europe, Anna Berg, led the rollout in Portugal and Greece.'))).toEqual([]);
    expect(entries(read('Shein', 'Chez Shein, elle a piloté le lancement en Pologne et en Autriche.', 'fr'))).toEqual([]);
    expect(entries(read('Bol', 'De nieuwe directeur van Bol leidde eerder de uitrol in Duitsland en Oostenrijk.', 'nl'))).toEqual([]);
  });
  it('negatives: the company launching is still an event', () => {
    expect(entries(read('Temu', 'Temu began the rollout in Portugal and Greece last week.'))).toEqual(['temu:launch::PT', 'temu:launch::GR']);
    expect(entries(read('Shein', 'Shein a lancé sa boutique en Pologne mardi.', 'fr'))).toEqual(['shein:launch::PL']);
    expect(entries(read('Bol', 'Bol opende vorige week zijn webwinkel in Oostenrijk.', 'nl'))).toEqual(['bol:launch::AT']);
  });
});

describe('round 15b: a place that will have to wait is no market of the launch', () => {
  it('the waiting place is dropped, the other kept', () => {
    expect(entries(read('Temu', 'Temu opens its shop in Portugal, Greece will have to wait.'))).toEqual(['temu:launch::PT']);
    expect(entries(read('Shein', 'Shein ouvre sa boutique au Portugal, la Grèce devra patienter.', 'fr'))).toEqual(['shein:launch::PT']);
    expect(entries(read('Bol', 'Bol opent zijn webwinkel in Duitsland, Oostenrijk moet nog wachten.', 'nl'))).toEqual(['bol:launch::DE']);
  });
  it('negatives: places that do not wait stay', () => {
    expect(entries(read('Temu', 'Temu opens its shop in Portugal and Greece; shoppers waited for months.'))).toEqual(['temu:launch::PT', 'temu:launch::GR']);
    expect(entries(read('Shein', 'Shein ouvre sa boutique au Portugal et en Grèce.', 'fr'))).toEqual(['shein:launch::PT', 'shein:launch::GR']);
    expect(entries(read('Bol', 'Bol opent zijn webwinkel in Duitsland en Oostenrijk.', 'nl'))).toEqual(['bol:launch::DE', 'bol:launch::AT']);
  });
});

describe('round 15b: a probe that was opened is no launch', () => {
  const launches = only('launch', 'expansion');
  it('probe noun as subject, passive verb of opening', () => {
    expect(launches(read('Temu', 'The investigation into Temu in Portugal was opened in October.'))).toEqual([]);
    expect(launches(read('Shein', "L'enquête visant Shein au Portugal a été ouverte en mai.", 'fr'))).toEqual([]);
    expect(launches(read('Temu', 'Het onderzoek naar Temu in Portugal werd in oktober vorig jaar geopend.', 'nl'))).toEqual([]);
  });
  it('negatives: a shop that was opened is a launch', () => {
    expect(launches(read('Temu', 'The Temu shop in Portugal was opened in October.'))).toEqual(['temu:launch::PT']);
    expect(launches(read('Shein', 'La boutique de Shein au Portugal a été lancée en mai.', 'fr'))).toEqual(['shein:launch::PT']);
    expect(launches(read('Temu', 'De webwinkel van Temu in Portugal werd in oktober geopend.', 'nl'))).toEqual(['temu:launch::PT']);
  });
});

describe('round 15b: discounts only presented as such are no promotion', () => {
  const promotions = only('promotion');
  it('presented as / présentées comme / gepresenteerd als before the cue', () => {
    expect(promotions(read('Shein', "The probe found that 57% of the offers on Shein's French site presented as discounts were not real."))).toEqual([]);
    expect(promotions(read('Shein', "Selon l'enquête, des offres de Shein en France présentées comme des réductions étaient trompeuses.", 'fr'))).toEqual([]);
    expect(promotions(read('Shein', 'Op de Franse site van Shein waren veel producten gepresenteerd als korting niet goedkoper.', 'nl'))).toEqual([]);
  });
  it('negatives: a discount run is a promotion', () => {
    expect(promotions(read('Shein', 'Shein offers discounts of up to 50% in France this week.'))).toEqual(['shein:promotion::FR']);
    expect(promotions(read('Shein', 'Shein lance des réductions en France.', 'fr'))).toEqual(['shein:promotion::FR']);
    expect(promotions(read('Bol', 'Bol geeft deze week korting in Nederland.', 'nl'))).toEqual(['bol:promotion::NL']);
  });
});
