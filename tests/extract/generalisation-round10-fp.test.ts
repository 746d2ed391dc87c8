import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Fixture sentences written for each rule; none is taken from an evaluation set.

const only = (name: string) => (facts: string[]) => facts.filter((f) => f.split(':')[1] === name);
const growth = only('growth');

describe('round 10 (fp): a share price is no growth, "its shares" included', () => {
  it('en: "its shares" moved', () => {
    expect(growth(read('Temu owner', 'PDD Holdings reported weaker sales. Its shares dropped 11% in early trading.'))).toEqual([]);
    expect(growth(read('Shein', 'Shein said revenue grew 20%. Its stock slid 3% after the news.'))).toEqual(['shein:growth:20:null:actual']);
  });
  it('a growth rate told with "up from" stays growth', () => {
    expect(growth(read('Bol', 'Bol grew 15%, up from 11% the year before.'))).toEqual(['bol:growth:15:null:actual']);
  });
});

describe('round 10 (fp): a level told before an earlier level is no growth', () => {
  it('"put at 7%, up from 5%" is a level in three languages', () => {
    expect(growth(read('Amazon', 'Amazon is put at 7%, up from 5% in 2021.'))).toEqual([]);
    expect(growth(read('Amazon', 'Amazon se situe à 7 %, en hausse par rapport aux 5 % de 2021.', 'fr'))).toEqual([]);
    expect(growth(read('Amazon', 'Amazon zit op 7 procent, gestegen van 5 procent in 2021.', 'nl'))).toEqual([]);
  });
  it('a change verb before the figure keeps it growth', () => {
    expect(growth(read('Amazon', 'Les ventes d’Amazon ont progressé de 9 %, en hausse par rapport aux 6 % de 2022.', 'fr'))).toEqual(['amazon:growth:9:null:actual']);
  });
});

describe('round 10 (fp): "rival" as a noun describes the name after it', () => {
  it('an untracked rival’s figures are not the article’s company’s', () => {
    const facts = read('Shein in Britain', 'Shein did well in Britain. That contrasts with a 12% drop in sales at local rival Asos, which booked revenue of £2.9 billion.');
    expect(facts.filter((f) => f.startsWith('shein:'))).toEqual([]);
  });
  it('"to rival X" still makes X an object', () => {
    expect(read('Temu', 'Temu built a warehouse network to rival Amazon, with sales of $3 billion in Europe.')).toContain('temu:gmv:3000000000:EU:actual');
  });
});

describe('round 10 (fp): companies named as the competition are not the figure’s owner', () => {
  it('nl/en/fr: the article’s company keeps the figure', () => {
    expect(read('Bol', 'Bol had een zwaar jaar. De winst zakte naar € 61 miljoen, om de concurrentie met Temu en Shein bij te benen.', 'nl')).toContain(
      'bol:profit:61000000:null:actual',
    );
    expect(read('Zalando', 'Profit fell to €45 million amid fierce competition from Shein and Temu.')).toEqual([]);
    const fr = read('Cdiscount', 'Le bénéfice est tombé à 20 millions d’euros face à la concurrence de Temu et Shein.', 'fr');
    expect(fr.filter((f) => f.includes(':profit:'))).toEqual([]);
  });
});

describe('round 10 (fp): a clause opening on a plural owner speaks of others', () => {
  it('sellers’ own sales are not the platform’s', () => {
    expect(only('revenue')(read('Amazon in Spain', 'Some 9,000 Spanish firms sell on its marketplace, and their exports topped €700 million last year.'))).toEqual([]);
    expect(only('revenue')(read('Amazon en Italie', "L'an dernier, elles ont réalisé 800 millions d'euros de ventes à l'export.", 'fr'))).toEqual([]);
  });
  it('a singular possessive keeps the company', () => {
    expect(read('Amazon', 'Amazon opened two depots, and its revenue rose to $90 billion.')).toContain('amazon:revenue:90000000000:null:actual');
  });
});

describe('round 10 (fp): a figure of the market at large is nobody’s', () => {
  it('fr/en/nl: the trade’s turnover told as a subject', () => {
    const fr = read('Temu', "D'après la fédération, le chiffre d'affaires du commerce en ligne a grimpé de 6 %, pour atteindre 38 milliards d'euros.", 'fr');
    expect(fr).toEqual([]);
    const en = read('Temu', 'According to the trade body, the revenue of British e-commerce rose 4%, reaching £120 billion.');
    expect(en).toEqual([]);
    const nl = read('Bol', 'Volgens de branchevereniging steeg de omzet van de Belgische onlinehandel met 5 procent, tot 14 miljard euro.', 'nl');
    expect(nl).toEqual([]);
  });
  it('the company’s own turnover is kept', () => {
    expect(read('Temu', 'Le chiffre d’affaires de Temu a grimpé à 2 milliards d’euros.', 'fr')).toContain('temu:revenue:2000000000:null:actual');
  });
});

