import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 13 (events): fixture sentences written for each rule; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const rules = only('regulation');
const promos = only('promotion');
const money = only('funding', 'acquisition');

describe('round 13: promotions told by a sale\'s name or its terms', () => {
  it('a sales day with the terms of its offer is a promotion, not a figure it dates', () => {
    expect(promos(read('Shein', 'In Spain, Shein is holding a Singles Day sale with 40% off all dresses.'))).toEqual(['shein:promotion::ES']);
    expect(promos(read('Amazon', 'Amazon has turned its Cyber Monday in Italy into a six-day event with more than 50,000 deals.'))).toEqual(['amazon:promotion::IT']);
    expect(promos(read('Bol', 'Bol viert in België een week lang Black Friday, met kortingen tot 60 procent.', 'nl'))).toEqual(['bol:promotion::BE']);
  });
  it('a sales day that dates a result stays no promotion', () => {
    expect(promos(read('Amazon', "Amazon's Cyber Monday revenue in Germany rose to €900 million."))).toEqual([]);
    expect(promos(read('Mode', "En Belgique, les soldes ne représentent plus que 12 % du chiffre d'affaires d'Amazon.", 'fr'))).toEqual([]);
  });
  it('named and quoted sales, "% off", coupons and Singles Day in French and Dutch', () => {
    expect(promos(read('Amazon', "Amazon's Big Deal Days come back to Spain next week."))).toEqual(['amazon:promotion::ES']);
    expect(promos(read('Temu', 'Temu ran its "Super Savings Week" sale in Ireland in March.'))).toEqual(['temu:promotion::IE']);
    expect(promos(read('Bol', 'Bol slashed prices on garden furniture in Belgium this weekend.'))).toEqual(['bol:promotion::BE']);
    expect(promos(read('Temu', 'Temu lance en Belgique une opération Singles Day et distribue des coupons de 20 euros.', 'fr'))).toEqual(['temu:promotion::BE']);
    expect(promos(read('Shein', 'Shein geeft Belgische klanten waardebonnen van 10 euro bij hun eerste aankoop.', 'nl'))).toEqual(['shein:promotion::BE']);
  });
  it('launching a sale launches no business', () => {
    expect(only('launch', 'expansion', 'promotion')(read('Amazon', 'Amazon launched its Black Friday deals in Austria on Monday.'))).toEqual(['amazon:promotion::AT']);
  });
  it('negatives: an offer denied, a price tag shown', () => {
    expect(promos(read('Temu', 'Temu, unlike its rivals, will not hold a Black Friday sale in Poland.'))).toEqual([]);
    expect(promos(read('Bol', "Bol, qui ne prend pas part aux soldes d'hiver en Belgique, garde ses prix.", 'fr'))).toEqual([]);
    expect(promos(read('Shein', "Shein doit revoir l'affichage de ses prix barrés en Italie.", 'fr'))).toEqual([]);
  });
});

