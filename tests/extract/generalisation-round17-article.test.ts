import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 17 (signs weighed over the whole article, src/extract/article-signs.ts): fixture sentences
// written for each rule; none is taken from an evaluation set.

const metrics = (facts: string[]) => facts.filter((f) => f.split(':').length === 5);

describe('round 17: a company named once in passing lends no figure to a sentence further on', () => {
  it('a figure of a sentence about someone else, two sentences or more after the one naming the company', () => {
    expect(metrics(read('Couriers brace for the holidays', 'Postal workers in Britain plan two strikes in December. Royal Mail said talks had failed. Shein said it would ship from a German warehouse instead. The union argues that wages fell behind inflation. Couriers expect a record 9 million parcels on the busiest Monday.'))).toEqual([]);
    expect(metrics(read('Les colis affluent', "Les transporteurs se préparent à une fin d'année chargée. La Poste a embauché des intérimaires. Temu a promis des livraisons plus rapides. Le syndicat dénonce des cadences intenables. L'association des livreurs, qui compte 6 000 adhérents, appelle à la grève.", 'fr'))).toEqual([]);
    expect(metrics(read('Drukte bij de post', 'Pakketbezorgers bereiden zich voor op de feestdagen. PostNL zoekt extra personeel. Bol belooft snellere levering in het weekend. De vakbond wil hogere lonen. De bond, die 45.000 leden telt, dreigt met acties.', 'nl'))).toEqual([]);
  });
  it('negatives: the company in the sentence before, pointed at, named twice, or in the title', () => {
    expect(metrics(read('Couriers brace for the holidays', 'Postal workers in Britain plan two strikes in December. Royal Mail said talks had failed. Shein said it would ship from a German warehouse instead. Its sales in Germany rose 30% last year.'))).toEqual(['shein:growth:30:DE:actual']);
    expect(metrics(read('Drukte bij de post', 'Pakketbezorgers bereiden zich voor op de feestdagen. PostNL zoekt extra personeel. Bol belooft snellere levering in het weekend. Het bedrijf verwacht 3 miljoen bestellingen op vrijdag.', 'nl'))).toEqual(['bol:orders:3000000:null:target']);
    expect(metrics(read('Bol belooft snellere levering', 'Pakketbezorgers bereiden zich voor op de feestdagen. PostNL zoekt extra personeel. De vakbond wil hogere lonen. Vrijdag worden 3 miljoen bestellingen verwacht.', 'nl'))).toEqual(['bol:orders:3000000:null:actual']);
  });
});

describe("round 17: an outsider's own words in direct speech", () => {
  it('a quote from an analyst, a founder or a seller of another business, or the quote carried on after it', () => {
    expect(metrics(read('Temu slows in America', 'Temu added fewer users this spring. "The discounts no longer surprise anyone," said Rita Cole, an analyst at a London bank. "I would guess Temu sells $2 billion a month in America, not more."'))).toEqual([]);
    expect(metrics(read('Temu ralentit', 'Temu gagne moins de clients ce printemps. « Nous pensions que Temu vendrait 3 milliards d\'euros en France cette année », confie le fondateur d\'une agence de marketing.', 'fr'))).toEqual([]);
    expect(metrics(read('Temu groeit minder hard', "Temu wint minder klanten dit voorjaar. 'Wij dachten dat Temu hier 400 miljoen euro zou omzetten,' zegt analist Pieter de Boer.", 'nl'))).toEqual([]);
  });
  it('negatives: the company itself speaking, or the words told by the reporter', () => {
    expect(metrics(read('Temu slows in America', 'Temu added fewer users this spring. "We now have 60 million shoppers in America," said the company\'s founder.'))).toEqual(['temu:customers:60000000:US:actual']);
    expect(metrics(read('Temu slows in America', 'Temu added fewer users this spring. "We now have 60 million shoppers in America," a spokesperson said.'))).toEqual(['temu:customers:60000000:US:actual']);
    expect(metrics(read('Temu groeit minder hard', "Temu wint minder klanten dit voorjaar. Volgens analist Pieter de Boer zet Temu hier 400 miljoen euro om.", 'nl'))).toEqual(['temu:gmv:400000000:null:estimate']);
  });
});
