import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 15 (regulation): fixture sentences written for each rule; none is taken from an evaluation set.

const rules = (facts: string[]) => facts.filter((f) => f.split(':')[1] === 'regulation');

describe('round 15: a rule makes an event only when the company is subjected to it', () => {
  it('a penalty held out as the price of not acting is no event', () => {
    expect(rules(read('Shein', 'Shein must file a compliance report within 30 days or face daily penalty payments of up to 3% of its worldwide turnover.'))).toEqual([]);
    expect(rules(read('Temu', "Temu doit retirer ces annonces sous peine d'amendes en Espagne.", 'fr'))).toEqual([]);
    expect(rules(read('Temu', 'Temu moet de pagina in België binnen een maand aanpassen, op straffe van een boete.', 'nl'))).toEqual([]);
  });
  it('the fine itself, told beside the threat, stays', () => {
    expect(rules(read('Shein', "France's DGCCRF fined Shein €10 million on Monday."))).toEqual(['shein:regulation::FR']);
    expect(rules(read('Bol', 'De ACM heeft bol een boete van 2 miljoen euro opgelegd.', 'nl'))).toEqual(['bol:regulation::NL']);
  });
  it('a regulator the company talks with, and taxes it pays, are no rule on it', () => {
    expect(rules(read('Bol', 'Bol said it had reviewed the new terms with the Belgian regulator.'))).toEqual([]);
    expect(rules(read('Shein', 'En Italie, Shein dit avoir échangé sur ces changements avec le régulateur.', 'fr'))).toEqual([]);
    expect(rules(read('Bol', 'Bol heeft de nieuwe voorwaarden in België met de toezichthouder doorgenomen.', 'nl'))).toEqual([]);
    expect(rules(read('Temu', 'Temu says it pays all of its taxes in Spain.'))).toEqual([]);
    expect(rules(read('Shein', "Shein affirme payer l'ensemble de ses taxes en Italie.", 'fr'))).toEqual([]);
    expect(rules(read('Temu', 'Temu zegt alle belastingen in Duitsland te betalen.', 'nl'))).toEqual([]);
  });
  it('negatives: a new tax the company must pay, a regulator that acts', () => {
    expect(rules(read('Shein', 'Shein will have to pay a new tax on every parcel sent to Italy.'))).toEqual(['shein:regulation::IT']);
    expect(rules(read('Temu', 'Le régulateur italien a ouvert une enquête sur Temu.', 'fr'))).toEqual(['temu:regulation::IT']);
  });
});

describe('round 15: the place and the maker of a rule', () => {
  it('the first place of a route is where goods leave, not where a rule is', () => {
    expect(rules(read('Temu stops China-to-Mexico parcels as new tariff starts', ''))).toEqual([]);
    expect(rules(read('Temu stops China-to-Mexico parcels as Mexico’s new tariff starts', ''))).toEqual(['temu:regulation::MX']);
  });
  it('a bare "the Commission" is the European Commission', () => {
    expect(rules(read('Shein', 'The Commission opened formal proceedings against Shein on Tuesday.'))).toEqual(['shein:regulation::EU']);
    expect(rules(read('Temu', "La Commission a ouvert mardi une enquête formelle visant Temu.", 'fr'))).toEqual(['temu:regulation::EU']);
    expect(rules(read('Temu', 'De Commissie is dinsdag een formeel onderzoek naar Temu begonnen.', 'nl'))).toEqual(['temu:regulation::EU']);
  });
  it('negatives: a commission named by its field or country keeps its own place', () => {
    expect(rules(read('Shein', "La Commission nationale de l'informatique et des libertés a infligé une amende à Shein.", 'fr'))).toEqual(['shein:regulation::FR']);
  });
});

describe('round 15: a rule told with no company before any rule on one', () => {
  it('is a rule in general, not the focus company’s', () => {
    expect(rules(read('Temu draws complaints', 'Shop owners complain about Temu. Canada and Australia are also moving to close similar loopholes.'))).toEqual([]);
    expect(rules(read('Temu', 'Winkeliers klagen over Temu. Ook Canada wil die vrijstelling afschaffen.', 'nl'))).toEqual([]);
    expect(rules(read('Shein', 'Les commerçants se plaignent de Shein. Le Canada prépare lui aussi une taxe sur les petits colis.', 'fr'))).toEqual([]);
  });
  it('negatives: a word that points back to the company keeps the rule', () => {
    expect(rules(read('Bol', 'Bol grew fast last year. An investigation by Spain’s regulator found the platform misled sellers.'))).toEqual(['bol:regulation::ES']);
    expect(rules(read('Bol', 'Bol groeide vorig jaar snel. Uit onderzoek van de Spaanse toezichthouder bleek dat de webwinkel verkopers misleidde.', 'nl'))).toEqual(['bol:regulation::ES']);
  });
  it('negatives: a rule in the market where an event of the company was just told is its', () => {
    expect(rules(read('TikTok Shop', 'TikTok Shop closed its shop in Vietnam in May. Hanoi banned sales on social media platforms in April.'))).toContain('tiktok-shop:regulation::VN');
  });
});
