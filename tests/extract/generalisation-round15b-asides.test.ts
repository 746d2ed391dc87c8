import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 15b (asides and background): fixture sentences written for each rule; none is taken from
// an evaluation set.

const T = 'Marketplace news';
const lead = 'Retailers met this week. ';
const leadFr = 'Les distributeurs se sont réunis cette semaine. ';
const leadNl = 'Winkeliers kwamen deze week samen. ';

describe("round 15b: a relative aside on the sentence's subject is background", () => {
  it('its events are still read: readers count an entry told in passing', () => {
    expect(read(T, `${lead}Shein, which opened its marketplace to sellers in Brazil in 2023, declined to comment.`)).toEqual(['shein:launch::BR']);
    expect(read(T, `${leadNl}Bol, dat vorig jaar in België begon, wilde niet reageren.`, 'nl')).toEqual(['bol:launch::BE']);
  });
  it("its places are not the main clause's figure's market", () => {
    expect(read(T, `${lead}Rival Shein, which is preparing a listing in Hong Kong, reported 12 million customers.`)).toEqual(['shein:customers:12000000:null:actual', 'shein:funding::HK']);
    expect(read(T, `${leadFr}Temu, qui a quitté le Vietnam l'an dernier, compte 2 millions de clients en France.`, 'fr').filter((f) => f.includes(':customers:'))).toEqual(['temu:customers:2000000:FR:actual']);
    expect(read(T, `${leadNl}Bol, dat vorig jaar in België begon, heeft 3.000 verkopers.`, 'nl')).toEqual(['bol:sellers:3000:null:actual', 'bol:launch::BE']);
  });
  it('negatives: figures told only in the aside stay the company\'s; an aside on an object is left alone', () => {
    expect(read(T, `${leadFr}Temu, qui vise 10 000 vendeurs d'ici la fin de l'année, leur promet une exonération.`, 'fr').filter((f) => f.includes(':sellers:'))).toEqual(['temu:sellers:10000:null:target']);
    expect(read(T, `${lead}Sellers are turning to Amazon, which has 300 million customers.`)).toEqual(['amazon:customers:300000000:null:actual']);
    expect(read(T, `${leadNl}Shein opende vorig jaar een winkel in Nederland.`, 'nl')).toEqual(['shein:launch::NL']);
  });
});

describe('round 15b: jobs cut with the subject or a time between the verb and the figure', () => {
  it('are a layoff, not the size of the staff', () => {
    expect(read('Bol', `${leadNl}Eerder dit jaar schrapte het bedrijf ongeveer 200 banen op het hoofdkantoor.`, 'nl')).toEqual(['bol:layoff::null']);
    expect(read('Bol', `${leadNl}Bol schrapte dit jaar 200 banen.`, 'nl')).toEqual(['bol:layoff::null']);
    expect(read('Amazon', `${lead}Earlier this year Amazon cut, at its head office, 200 jobs.`).filter((f) => f.includes(':employees:'))).toEqual([]);
    expect(read('Shein', `${leadFr}Shein a supprimé l'an dernier 200 postes.`, 'fr').filter((f) => f.includes(':employees:'))).toEqual([]);
  });
  it('negatives: a staff told without a cut', () => {
    expect(read('Bol', `${leadNl}Bol heeft 2.000 banen in Utrecht.`, 'nl')).toEqual(['bol:employees:2000:NL:actual']);
    expect(read('Amazon', `${lead}Amazon employs 2,000 people and plans to cut costs.`)).toEqual(['amazon:employees:2000:null:actual']);
  });
});

describe("round 15b: a sum told as someone's pay", () => {
  it('is no figure of the company', () => {
    expect(read('Amazon', `${lead}Jassy, whose pay package for the year was put at $30 million, said costs would fall.`).filter((f) => f.includes('USD') || /:\d+:/u.test(f))).toEqual([]);
    expect(read('Shein', `${leadFr}La rémunération de son patron a atteint 12 millions d'euros l'an dernier, selon Shein.`, 'fr').filter((f) => /:\d+:/u.test(f))).toEqual([]);
    expect(read('Bol', `${leadNl}Het salaris van de topman van Bol bedroeg vorig jaar 3 miljoen euro.`, 'nl').filter((f) => /:\d+:/u.test(f))).toEqual([]);
  });
  it('negatives: a company figure told near a word of pay', () => {
    expect(read('Amazon', `${lead}Amazon reported revenue of $40 billion, while executive pay rose.`)).toEqual(['amazon:revenue:40000000000:null:actual']);
    expect(read('Amazon', `${lead}Amazon is valued at $2 trillion.`)).toEqual(['amazon:valuation:2000000000000:null:actual']);
  });
});

describe('round 15b: an untracked company named as the figure\'s subject owns the figure', () => {
  const figures = (facts: string[]) => facts.filter((f) => /:\d+:/u.test(f));
  it('named by a company word or by an article and a relative clause', () => {
    expect(figures(read('Shein', `${lead}The listing was led by battery maker Northvolt, which raised $2 billion.`))).toEqual([]);
    expect(figures(read('Shein', `${leadFr}La FNAC, qui a réalisé 8 milliards d'euros de ventes, ouvre un rayon.`, 'fr'))).toEqual([]);
    expect(figures(read('Shein', `${leadNl}De grootste klant was batterijmaker Northvolt, goed voor 2 miljard euro.`, 'nl'))).toEqual([]);
  });
  it('negatives: the tracked company named, or no name after the company word', () => {
    expect(figures(read('Shein', `${leadFr}Le groupe Shein a réalisé 8 milliards d'euros de ventes.`, 'fr'))).toEqual(['shein:revenue:8000000000:null:actual']);
    expect(figures(read('Shein', `${lead}The group reported revenue of $2 billion.`))).toEqual(['shein:revenue:2000000000:null:actual']);
  });
});
