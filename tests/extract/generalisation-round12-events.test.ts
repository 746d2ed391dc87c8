import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 12 (events): fixture sentences written for each rule; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const rules = only('regulation');
const launches = only('launch', 'expansion');
const promos = only('promotion');
const stops = only('suspension', 'exit');
const cuts = only('layoff');

describe('round 12: rule acts (proceedings, information requests, asked to remove, reached by a rule)', () => {
  it('proceedings opened, with a date between the verb and its object, are a rule, not a launch', () => {
    expect(only('regulation', 'launch')(read('Shein', "La Commission a ouvert mi-mars une procédure contre Shein au titre du règlement européen.", 'fr'))).toEqual(['shein:regulation::EU']);
    expect(only('regulation', 'launch')(read('Temu', 'The European Commission opened formal proceedings against Temu under EU rules in the spring.'))).toEqual(['temu:regulation::EU']);
    expect(only('regulation', 'launch')(read('Temu', 'De ACM is in juni een procedure tegen Temu gestart in Nederland.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
  it('authorities asking stores or operators to take a shop off', () => {
    expect(rules(read('Shein', "En mai, l'Inde a demandé aux opérateurs de bloquer Shein dans le pays.", 'fr'))).toEqual(['shein:regulation::IN']);
    expect(rules(read('Temu', 'Last month Malaysia asked Apple and Google to remove Temu from their stores.'))).toEqual(['temu:regulation::MY']);
  });
  it('a company reached by a rule already told', () => {
    expect(rules(read('Mode éphémère', "Le Sénat a adopté une loi contre la mode jetable en France. Temu, lui aussi concerné par la loi, ne commente pas.", 'fr'))).toContain('temu:regulation::FR');
    expect(rules(read('Parcels', 'Spain passed a law on cheap parcels. Shein is also covered by the law, its lawyers said.'))).toContain('shein:regulation::ES');
  });
  it('negatives: asking customers, a procedure of returns, a text concerned with nothing', () => {
    expect(rules(read('Bol', 'Bol asked its customers in the Netherlands to remove old addresses from their accounts.'))).toEqual([]);
    expect(rules(read('Amazon', "Amazon explique la procédure de retour à ses clients en France.", 'fr'))).toEqual([]);
  });
});

describe('round 12: a negated cue tells no event', () => {
  it('"has not suspended", "n\'a pas suspendu", "heeft niet opgeschort"', () => {
    expect(stops(read('Shein', 'Shein has not suspended deliveries to Canada, unlike some rivals.'))).toEqual([]);
    expect(stops(read('Temu', "Temu n'a pas suspendu ses ventes en Suisse malgré la nouvelle taxe.", 'fr'))).toEqual([]);
    expect(stops(read('Temu', 'Temu heeft zijn verkoop in Zwitserland niet opgeschort.', 'nl'))).toEqual([]);
  });
  it('"not on the agenda" rules an expansion out', () => {
    expect(launches(read('Bol', "Une expansion de bol en Allemagne n'est « pas à l'ordre du jour », dit la direction.", 'fr'))).toEqual([]);
    expect(launches(read('Bol', 'An expansion of Bol into Germany is not on the agenda, the company said.'))).toEqual([]);
  });
  it('still an event: a plain suspension, "not only launched"', () => {
    expect(stops(read('Shein', 'Shein suspended deliveries to Canada in May.'))).toEqual(['shein:suspension::CA']);
  });
});

describe('round 12: a bare launch noun at the head of a sentence points back', () => {
  it('the companies named after it launched nothing', () => {
    expect(launches(read('TikTok Shop en Espagne', "TikTok Shop a ouvert sa boutique en Espagne. Le lancement intervient alors que Shein et Temu comptent déjà des millions d'acheteurs en Espagne.", 'fr'))).toEqual(['tiktok-shop:launch::ES']);
    expect(launches(read('TikTok Shop in Spain', 'TikTok Shop opened its shop in Spain. The launch comes as Shein and Temu already count millions of shoppers in Spain.'))).toEqual(['tiktok-shop:launch::ES']);
  });
  it('still an event: a launch noun with its owner or place after it', () => {
    expect(launches(read('Temu', 'Le lancement de Temu en Pologne a eu lieu en mars.', 'fr'))).toEqual(['temu:launch::PL']);
  });
});

describe('round 12: places — apposed regions, shoppers of one nation, takeover targets, goods shipped from', () => {
  it('a region in an apposition after a country is not the rule\'s market', () => {
    expect(rules(read('Temu', 'In Thailand, its largest market in Southeast Asia, the government said it would ban Temu from selling cheap goods.'))).toEqual(['temu:regulation::TH']);
  });
  it('the place a relative clause tells of, even as where growth came from', () => {
    expect(stops(read('Shein', 'Most of its growth came from India, where Shein sold a lot before a ban forced it to close in 2020.'))).toEqual(['shein:suspension::IN']);
  });
  it('shoppers of one nation are where an offer runs', () => {
    expect(promos(read('Temu', "Pour séduire les acheteurs espagnols, l'entreprise Temu offre depuis juin la livraison gratuite dès 20 euros.", 'fr'))).toEqual(['temu:promotion::ES']);
    expect(promos(read('Bol', 'From May, Belgian members of its subscription will get free same-day delivery from Bol.'))).toEqual(['bol:promotion::BE']);
  });
  it('a takeover of a national marketplace is in its country', () => {
    expect(only('acquisition')(read('TikTok', 'The shop came back in March through Tokopedia, in which TikTok bought a majority stake.'))).toEqual(['tiktok-shop:acquisition::ID']);
    expect(only('acquisition')(read('Amazon', "Amazon a racheté 20 % de Flipkart l'an dernier, selon la presse.", 'fr'))).toEqual(['amazon:acquisition::IN']);
  });
  it('negative: a place joined to "-shipped" is where goods come from', () => {
    expect(stops(read('Temu', 'Temu halts China-shipped sales in Canada'))).toEqual(['temu:suspension::CA']);
  });
});

describe('round 12: more cue forms', () => {
  it('opened a storefront, arriving in, free next-day delivery', () => {
    expect(launches(read('Amazon', 'Amazon opened a Swedish storefront in 2020.'))).toEqual(['amazon:launch::SE']);
    expect(launches(read('Shein', 'Shein, which has led the app charts since arriving in early 2022, has 5 million users in Belgium.'))).toEqual(['shein:launch::BE']);
    expect(promos(read('Bol', 'Bol gives Dutch customers gratis same-day bezorging in Nederland.', 'nl'))).toEqual(['bol:promotion::NL']);
  });
  it('roles eliminated, French job counts with a no-break space', () => {
    expect(cuts(read('Amazon', 'Amazon will eliminate about 9,000 office roles worldwide.'))).toEqual(['amazon:layoff::GLOBAL']);
    expect(cuts(read('Amazon', 'Amazon a supprimé quelque 12\u00a0000 postes aux États-Unis.', 'fr'))).toEqual(['amazon:layoff::US']);
  });
  it('a shop said to be open or available, with the verb of being', () => {
    expect(launches(read('Temu', 'Le service de Temu était déjà ouvert depuis mars en Autriche.', 'fr'))).toEqual(['temu:launch::AT']);
    expect(launches(read('Amazon', 'Amazon Haul, die sinds deze lente ook in Italië beschikbaar is, groeit snel.', 'nl'))).toEqual(['amazon:launch::IT']);
    expect(launches(read('Amazon', 'Amazon Haul, die in Italië niet beschikbaar is, groeit elders.', 'nl'))).toEqual([]);
  });
  it('a sales event kicked off or a sale launched is a promotion, not a launch', () => {
    expect(launches(read('Amazon', 'Amazon will kick off its Cyber Monday event in Germany on Friday.'))).toEqual([]);
    expect(launches(read('Shein', 'Shein has launched a "Summer Mega Sale" in Italy.'))).toEqual([]);
  });
  it('"compte" plans only before an infinitive', () => {
    expect(launches(read('Amazon', "Amazon, qui a ouvert son site en Suède en 2020 et compte désormais 3 000 vendeurs suédois, grandit.", 'fr'))).toEqual(['amazon:launch::SE']);
    expect(launches(read('Amazon', "Amazon compte s'implanter en Grèce.", 'fr'))).toEqual(['amazon:expansion::GR']);
  });
  it('two subjects set against each other tell two rules', () => {
    expect(rules(read('DSA', 'Shein received the same designation in 2024, while Amazon is contesting its own designation before the EU court.'))).toEqual(['shein:regulation::EU', 'amazon:regulation::EU']);
  });
});

describe('round 12: who an event belongs to', () => {
  it('the name a relative clause hangs on, even after "with"', () => {
    expect(only('partnership')(read('Rivals', 'The deal puts TikTok Shop in competition with Shein, which in May signed a partnership with a mall chain in Spain.'))).toEqual(['shein:partnership::ES']);
  });
  it('negative: an untracked name with a relative clause owns its event', () => {
    expect(only('partnership')(read('Rivals', 'The deal puts TikTok Shop in competition with Zalando, which in May signed a partnership with a Spanish mall chain.'))).toEqual([]);
  });
  it('an untracked company after a takeover is what was bought', () => {
    expect(only('acquisition')(read('TikTok Shop', 'TikTok Shop grew fast. It expects more growth after it completed the takeover of a stake in Tokopedia.'))).toEqual(['tiktok-shop:acquisition::ID']);
  });
  it('a suspension a government attempts is a rule', () => {
    expect(only('regulation', 'suspension')(read('Shein', "In Italy, Shein still sells despite the government's attempt in May to suspend its site."))).toEqual(['shein:regulation::IT']);
    expect(only('regulation', 'suspension')(read('Shein', "En Italie, Shein vend toujours malgré la tentative du gouvernement de suspendre son site.", 'fr'))).toEqual(['shein:regulation::IT']);
  });
  it('a company named after a comma opens a clause of its own', () => {
    expect(launches(read('Openings', 'Temu launched in Spain, Shein opened its store in Portugal.'))).toEqual(['temu:launch::ES', 'shein:launch::PT']);
  });
});

describe('round 12: sales days with a date, rules against a company', () => {
  it('a sales day dated by a day of the month stays a promotion; with a figure it dates the figure', () => {
    expect(promos(read('Deals', 'Amazon will start its Cyber Monday deals in Spain on Friday, running until 4 December.'))).toEqual(['amazon:promotion::ES']);
    expect(promos(read('Deals', 'Amazon said its Black Friday sales reached 12 million items in Spain.'))).toEqual([]);
  });
  it('"une procédure contre", "proceedings against": the name after is the rule\'s target', () => {
    expect(rules(read('Règles', "Bruxelles a ouvert en mars une procédure contre Shein au titre du règlement européen.", 'fr'))).toEqual(['shein:regulation::EU']);
  });
});
