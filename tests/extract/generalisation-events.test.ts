import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/index.js';

const events = (title: string, text: string, language = 'en') =>
  extractFacts({ title, text, language, published: '2024-06-01' })
    .facts.filter((f) => f.type === 'event')
    .map((f) => `${f.competitor}:${f.event}:${f.market}`);

describe('extract: events told by a noun', () => {
  it('en/fr/nl: "the rollout of", "l’ouverture de", "de introductie"', () => {
    expect(events('Social commerce', 'The rollout of TikTok Shop in France and Germany is expected in March.')).toEqual([
      'tiktok-shop:expansion:FR',
      'tiktok-shop:expansion:DE',
    ]);
    expect(events('Temu', "L'ouverture du site de Temu en Belgique remonte à 2023.", 'fr')).toEqual(['temu:launch:BE']);
    expect(events('TikTok Shop', 'Na de introductie in Spanje volgt nu Duitsland.', 'nl')).toContain('tiktok-shop:launch:ES');
  });
  it('the noun’s complement owns the event, not the sentence’s subject', () => {
    expect(events('Temu in Ireland', 'Zalando welcomed the launch of Temu in Ireland.')).toEqual(['temu:launch:IE']);
    expect(
      events('Amazon viert verjaardag in België', 'Concurrent bol reageert rustig op de komst van de Amerikaanse reus.', 'nl'),
    ).toEqual(['amazon:launch:BE']);
  });
});

describe('extract: parcel levies and customs rules are regulation', () => {
  it('en: a duty-free threshold and a levy; "Brussels" is the EU', () => {
    expect(
      events('Temu and Shein', 'EU finance ministers agreed to scrap the duty-free threshold for low-value parcels, which has benefited Shein and Temu.'),
    ).toEqual(['shein:regulation:EU', 'temu:regulation:EU']);
    expect(events('Temu', 'A flat levy on packages from Chinese platforms such as Temu is under discussion in Brussels.')).toEqual([
      'temu:regulation:EU',
    ]);
  });
  it('fr: "l’exonération de droits de douane", "frais de traitement"', () => {
    expect(events('Shein', "Bruxelles veut supprimer l'exonération de droits de douane pour les colis de Shein.", 'fr')).toEqual([
      'shein:regulation:EU',
    ]);
    expect(events('Temu', 'La France veut imposer des frais de traitement sur les colis de Temu.', 'fr')).toEqual(['temu:regulation:FR']);
  });
  it('nl: a compound "pakjesheffing"; where parcels come from is not the market', () => {
    expect(events('Temu', 'België voert een pakjesheffing in die vooral Temu treft.', 'nl')).toEqual(['temu:regulation:BE']);
    expect(events('Pakjes', 'Nederland voert een heffing op pakketjes uit China in, gericht op Temu en Shein.', 'nl')).toEqual([
      'temu:regulation:NL',
      'shein:regulation:NL',
    ]);
  });
});

describe('extract: an event’s market is in its own clause', () => {
  it('en: a clause opened by "ending"/"after" names other places', () => {
    expect(
      events('Amazon', 'Amazon launched a website for Ireland on Wednesday, ending years in which shoppers ordered from its British or German sites.'),
    ).toEqual(['amazon:launch:IE']);
    expect(events('Shein', 'Shein filed for a listing in Hong Kong, after its attempt to list in London stalled.')).toEqual(['shein:funding:HK']);
  });
  it('where goods come from is not the market: "China shipments", "Chinese parcels"', () => {
    expect(events('Temu', 'Temu halts direct China shipments to US shoppers.')).toEqual(['temu:suspension:US']);
    expect(events('Temu', 'Washington scrapped the de minimis exemption for Chinese parcels.')).toEqual(['temu:regulation:US']);
  });
  it('a rule’s maker before an apposition: "France’s watchdog, the DGCCRF, fined Shein"', () => {
    expect(events('Shein', "France's consumer watchdog, the DGCCRF, fined Shein €40 million.")).toEqual(['shein:regulation:FR']);
  });
});

