import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 20 (markets): metric facts given the wrong market, and false metric facts (a rate or a
// poll's level read as growth, another company's figure, a panel read as a count). Fixture
// sentences written for each rule; none is taken from an evaluation set.

const only = (facts: string[], part: string): string[] => facts.filter((f) => f.includes(part));

describe('round 20 (markets): a percentage reached "from N to" or "to" is a level, no growth', () => {
  it('a fee moving from one rate to another is no growth', () => {
    expect(only(read('Temu fees', 'For electronics, the fee Temu charges sellers increases from 6 to 7.5%.'), ':growth:')).toEqual([]);
    expect(only(read('Temu', "Pour l'électronique, la redevance de Temu augmente de 6 à 7,5 %.", 'fr'), ':growth:')).toEqual([]);
    expect(only(read('Bol', 'Voor kleding stijgt de vergoeding bij bol van 6 naar 7,5 procent.', 'nl'), ':growth:')).toEqual([]);
  });
  it('a company "climbing to" a share of a poll is no growth', () => {
    expect(only(read('Shein poll', "Among women under 30, Temu's popularity rose to 38%."), ':growth:')).toEqual([]);
    expect(only(read('Shein sondage', 'Chez les moins de 30 ans, Temu grimpe même à 38 %.', 'fr'), ':growth:')).toEqual([]);
    expect(only(read('Shein peiling', 'Onder jongeren onder de 30 steeg Temu zelfs naar 38 procent.', 'nl'), ':growth:')).toEqual([]);
  });
  it('negative: a change told with "by", and growth slowing "to", stay growth', () => {
    expect(read('Temu', "Temu's sales rose 38% to $5 billion.")).toContain('temu:growth:38:null:actual');
    expect(read('Temu', "Temu's sales growth slowed to 12% in the quarter.")).toContain('temu:growth:12:null:actual');
    expect(read('Temu', 'La croissance des ventes de Temu a ralenti à 12 %.', 'fr')).toContain('temu:growth:12:null:actual');
    expect(read('Temu', 'De groei van de omzet van Temu zakte naar 12 procent.', 'nl')).toContain('temu:growth:12:null:actual');
    expect(read('Temu', 'De omzet van Temu steeg met 38 procent.', 'nl')).toContain('temu:growth:38:null:actual');
  });
});

describe('round 20 (markets): Brussels in a sentence about the EU is the Union', () => {
  it('a count in the EU reported to Brussels is the EU’s', () => {
    expect(read('Temu EU', 'Temu said the number of monthly users in the EU rose, according to its filing to Brussels, to 92 million.')).toContain('temu:users:92000000:EU:actual');
    expect(read('Temu EU', 'Het aantal gebruikers van Temu in de EU groeide volgens de melding aan Brussel naar 92 miljoen.', 'nl')).toContain('temu:users:92000000:EU:actual');
    expect(read('Temu EU', "Le nombre d'utilisateurs de Temu dans l'UE a atteint, selon la déclaration à Bruxelles, 92 millions.", 'fr')).toContain('temu:users:92000000:EU:actual');
  });
  it('negative: Brussels alone is Belgium', () => {
    expect(read('Bol', 'Bol telt in Brussel 200.000 klanten.', 'nl')).toContain('bol:customers:200000:BE:actual');
  });
});

describe('round 20 (markets): a parent named as the owner of an app is no group result', () => {
  it('the app’s figure keeps the place told before it', () => {
    expect(read('Temu', "L'application du groupe PDD a été téléchargée 9 millions de fois en Espagne en 2024, un volume en baisse de 12 %.", 'fr')).toContain('temu:growth:-12:ES:actual');
    expect(read('Temu', 'The app of PDD Holdings was downloaded 9 million times in Spain in 2024, a figure down 12%.')).toContain('temu:growth:-12:ES:actual');
    expect(read('Temu', 'De app van PDD werd in Spanje 9 miljoen keer gedownload, een daling van 12 procent.', 'nl')).toContain('temu:growth:-12:ES:actual');
  });
  it('negative: the parent as the subject reports worldwide results', () => {
    expect(read('Temu', 'PDD Holdings, which runs Pinduoduo in China, reported revenue of 90 billion yuan, up 12%.')).toEqual(['temu:revenue:90000000000:null:actual', 'temu:growth:12:null:actual']);
  });
});

describe('round 20 (markets): a part told after ", with its" keeps its place to itself', () => {
  it('the whole’s figures take no place from the part', () => {
    const en = read('Shein results', 'Shein reported annual revenue of $38 billion, up 20%, with its European business contributing $9 billion.');
    expect(en).toContain('shein:revenue:38000000000:null:actual');
    expect(en).toContain('shein:growth:20:null:actual');
    expect(en).toContain('shein:revenue:9000000000:EU:actual');
    const fr = read('Shein', "Shein a publié un chiffre d'affaires de 38 milliards de dollars, en hausse de 20 %, avec sa filiale européenne qui en apporte 9 milliards.", 'fr');
    expect(fr).toContain('shein:revenue:38000000000:null:actual');
    expect(fr).toContain('shein:growth:20:null:actual');
    const nl = read('Shein', 'Shein boekte een omzet van 38 miljard dollar, een stijging van 20 procent, met zijn Europese tak goed voor 9 miljard.', 'nl');
    expect(nl).toContain('shein:revenue:38000000000:null:actual');
    expect(nl).toContain('shein:growth:20:null:actual');
  });
  it('negative: "with" and no comma leaves the place the figure’s', () => {
    expect(read('Shein', 'Shein has 5 million customers with the most in Germany.')).toContain('shein:customers:5000000:DE:actual');
  });
});

describe('round 20 (markets): "as it", "alors qu’il", "terwijl het" open a clause without a comma', () => {
  it('the place of the clause after it is not the figure’s', () => {
    expect(read('Bol employed 2,600 staff last year as it builds Belgian teams', 'Bol said so.')).toContain('bol:employees:2600:null:actual');
    expect(read('Temu', "Temu's revenue hit $50 billion last year as it expanded in Germany.")).toContain('temu:revenue:50000000000:null:actual');
    expect(read('Bol', "Bol comptait 2 600 salariés l'an dernier alors qu'il renforce ses équipes belges.", 'fr')).toContain('bol:employees:2600:null:actual');
    expect(read('Bol had vorig jaar 2.600 werknemers terwijl het Belgische teams opbouwt', 'Bol zei het.', 'nl')).toContain('bol:employees:2600:null:actual');
  });
  it('negative: a place in the figure’s own clause stays', () => {
    expect(read('Bol employed 2,600 staff in Belgium last year', 'Bol said so.')).toContain('bol:employees:2600:BE:actual');
    expect(read('Bol had vorig jaar 2.600 werknemers in België', 'Bol zei het.', 'nl')).toContain('bol:employees:2600:BE:actual');
  });
});

describe('round 20 (markets): "there", "y", "daar", "hier" point to the place of the sentence’s other clause', () => {
  it('the count takes the place named before the pointer', () => {
    expect(read('Amazon', 'Amazon charges 15% on its Polish site, but it only has 2 million customers there.')).toContain('amazon:customers:2000000:PL:actual');
    expect(read('Temu', "Temu est arrivé en Pologne en mars, mais y compte déjà 2 millions d'utilisateurs.", 'fr')).toContain('temu:users:2000000:PL:actual');
    expect(read('Temu', 'Temu opende in maart in Polen, maar heeft daar al 2 miljoen gebruikers.', 'nl')).toContain('temu:users:2000000:PL:actual');
    expect(read('Temu', 'Bol is groot in Nederland, maar Temu heeft hier 2 miljoen gebruikers.', 'nl')).toContain('temu:users:2000000:NL:actual');
    expect(read('Temu', 'Temu, launched in Germany last year, has 5 million users there.')).toContain('temu:users:5000000:DE:actual');
  });
  it('negative: no pointer, or where goods come from, gives no place', () => {
    expect(read('Temu', 'Temu heeft hier en daar problemen, maar telt 2 miljoen gebruikers.', 'nl')).toContain('temu:users:2000000:null:actual');
    expect(read('Temu', 'Temu sold goods made in China, but has 2 million users there.')).toContain('temu:users:2000000:null:actual');
  });
});

describe('round 20 (markets): the places of an arrival aside are not the main clause’s', () => {
  it('a platform’s sales are not told where it was launched', () => {
    expect(read('Temu', 'According to analysts, the platform, launched in the US in 2022 and in Germany last year, made sales of about $20 billion in 2023.')).toContain(
      'temu:gmv:20000000000:null:estimate',
    );
    expect(
      read('Temu', "Selon les analystes, la plateforme, lancée aux Etats-Unis en 2022 puis arrivée en Allemagne l'an dernier, aurait réalisé un volume d'affaires de 20 milliards de dollars.", 'fr'),
    ).toContain('temu:gmv:20000000000:null:estimate');
    expect(read('Temu', 'Volgens analisten heeft het platform, in 2022 in de Verenigde Staten gelanceerd, vorig jaar voor 20 miljard dollar aan goederen verkocht.', 'nl')).toContain(
      'temu:gmv:20000000000:null:estimate',
    );
  });
  it('negative: a place of the figure’s own clause, or after the aside, stays', () => {
    expect(read('Temu', 'Temu, present in Germany since 2023, counts 5 million users in Germany.')).toContain('temu:users:5000000:DE:actual');
    expect(read('Temu', "Temu compte 5 millions d'utilisateurs en Allemagne, arrivée là-bas en 2023, selon la société.", 'fr')).toContain('temu:users:5000000:DE:actual');
  });
});

describe('round 20 (markets): a national arm’s figures go on in the next sentence', () => {
  it('a subjectless figure after an arm’s is in the arm’s country', () => {
    expect(read('Amazon UK', 'Amazon UK Services booked revenue of £30 billion in 2023. Operating profit rose to £200 million.')).toContain('amazon:profit:200000000:GB:actual');
    expect(read('Amazon France', "Amazon France Logistique a réalisé un chiffre d'affaires de 3 milliards d'euros. Le bénéfice net a atteint 50 millions d'euros.", 'fr')).toContain(
      'amazon:profit:50000000:FR:actual',
    );
    expect(read('Amazon', 'Amazon Nederland boekte een omzet van 1 miljard euro. De winst steeg naar 20 miljoen euro.', 'nl')).toContain('amazon:profit:20000000:NL:actual');
  });
  it('negative: a country told apart from the name is no arm', () => {
    expect(read('Amazon', 'Amazon and France agreed on a deal in 2023. Operating profit rose to $37 billion.')).toContain('amazon:profit:37000000000:null:actual');
    expect(read('Amazon', "Amazon booked revenue of $600 billion in 2023, against Walmart's in Britain. Operating profit rose to $37 billion.")).toContain(
      'amazon:profit:37000000000:null:actual',
    );
  });
});

describe('round 20 (markets): what an unknown company claims in its relative clause is its own', () => {
  it('the partner’s revenue is not the tracked company’s', () => {
    expect(only(read('Shein opens in Galeria', 'Shein signed a deal with the department store chain. Galeria, which claims revenue of €1.2 billion, says the move will bring young shoppers.'), ':revenue:')).toEqual(
      [],
    );
    expect(only(read('Shein', "Shein s'allie à Printemps. Printemps, qui revendique 1,2 milliard d'euros de chiffre d'affaires, défend l'opération.", 'fr'), ':revenue:')).toEqual([]);
    expect(only(read('Shein', 'Shein werkt samen met Hema. Hema, dat een omzet van 1,2 miljard euro claimt, verdedigt de stap.', 'nl'), ':revenue:')).toEqual([]);
  });
  it('negative: a tracked company’s claim is its own', () => {
    expect(read('Shein', 'Shein, which claims revenue of $38 billion, defends the move.')).toContain('shein:revenue:38000000000:null:actual');
    expect(read('Shein', "Shein, qui revendique 38 milliards de dollars de chiffre d'affaires, défend l'opération.", 'fr')).toContain('shein:revenue:38000000000:null:actual');
  });
});

describe('round 20 (markets): the panel a data firm tracks or surveys is no count', () => {
  it('brands a firm tracks are no sellers', () => {
    expect(only(read('Amazon', 'Le cabinet Kantar, qui suit les ventes de 800 marques, estime que les ventes d’Amazon ont baissé.', 'fr'), ':sellers:')).toEqual([]);
    expect(only(read('Amazon', "Het bureau GfK, dat de verkoop van zo'n 80 merken volgt, ziet de verkopen van Amazon dalen.", 'nl'), ':sellers:')).toEqual([]);
    expect(only(read('Amazon', 'Data firm Marketplace Pulse, which tracks sales for about 80 brands, said Amazon sales fell.'), ':sellers:')).toEqual([]);
  });
  it('shoppers a firm surveys are no customers', () => {
    expect(only(read('Amazon', 'The research firm, which surveys 800 Amazon shoppers every month, said 60% pay for Prime.'), ':customers:800:')).toEqual([]);
    expect(only(read('Amazon', "Le cabinet, qui interroge 800 clients d'Amazon chaque mois, estime que 60 % paient Prime.", 'fr'), ':customers:800:')).toEqual([]);
    expect(only(read('Amazon', 'Het bureau, dat elke maand 800 klanten van Amazon ondervraagt, zegt dat 60 procent Prime heeft.', 'nl'), ':customers:800:')).toEqual([]);
  });
  it('negative: a company tracking its own sellers still counts them', () => {
    expect(read('Amazon', 'Amazon tracks orders for 2 million sellers.')).toContain('amazon:sellers:2000000:null:actual');
  });
});

describe('round 20 (markets): an epithet goes on about the untracked company before it', () => {
  it('"the company" after an epithet is the untracked company, not the article’s', () => {
    expect(read('Wehkamp wint prijs, bol zakt', 'Wehkamp werd verkozen tot beste webwinkel. De Zwolse modewinkel telt 2 miljoen klanten in Nederland. Het bedrijf wil in België 500.000 klanten hebben.', 'nl')).toEqual([]);
    expect(read('Zalando wins award, Amazon slips', 'Zalando was named the best web shop. The Berlin-based fashion retailer has 50 million customers. The company wants 5 million customers in Poland.')).toEqual([]);
    expect(read('Fnac gagne, Amazon recule', "Fnac Darty a été élue meilleure enseigne. L'enseigne francilienne revendique 10 millions de clients. L'entreprise compte 2 millions de clients en Belgique.", 'fr')).toEqual([]);
  });
  it('negative: a tracked name in between, or no epithet, leaves the article’s company', () => {
    expect(read('Bol wint prijs', 'Coolblue werd tweede. Bol telt 13 miljoen klanten. Het bedrijf wil in België 5 miljoen klanten hebben.', 'nl')).toContain('bol:customers:5000000:BE:target');
    expect(read('Bol wint prijs', 'Coolblue werd tweede. De cijfers zijn goed. Het bedrijf telt in België 5 miljoen klanten.', 'nl')).toContain('bol:customers:5000000:BE:actual');
  });
});