describe('round 10 (fp): event cue words in another sense', () => {
  const events = (facts: string[]) => facts.filter((f) => f.split(':').length === 4);
  it('fake discounts are what a rule is about, not a promotion', () => {
    expect(only('promotion')(read('Temu', 'Temu was told to stop showing fake discounts to Spanish shoppers.'))).toEqual([]);
    expect(only('promotion')(read('Shein', 'Shein doit cesser ses réductions trompeuses en Italie.', 'fr'))).toEqual([]);
    expect(only('promotion')(read('Temu', 'Temu moet stoppen met misleidende kortingen in België.', 'nl'))).toEqual([]);
    expect(only('promotion')(read('Temu', 'Temu is offering big discounts to Spanish shoppers this week.'))).toEqual(['temu:promotion::ES']);
  });
  it('shoppers buying at a shop is no acquisition', () => {
    expect(only('acquisition')(read('Shein', 'Bijna een derde van de Nederlanders kocht vorig jaar kleding bij Shein.', 'nl'))).toEqual([]);
    expect(only('acquisition')(read('Temu', 'Veel jongeren kochten al eens iets via Temu.', 'nl'))).toEqual([]);
    expect(only('acquisition')(read('Bol', 'Bol kocht vorig jaar de webwinkel Fonq.', 'nl'))).toEqual(['bol:acquisition::null']);
  });
  it('Dutch "sluit" closing a deal is no suspension', () => {
    expect(only('suspension')(read('TikTok Shop in België', 'Voor de levering sluit TikTok een overeenkomst met bpost in België.', 'nl'))).toEqual([]);
    expect(only('suspension')(read('Temu in België', 'Temu sluit niet uit dat het in België een magazijn opent.', 'nl'))).toEqual([]);
    expect(only('suspension')(read('Shein in Nederland', 'Shein sluit zijn pop-upwinkel in Nederland.', 'nl'))).toEqual(['shein:suspension::NL']);
  });
  it('not yet available was never suspended', () => {
    expect(only('suspension')(read('TikTok Shop', 'In Polen is TikTok Shop nog steeds niet beschikbaar.', 'nl'))).toEqual([]);
    expect(only('suspension')(read('TikTok Shop', 'In Polen is TikTok Shop niet meer beschikbaar.', 'nl'))).toEqual(['tiktok-shop:suspension::PL']);
  });
  it('visitors arriving on a site are no launch', () => {
    expect(only('launch')(read('Temu en France', "Temu affiche des fenêtres publicitaires dès l'arrivée sur le site des internautes français.", 'fr'))).toEqual([]);
    expect(only('launch')(read('Temu', "L'arrivée de Temu en Espagne date de 2023.", 'fr'))).toEqual(['temu:launch::ES']);
  });
  it('a company reacting to an arrival is not the one arriving', () => {
    expect(events(read('Nieuw magazijn', 'Coolblue bouwt in Tilburg. Bol reageert kalm op de komst van het nieuwe magazijn in Tilburg.', 'nl'))).toEqual([]);
    expect(events(read('New depot', 'Zalando is building near Lyon. Shein responded calmly to the opening of the new depot in France.'))).toEqual([]);
  });
  it('a listing only weighed is no funding', () => {
    expect(only('funding')(read('Shein', 'Shein is weighing a possible listing in Hong Kong.'))).toEqual([]);
    expect(only('funding')(read('Shein', 'Shein étudie une éventuelle introduction en Bourse à Londres.', 'fr'))).toEqual([]);
    expect(only('funding')(read('Shein', 'Shein onderzoekt een mogelijke beursgang in Londen.', 'nl'))).toEqual([]);
    expect(only('funding')(read('Shein', 'Shein filed for a listing in Hong Kong.'))).toEqual(['shein:funding::HK']);
  });
  it('a study cited for a percentage is no investigation', () => {
    expect(only('regulation')(read('Coolblue', 'Amazon heeft volgens dit onderzoek 5 procent van de Belgische onlinemarkt.', 'nl'))).toEqual([]);
    expect(only('regulation')(read('Temu', 'De ACM startte een onderzoek naar Temu in Nederland.', 'nl'))).toEqual(['temu:regulation::NL']);
  });
});

