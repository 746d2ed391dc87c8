import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 17 (senses): fixture sentences written for each rule; none is taken from an evaluation set.

const events = (facts: string[]) => facts.filter((f) => /^[^:]+:(?:launch|expansion|suspension|exit|regulation|partnership|acquisition|funding|promotion|leadership|layoff):/u.test(f));

describe('round 17: raising, lever, ophalen tell a fundraise only with money as their object', () => {
  it('prices, a commission, a veil, parcels', () => {
    expect(events(read('Temu', 'Temu will raise the fee it charges sellers in Spain from 4% to 7% next month.'))).toEqual([]);
    expect(events(read('Shein', 'Shein raised Canadian prices by a tenth in March.'))).toEqual([]);
    expect(events(read('Shein', 'Shein lève le voile sur ses ateliers de Canton.', 'fr'))).toEqual([]);
    expect(events(read('Bol', 'Bol haalt voortaan ook retourpakketten op bij klanten in België.', 'nl'))).toEqual([]);
  });
  it('negatives: money raised stays a fundraise', () => {
    expect(events(read('Shein', 'Shein raised $1.5 billion from investors in the United States.'))).toEqual(['shein:funding::US']);
    expect(events(read('Shein', "Shein a levé 800 millions d'euros auprès d'investisseurs aux États-Unis.", 'fr'))).toEqual(['shein:funding::US']);
    expect(events(read('Bol', 'Bol haalt geld op bij investeerders in Nederland.', 'nl'))).toEqual(['bol:funding::NL']);
  });
});

describe('round 17: being present in a place is an entry only with the time it began', () => {
  it('present, présent, actief with no time', () => {
    expect(events(read('Temu', 'Temu, present in Chile and Peru, holds a small share of the region.'))).toEqual([]);
    expect(events(read('Temu', 'Temu, présent au Chili et au Pérou, pèse peu dans la région.', 'fr'))).toEqual([]);
    expect(events(read('Temu', 'Temu, actief in Chili en Peru, heeft er een klein aandeel.', 'nl'))).toEqual([]);
  });
  it('negatives: now, since, from a day', () => {
    expect(events(read('Temu', 'Temu is now available in Chile.'))).toEqual(['temu:launch::CL']);
    expect(events(read('Temu', 'Temu est disponible en Belgique depuis lundi.', 'fr'))).toEqual(['temu:launch::BE']);
    expect(events(read('Temu', 'Temu is sinds maart actief in België.', 'nl'))).toEqual(['temu:launch::BE']);
  });
  it('a day between "accessible" and the place', () => {
    expect(events(read('Temu', "L'application Temu est accessible depuis mardi au Sénégal.", 'fr'))).toEqual(['temu:launch::SN']);
  });
});

describe('round 17: Dutch "bol" as an ordinary word', () => {
  it('bol van, a ball of wool or confetti, a crystal ball', () => {
    expect(read('Beurs', 'De markt stond dinsdag bol van de geruchten over een overname.', 'nl')).toEqual([]);
    expect(read('Beurs', 'Beleggers stonden minder bol van de cijfers, die 3 procent lager uitkwamen.', 'nl')).toEqual([]);
    expect(read('Beurs', 'Bij elke bestelling zat een gratis bol wol.', 'nl')).toEqual([]);
    expect(read('Beurs', 'Wie in de kristallen bol kijkt, ziet een omzetgroei van 5 procent.', 'nl')).toEqual([]);
  });
  it('negatives: the shop in lower case', () => {
    expect(events(read('Bol', 'Webwinkel bol schrapt 100 banen in Utrecht.', 'nl'))).toEqual(['bol:layoff::NL']);
    expect(events(read('Bol', 'Webwinkel bol opent een distributiecentrum in België.', 'nl'))).toEqual(['bol:expansion::BE']);
  });
});

describe('round 17: something bought at a shop is no takeover', () => {
  it('iets gekocht, een cadeau bij ... gekocht', () => {
    expect(events(read('Temu', 'Eén klik, een draai aan het wiel, en voor je het weet heb je iets gekocht.', 'nl'))).toEqual([]);
    expect(events(read('Temu', 'Mijn buurvrouw heeft een cadeau bij Temu gekocht voor haar kleinzoon.', 'nl'))).toEqual([]);
  });
  it('negative: a company bought stays a takeover', () => {
    expect(events(read('Temu', 'Temu kocht vorige maand het Duitse Kaufland.', 'nl'))).toEqual(['temu:acquisition::DE']);
  });
});

describe('round 17: a building opened, named before or after the verb, is an expansion', () => {
  it('site logistique, entrepôt ouvert en, distributiecentrum dat werd geopend', () => {
    expect(events(read('Amazon', "Amazon va investir en France, notamment pour ouvrir un nouveau site logistique près de Lille.", 'fr'))).toEqual(['amazon:expansion::FR']);
    expect(events(read('Amazon', "Son entrepôt de Brétigny, ouvert en 2019, emploie 1 500 personnes en France.", 'fr'))).toEqual(['amazon:expansion::FR']);
    expect(events(read('Amazon', 'Het distributiecentrum in Polen, dat in 2022 werd geopend, telt 1.800 medewerkers.', 'nl'))).toEqual(['amazon:expansion::PL']);
  });
  it('negative: a site of its own opened in a country is a launch', () => {
    expect(events(read('Amazon', 'Amazon opened its Polish site in 2021.'))).toEqual(['amazon:launch::PL']);
    expect(events(read('Amazon', 'Amazon a ouvert sa boutique en ligne en Pologne en 2021.', 'fr'))).toEqual(['amazon:launch::PL']);
  });
});

describe('round 17: goods sent "depuis" a country come from there', () => {
  it('depuis la Chine is no market of the partnership', () => {
    expect(events(read('Temu', 'Les colis de Temu partent depuis la Chine grâce à un partenariat avec un transporteur local.', 'fr'))).toEqual(['temu:partnership::null']);
  });
  it('negative: a partnership in a country stays there', () => {
    expect(events(read('Temu', 'Temu a conclu un partenariat avec La Poste en France.', 'fr'))).toEqual(['temu:partnership::FR']);
  });
});
