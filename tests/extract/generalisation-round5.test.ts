import { describe, expect, it } from 'vitest';
import { datelineEnd } from '../../src/extract/dateline.js';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.

describe('round 5: a dateline is where the story was filed, not a market', () => {
  it('finds where a dateline ends, and nothing when there is none', () => {
    expect(datelineEnd('SHANGHAI/LONDON, Mar 4 (Reuters) - Shein said')).toBe('SHANGHAI/LONDON, Mar 4 (Reuters) - '.length);
    expect(datelineEnd('LYON (AFP) - Shein a dit')).toBe('LYON (AFP) - '.length);
    expect(datelineEnd('Liège, le 12 avril — Bol a dit')).toBe('Liège, le 12 avril — '.length);
    expect(datelineEnd('ROTTERDAM (ANP) - Bol zegt')).toBe('ROTTERDAM (ANP) - '.length);
    expect(datelineEnd('Shein said sales in France rose - a lot.')).toBe(0);
  });
  it('a group figure after a foreign dateline has no market', () => {
    expect(read('Shein results', 'SHANGHAI/LONDON, Mar 4 (Reuters) - Shein said its revenue rose 21% last year.')).toEqual([
      'shein:growth:21:null:actual',
    ]);
    expect(read('Bol', 'ROTTERDAM (ANP) - Bol zag zijn omzet met 7 procent stijgen.', 'nl')).toEqual(['bol:growth:7:null:actual']);
  });
  it('a market named after the dateline still counts', () => {
    expect(read('Shein', 'LYON (AFP) - Shein a vu ses ventes en Allemagne progresser de 15 %.', 'fr')).toEqual(['shein:growth:15:DE:actual']);
  });
});

describe('round 5: a denied or ruled-out event is not an event', () => {
  it('a denial of a report or of plans drops the event', () => {
    expect(read('Temu', 'Temu denied a press report that it plans to open its own warehouses in Chile.')).toEqual([]);
    expect(read('Shein', 'Shein a démenti vouloir fermer son site en Espagne.', 'fr')).toEqual([]);
    expect(read('Bol', 'Bol ontkende plannen om een magazijn in Duitsland te openen.', 'nl')).toEqual([]);
  });
  it('having no plans drops the event', () => {
    expect(read('Temu', 'Temu has no plans to launch in Japan this year.')).toEqual([]);
    expect(read('Shein', "Shein n'a pas l'intention de s'implanter en Italie.", 'fr')).toEqual([]);
    expect(read('Bol', 'Bol heeft geen plannen om in Frankrijk te starten.', 'nl')).toEqual([]);
  });
  it('the same events without a denial are kept', () => {
    expect(read('Temu', 'Temu plans to open warehouses in Chile.')).toEqual(['temu:expansion::CL']);
    expect(read('Temu', 'Temu will launch in Japan this year.')).toEqual(['temu:expansion::JP']);
    expect(read('Shein', 'Shein veut fermer son site en Espagne.', 'fr')).toEqual(['shein:suspension::ES']);
  });
  it('figures in a denying sentence stay reported facts', () => {
    expect(read('Temu', 'Temu, whose revenue rose 30% last year, has no plans to launch in Japan.').map((f) => f.split(':').slice(0, 3).join(':'))).toEqual([
      'temu:growth:30',
    ]);
  });
});

describe('round 5: goods bought to be tested are neither orders nor an acquisition', () => {
  it('a consumer group buying products on a platform yields nothing', () => {
    expect(read('Temu onder vuur', 'De Consumentenbond kocht in maart 45 artikelen op Temu en liet ze testen.', 'nl')).toEqual([]);
    expect(read('Shein', 'The consumer group bought 40 items on Shein to test them for lead.')).toEqual([]);
    expect(read('Temu', "L'association de consommateurs a acheté 30 jouets sur Temu pour les tester.", 'fr')).toEqual([]);
  });
  it('a platform buying a company is still an acquisition', () => {
    expect(read('Temu', 'Temu has acquired the logistics firm Cargo in Poland.')).toEqual(['temu:acquisition::PL']);
    expect(read('Bol', 'Bol kocht webwinkel Fonq over.', 'nl')).toEqual(['bol:acquisition::null']);
  });
});

describe('round 5: analysts beside a reported figure make only their own figure an estimate', () => {
  it('a reported figure before "but short of analysts’ forecast" stays actual', () => {
    expect(read('Temu owner', 'Temu owner PDD Holdings reported quarterly revenue of 80 billion yuan, up 50%, but below analysts’ forecast of 85 billion yuan.')).toEqual([
      'temu:revenue:80000000000:null:actual',
      'temu:growth:50:null:actual',
      'temu:revenue:85000000000:null:estimate',
    ]);
    expect(read('Shein', 'Shein a réalisé un chiffre d’affaires de 30 milliards de dollars, contre 32 milliards attendus par les analystes.', 'fr')).toEqual([
      'shein:revenue:30000000000:null:actual',
      'shein:revenue:32000000000:null:estimate',
    ]);
  });
  it('an analysts’ cue before the figure, or in its clause, still makes an estimate', () => {
    expect(read('Temu', 'Analysts estimate that Temu sold goods worth $20 billion last half.').map((f) => f.split(':').pop())).toEqual(['estimate']);
    expect(read('Temu', 'Temu sold goods worth $20 billion last half, analysts estimate.').map((f) => f.split(':').pop())).toEqual(['estimate']);
  });
});