describe('round 10 (fp): a new boss’s former post is no market of the appointment', () => {
  it('en/fr/nl', () => {
    expect(only('leadership')(read('Temu', 'Temu appointed Jane Doe, previously head of sales in Japan, to lead its German business.'))).toEqual(['temu:leadership::DE']);
    expect(only('leadership')(read('Shein', "Shein a nommé Paul Martin, ancien patron des ventes en Espagne, à la tête de sa filiale en Italie.", 'fr'))).toEqual([
      'shein:leadership::IT',
    ]);
    expect(only('leadership')(read('Bol', 'Bol benoemt Anna de Vries, voorheen directeur in Duitsland, tot baas in België.', 'nl'))).toEqual(['bol:leadership::BE']);
  });
});

describe('round 10 (fp): counts of products on offer are no orders', () => {
  it('en/fr/nl', () => {
    expect(only('orders')(read('Bol', 'Bol is giving discounts on some 150,000 products this weekend.'))).toEqual([]);
    expect(only('orders')(read('Bol', 'Bol geeft deze week korting op ruim 120.000 artikelen.', 'nl'))).toEqual([]);
    expect(only('orders')(read('Amazon', 'Amazon propose un catalogue de 3 millions de produits.', 'fr'))).toEqual([]);
    expect(only('orders')(read('Bol', 'Bol verwerkte tijdens de actieweek 2 miljoen bestellingen.', 'nl'))).toEqual(['bol:orders:2000000:null:actual']);
  });
});

describe('round 10 (fp): doubling a bet is no growth', () => {
  it('en/fr/nl', () => {
    expect(growth(read('Temu', 'Temu is doubling down on Latin America.'))).toEqual([]);
    expect(growth(read('Temu', 'Temu double la mise sur le Brésil.', 'fr'))).toEqual([]);
    expect(growth(read('Temu', 'Temu verdubbelt zijn inzet in Brazilië.', 'nl'))).toEqual([]);
    expect(growth(read('Temu', 'Temu doubled its sales in Brazil.'))).toEqual(['temu:growth:2:BR:actual']);
  });
});

describe('round 10 (fp): services sold to sellers are no goods sold', () => {
  it('en: the sum of a service line has no GMV reading', () => {
    expect(only('gmv')(read('Temu owner', 'Ad services sold to sellers on the app rose to 30 billion yuan.'))).toEqual([]);
    expect(only('gmv')(read('Temu', 'Temu sold $4 billion of goods in Mexico.'))).toEqual(['temu:gmv:4000000000:MX:actual']);
  });
});

describe('round 10 (fp): a valuation has no market in the city of a listing', () => {
  it('en/fr', () => {
    const market = (f: string) => f.split(':')[3];
    expect(only('valuation')(read('Shein', 'Shein plans a New York listing that could value it at $60 billion.')).map(market)).toEqual(['null']);
    expect(only('valuation')(read('Shein', 'Une cotation à Londres valoriserait Shein à 50 milliards de dollars.', 'fr')).map(market)).toEqual(['null']);
    expect(only('valuation')(read('Shein', 'Shein was valued at $40 billion in Britain.')).map(market)).toEqual(['GB']);
  });
});

describe('round 10 (fp): one event told by two cues of a sentence has one place', () => {
  it('a second cue with no place takes none from the sentence before', () => {
    const facts = read('Deals', 'Prices fell across Europe. In Belgium bol ran its own Black Friday, with discounts on toys.');
    expect(only('promotion')(facts)).toEqual(['bol:promotion::BE']);
  });
});

describe('round 10 (fp): expanding beyond a place is not expanding there', () => {
  it('en/fr', () => {
    expect(only('expansion')(read('Amazon', 'Amazon said its Haul store would expand beyond Japan next year.'))).not.toContain('amazon:expansion::JP');
    expect(only('expansion')(read('Amazon', "Amazon veut étendre Haul au-delà de l'Allemagne l'an prochain.", 'fr'))).not.toContain('amazon:expansion::DE');
  });
});

describe('round 10 (fp): a negated nationality is no market', () => {
  it('nl/en', () => {
    expect(only('regulation')(read('TikTok', 'De wet verplicht TikTok om te verkopen aan een niet-Amerikaanse koper.', 'nl'))).not.toContain('tiktok-shop:regulation::US');
    expect(only('regulation')(read('TikTok', 'The law forces TikTok to sell to a non-Chinese buyer.'))).not.toContain('tiktok-shop:regulation::CN');
  });
});