describe('extract: a cue that is another’s object is no event', () => {
  it('an investigation that is started is not a launch; fined discounts are no promotion', () => {
    expect(events('Temu', 'De ACM is in Nederland een onderzoek gestart naar Temu.', 'nl')).toEqual(['temu:regulation:NL']);
    expect(events('Shein', 'The French regulator fined Shein for misleading discounts.')).toEqual(['shein:regulation:FR']);
  });
  it('opening and suspending in one breath are two events; a paused launch is one', () => {
    expect(events('Shein en France', 'Shein ouvre au BHV et suspend sa marketplace en France.', 'fr').sort()).toEqual(['shein:launch:FR', 'shein:suspension:FR']);
    expect(events('Temu', 'Temu has paused its launch in Canada.')).toEqual(['temu:suspension:CA']);
  });
  it('a future word in another clause does not make a past launch an expansion', () => {
    expect(events('Amazon', 'Amazon launched in Ireland, the company said, and customers will get free delivery.')).toContain('amazon:launch:IE');
  });
});

describe('extract: an event with no market in its sentence takes the one before', () => {
  it('nl: the previous sentence’s market when the title names none', () => {
    expect(
      events('Temu onder vuur', 'Ook in Nederland ligt Temu onder vuur. De toezichthouder is vorige maand een onderzoek naar het platform gestart.', 'nl'),
    ).toEqual(['temu:regulation:NL']);
  });
  it('en: "in the country" points back', () => {
    expect(events('Competition', 'Competition in Brazil is fierce. Temu, which arrived in the country in June 2024, is growing.')).toContain('temu:launch:BR');
  });
});

describe('extract: cue wording', () => {
  it('raising prices is no funding; "schrapt ongeveer 150 banen" is a layoff', () => {
    expect(events('Shein', 'Shein has raised prices on many items in the US.')).toEqual([]);
    expect(events('Bol', 'Webwinkel bol schrapt ongeveer 150 banen in Utrecht.', 'nl')).toEqual(['bol:layoff:NL']);
  });
  it('fr: "les livraisons seront gratuites" is a promotion', () => {
    expect(events('Bol en Belgique', 'Les livraisons de Bol seront gratuites dès 20 euros en Belgique.', 'fr')).toEqual(['bol:promotion:BE']);
  });
});

describe('extract: places an event is not in', () => {
  it('"outside China" is not where the rule applies', () => {
    expect(events('Temu', 'Tariffs hurt Temu, which will keep investing in merchants outside China.')).toEqual([]);
  });
  it('nl: "kondigde aan ... te openen" is an announced expansion, and ends the partnership’s places', () => {
    expect(
      events('Shein in België', 'Shein sloot een samenwerking met bpost en kondigde aan dit najaar een magazijn in Polen te openen.', 'nl'),
    ).toEqual(['shein:partnership:BE', 'shein:expansion:PL']);
  });
});

describe('extract: "after" opens another clause for an event’s places', () => {
  it('en: "Hong Kong listing after London plan stalls"', () => {
    expect(events('Listings', 'Shein files for Hong Kong listing after London plan stalls.')).toEqual(['shein:funding:HK']);
  });
});

describe('extract: companies joined past their asides', () => {
  const text =
    'Competition in Brazil is fierce. Shein, which works with 300 Brazilian factories, and Temu, which arrived in the country in June 2024, have both been hit by a 20% import tax.';
  it('both subjects share the main clause’s event; the aside’s event is its antecedent’s alone', () => {
    const out = events('Social commerce', text);
    expect(out).toContain('shein:regulation:BR');
    expect(out).toContain('temu:regulation:BR');
    expect(out).toContain('temu:launch:BR');
    expect(out).not.toContain('shein:launch:BR');
  });
});

describe('extract: words that look like event cues but are not', () => {
  it('a cue capitalised mid-sentence is part of a name', () => {
    expect(events('Shein', "Selon l'Alliance des détaillants, Shein a gagné des clients en Espagne.", 'fr')).toEqual([]);
    expect(events('Temu', 'The Consumer Alliance said Temu was popular in Ireland.')).toEqual([]);
  });
  it('regulators told or filed with, and pre-tax profit, are no regulation', () => {
    expect(events('Temu', 'Temu told regulators in Spain that it has 9 million users.')).toEqual([]);
    expect(events('Shein', 'Pre-tax profit at Shein’s German arm doubled, filings show.')).toEqual([]);
  });
  it('an action by regulators still is', () => {
    expect(events('Shein', 'Regulators in Spain fined Shein last week.')).toEqual(['shein:regulation:ES']);
  });
});