describe('round 5: the article’s one market, reached through regions, languages and pointers', () => {
  it('a language in the title ("se met au néerlandais") is no market; the region beside it is', () => {
    expect(read('Shein se met au néerlandais pour séduire la Flandre', 'Shein a investi 20 millions d’euros dans un entrepôt.', 'fr')).toEqual([
      'shein:investment:20000000:BE:actual',
    ]);
  });
  it('"celui-ci" and "du pays" point back to the market named before', () => {
    expect(read('Bol', 'Bol dit que son chiffre d’affaires belge doit doubler. Celui-ci a progressé de 8 pour cent l’an dernier.', 'fr')).toContain(
      'bol:growth:8:BE:actual',
    );
    expect(read('Bol en Wallonie', 'Bol compte 2 millions de clients en Belgique. Pour servir le sud du pays, bol a investi 30 millions d’euros.', 'fr')).toContain(
      'bol:investment:30000000:BE:actual',
    );
  });
});

describe('round 5: a sector named as what a company leads describes it', () => {
  it('"le géant du commerce en ligne", "the e-commerce giant" is the article’s company, a group figure without a market', () => {
    const fr = "Shein a publié ses comptes. Le géant chinois du commerce en ligne a réalisé un chiffre d'affaires de 38 milliards de dollars.";
    expect(read('Shein publie ses comptes', fr, 'fr')).toEqual(['shein:revenue:38000000000:null:actual']);
    expect(read('Temu results', 'Temu published results. The e-commerce giant said revenue rose 25%.')).toEqual(['temu:growth:25:null:actual']);
  });
  it('the sector as subject is still nobody’s figure', () => {
    expect(read('Shein', 'Le commerce en ligne a progressé de 9 % en France.', 'fr')).toEqual([]);
  });
});

describe('round 5: a regional town places the article in its country', () => {
  it('a Dutch town in the title carries NL to the region’s jobs and the investment', () => {
    const text = 'TILBURG - Webwinkel bol opent hier een nieuw sorteercentrum. Het bedrijf investeert 80 miljoen euro in het gebouw. Daarmee ontstaan 300 banen in de regio.';
    expect(read('Bol bouwt sorteercentrum in Tilburg', text, 'nl').filter((f) => !f.includes('launch') && !f.includes('expansion'))).toEqual([
      'bol:investment:80000000:NL:actual',
      'bol:employees:300:NL:actual',
    ]);
  });
  it('a Walloon town names Belgium', () => {
    expect(read('Bol', "Bol a investi 30 millions d'euros à Charleroi.", 'fr')).toEqual(['bol:investment:30000000:BE:actual']);
  });
  it('"namen" and "leiden" are Dutch words, not places', () => {
    expect(read('Bol', 'Bol zal de namen van 40 verkopers publiceren.', 'nl').every((f) => f.endsWith(':null:actual') || f.includes(':null'))).toBe(true);
  });
});

describe('round 5: "hexagonal" is French', () => {
  it('a figure for the "marché hexagonal" is in France', () => {
    expect(read('Shein', 'Shein a réalisé un chiffre d’affaires hexagonal de 2 milliards d’euros.', 'fr')).toEqual(['shein:revenue:2000000000:FR:actual']);
  });
});

describe('round 5: a count whose sentence names only the article’s market is in that market', () => {
  it('the place named far from the figure is still the article’s market', () => {
    const text = 'La plateforme ouvre lundi. « Plus de 3 000 vendeurs sont déjà inscrits », a dit le directeur de Temu France lors d’une conférence à Lyon.';
    expect(read('Temu arrive en France', text, 'fr')).toContain('temu:sellers:3000:FR:actual');
  });
  it('another country in the sentence keeps the count out of the article’s market', () => {
    const text = 'La plateforme ouvre lundi. « Plus de 3 000 vendeurs sont déjà inscrits », a dit le directeur de Temu Espagne lors d’une conférence à Lyon.';
    expect(read('Temu arrive en France', text, 'fr')).not.toContain('temu:sellers:3000:FR:actual');
  });
});

describe('round 5: ", and" opens a new clause with its own place', () => {
  it('each fine takes the country of its own clause', () => {
    const text = "Spain's consumer ministry fined Temu €2 million in March, and last year Poland's competition office imposed a €5 million penalty.";
    expect(read('Temu fined', text).filter((f) => f.includes(':fine:'))).toEqual(['temu:fine:2000000:ES:actual', 'temu:fine:5000000:PL:actual']);
  });
  it('a list of countries ending in ", and Italy" stays one clause: the figure is for all of them, not for Italy', () => {
    expect(read('Temu', 'Temu sales in Spain, Portugal, and Italy rose 12%.')).toEqual(['temu:growth:12:null:actual']);
  });
});

describe('round 5: "on the continent" points back to the region named before, even beside another clause’s country', () => {
  it('the continent is the region of the previous sentence', () => {
    const text = 'Shein keeps growing elsewhere in Europe. On the continent it sold goods worth an estimated €3 billion, while Britain brought in £900 million.';
    expect(read('Shein eyes Benelux', text)).toContain('shein:gmv:3000000000:EU:estimate');
    const nl = 'De stap volgt op groei elders in Europa. Op het continent verkocht Temu voor naar schatting 2 miljard euro, terwijl Spanje goed was voor 400 miljoen euro.';
    expect(read('Temu mikt op Nederland en België', nl, 'nl')).toContain('temu:gmv:2000000000:EU:estimate');
  });
});

describe('round 5: "Rival X" opening a sentence is X as subject', () => {
  it('the rival’s figure is not the article’s company’s', () => {
    expect(read('Shein results', 'Shein reported results. Rival Zalando grew revenue 7% in the same period.')).toEqual([]);
    expect(read('Shein results', "Shein reported results. Rival Zalando's fashion unit grew revenue 7% in the same period.")).toEqual([]);
  });
  it('"to rival Amazon" after the subject still leaves the figure to the subject', () => {
    expect(read('Temu', 'Temu, keen to rival Amazon, said its orders grew 20%.')).toEqual(['temu:growth:20:null:actual']);
  });
});