describe('round 10 (fp): a subsidiary points back to the place told before', () => {
  it('en/fr/nl', () => {
    expect(only('employees')(read('Temu', 'Temu’s German business made a profit. The unit employed 80 people at year end.'))).toEqual(['temu:employees:80:DE:actual']);
    expect(only('employees')(read('Temu', 'Temu a ouvert un bureau en Italie. La filiale emploie 40 personnes.', 'fr'))).toEqual(['temu:employees:40:IT:actual']);
    expect(only('employees')(read('Shein', 'Shein heeft een kantoor in België. De dochter telt 25 werknemers.', 'nl'))).toEqual(['shein:employees:25:BE:actual']);
  });
});

describe('round 10 (fp): audience counts take the lead’s one country when the title names none', () => {
  it('fr/en', () => {
    const fr = read('Audience des sites marchands', "Le classement des sites les plus visités d'Italie est paru. Plus loin, Temu attire 9 millions de visiteurs uniques.", 'fr');
    expect(only('users')(fr)).toEqual(['temu:users:9000000:IT:actual']);
    const en = read('Shopping app ranking', 'Spain’s most used shopping apps were ranked on Monday. Further down, Shein counts 6 million monthly users.');
    expect(only('users')(en)).toEqual(['shein:users:6000000:ES:actual']);
  });
  it('money is not given the lead’s country', () => {
    const en = read('Shopping app ranking', 'Spain’s most used shopping apps were ranked on Monday. Further down, Shein had revenue of $2 billion.');
    expect(only('revenue')(en)).toEqual(['shein:revenue:2000000000:null:actual']);
  });
});

describe('round 10 (fp): an interview answer in the first person speaks for the interviewed company', () => {
  it('fr/en: the rival named in the question does not take the answer’s event', () => {
    const fr = read(
      'Entretien avec le patron de Bol en Belgique',
      "Le patron de bol répond. Temu vous fait-il peur ? Nous avons lancé des promotions sur 5 000 jouets en Belgique pour les fêtes.",
      'fr',
    );
    expect(only('promotion')(fr)).toEqual(['bol:promotion::BE']);
    // Launching a sale is no launch in a market.
    expect(only('launch')(fr)).toEqual([]);
    const en = read('Interview: the head of Amazon Italy', 'The head of Amazon Italy spoke to us. Does Shein worry you? We ran discounts on thousands of items in Italy this summer.');
    expect(only('promotion')(en)).toEqual(['amazon:promotion::IT']);
  });
  it('a quoted first-person sentence is left to the nearer subject', () => {
    const en = read('Amazon in Italy', 'Shein opened a pop-up in Milan. "We run discounts in Italy every month," a Shein manager said.');
    expect(only('promotion')(en)).toEqual(['shein:promotion::IT']);
  });
});

describe('round 10 (fp): a headline multiple the body tells as a percentage is one fact', () => {
  it('en/fr/nl: the title’s ratio goes when the body has the percentage', () => {
    expect(growth(read('Bol has more than doubled its profit', 'Net profit rose 115% to €90 million.'))).toEqual(['bol:growth:115:null:actual']);
    expect(growth(read('Temu fait plus que tripler ses ventes', 'Les ventes de Temu ont bondi de 210 %.', 'fr'))).toEqual(['temu:growth:210:null:actual']);
    expect(growth(read('Shein verdubbelt zijn omzet', 'De omzet van Shein steeg met 97 procent.', 'nl'))).toEqual(['shein:growth:97:null:actual']);
  });
  it('a body percentage far from the multiple keeps both', () => {
    expect(growth(read('Bol has doubled its profit', 'Revenue rose 12% to €6 billion.'))).toEqual(['bol:growth:2:null:actual', 'bol:growth:12:null:actual']);
  });
});

describe('round 10 (fp): the place of a launch may follow an apposition about what was launched', () => {
  it('en/fr/nl', () => {
    expect(only('launch')(read('Amazon', 'Amazon launched Bazaar, its own shop for cheap fashion, in Mexico last month.'))).toEqual(['amazon:launch::MX']);
    expect(only('launch')(read('Temu', 'Temu a lancé Temu Local, sa place de marché pour vendeurs européens, en Espagne.', 'fr'))).toEqual(['temu:launch::ES']);
    expect(only('launch')(read('Bol', 'Bol lanceerde Bol Plus, zijn nieuwe abonnement, in België.', 'nl'))).toEqual(['bol:launch::BE']);
  });
  it('a place after a clause of another verb is not taken', () => {
    expect(only('launch')(read('Amazon', 'Amazon launched Bazaar, its cheap shop, and said sales were strong in Mexico.'))).not.toContain('amazon:launch::MX');
  });
});