describe('round 13: rules told by penalties, bills, courts and bans', () => {
  it('penalties and orders to pay', () => {
    expect(rules(read('Shein', 'Poland’s consumer office imposed a penalty of €2 million on Shein in Poland.'))).toEqual(['shein:regulation::PL']);
    expect(rules(read('Temu', 'Temu was ordered to pay €5 million in Spain for misleading ads.'))).toEqual(['temu:regulation::ES']);
    expect(rules(read('Temu', "En Espagne, Temu s'est vu infliger une pénalité de 3 millions d'euros.", 'fr'))).toEqual(['temu:regulation::ES']);
    expect(rules(read('Bol', 'De toezichthouder heeft Bol in België beboet voor verborgen kosten.', 'nl'))).toEqual(['bol:regulation::BE']);
  });
  it('bills passed, courts seized, bans told in the past', () => {
    expect(rules(read('Shein', "Italy's parliament approved the fast-fashion bill aimed at Shein."))).toEqual(['shein:regulation::IT']);
    expect(rules(read('Temu', "Le ministère a saisi la justice contre Temu en Belgique.", 'fr'))).toEqual(['temu:regulation::BE']);
    expect(rules(read('Shein', 'Gent verbood vorig jaar een pop-upwinkel van Shein in België.', 'nl'))).toEqual(['shein:regulation::BE']);
    expect(rules(read('Temu', 'Utrecht verbant in Nederland de reclame van Temu uit bushokjes.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
  it('a company reached by a text already told', () => {
    expect(rules(read('Loi', "L'Espagne a adopté une loi contre la mode jetable. Temu, lui aussi visé par la loi, n'a pas réagi.", 'fr'))).toContain('temu:regulation::ES');
  });
  it('negatives: a rule denied, regulators\' attention, a penalty kick', () => {
    expect(rules(read('Tax', 'Spain taxed cheap parcels in May. Bol and Amazon are not affected by the tax, officials said.'))).not.toContain('bol:regulation::ES');
    expect(rules(read('Bol', 'Bol is in Nederland niet bij dit onderzoek betrokken.', 'nl'))).toEqual([]);
    expect(rules(read('Temu', 'De groei van Temu in Nederland trekt de aandacht van toezichthouders.', 'nl'))).toEqual([]);
  });
});

describe('round 13: funding and takeovers that did not happen now', () => {
  it('a past round beside a valuation, a rumour, customer acquisition', () => {
    expect(money(read('Shein', 'We now value Shein at $45bn, down from $66bn in its last funding round in the US.'))).toEqual([]);
    expect(money(read('Temu', "La rumeur d'une introduction en Bourse de Temu à Londres revient.", 'fr'))).toEqual([]);
    expect(money(read('Temu', 'Short videos are the cheapest customer acquisition tool for Temu in Germany.'))).toEqual([]);
  });
  it('positives: a round raised, a listing done', () => {
    expect(money(read('Shein', 'Shein raised $2 billion in a funding round in the US in May.'))).toContain('shein:funding::US');
  });
  it('"suspendu au feu vert" hangs on approval, no suspension', () => {
    expect(only('suspension')(read('Shein', 'Le projet de Shein en Irlande reste suspendu au feu vert des autorités.', 'fr'))).toEqual([]);
    expect(only('suspension')(read('Shein', 'Shein a suspendu ses ventes en Irlande.', 'fr'))).toEqual(['shein:suspension::IE']);
  });
  it('jobs cuts not announced', () => {
    expect(only('layoff')(read('Temu', 'Temu has not announced any job cuts in Germany.'))).toEqual([]);
  });
});

describe('round 13: "no", a list of risks, a fee waived', () => {
  it('a cue after "no", "aucun", "geen" tells none', () => {
    expect(only('launch', 'expansion')(read('Bol', "Les analystes n'attendent aucun lancement de Bol en Espagne cette année.", 'fr'))).toEqual([]);
    expect(only('layoff')(read('Amazon', 'Amazon said no further layoffs were planned in Poland.'))).toEqual([]);
    expect(promos(read('Temu', 'Temu biedt deze week geen kortingen in België.', 'nl'))).toEqual([]);
  });
  it('an analyst\'s list of risks tells what may happen', () => {
    expect(rules(read('Amazon', 'Risks: new tariffs in Canada that raise costs for Amazon sellers.'))).toEqual([]);
    expect(rules(read('Amazon', 'New tariffs in Canada raise costs for Amazon sellers.'))).toEqual(['amazon:regulation::CA']);
  });
  it('a commission waived is no customs exemption', () => {
    expect(rules(read('Shein', "Shein offre aux vendeurs belges l'exonération de commission pendant trois mois.", 'fr'))).toEqual([]);
  });
});

describe('round 13: what the press says, and offices in compound words', () => {
  it('a launch or an opening the press tells of is no event', () => {
    expect(only('launch', 'expansion')(read('Bol', "Interrogé sur des informations de presse évoquant l'ouverture d'un entrepôt en Espagne, Bol n'a pas répondu.", 'fr'))).toEqual([]);
    expect(only('launch', 'expansion')(read('Temu', 'Berichten dat Temu een winkel in Gent opent, noemt het bedrijf speculatie.', 'nl'))).toEqual([]);
    expect(only('launch', 'expansion')(read('Bol', 'Bol opent een winkel in Gent.', 'nl'))).toEqual(['bol:launch::BE']);
  });
  it('a head office in a compound word is an expansion, not a launch', () => {
    expect(only('launch', 'expansion')(read('Shein', 'Shein opent een Europa-hoofdkantoor in Dublin, Ierland.', 'nl'))).toEqual(['shein:expansion::IE']);
  });
});
