import { describe, expect, it } from 'vitest';
import { read } from './read-facts.js';

// Round 11 (b): fixture sentences written for each rule; none is taken from an evaluation set.

const only = (...names: string[]) => (facts: string[]) => facts.filter((f) => names.includes(f.split(':')[1]!));
const events = (facts: string[]) => facts.filter((f) => f.split(':')[2] === '' && !/:(?:actual|target|estimate)$/u.test(f));
const rules = only('regulation');
const launches = only('launch', 'expansion');
const promos = only('promotion');

describe('round 11 (b): regulation told by a present-tense verb, a rule coming into force, authorities demanding', () => {
  it('nl: "onderzoekt" is an investigation', () => {
    expect(rules(read('Kortingen', 'De toezichthouder in Den Haag onderzoekt of Shein klanten onder druk zet in Nederland.', 'nl'))).toEqual(['shein:regulation::NL']);
  });
  it('fr: a decree and a law coming into force', () => {
    expect(rules(read('Amazon et les livres', "Depuis l'automne, un arrêté fixe un minimum de frais de port pour Amazon en France.", 'fr'))).toEqual(['amazon:regulation::FR']);
    expect(rules(read('Amazon en France', 'Pour Amazon, la règle sur les livraisons est entrée en vigueur en France en janvier.', 'fr'))).toEqual(['amazon:regulation::FR']);
  });
  it('en and nl: a rule taking effect, authorities demanding', () => {
    expect(rules(read('Temu in Brazil', 'For Temu, the new import rule took effect in Brazil on Monday.'))).toEqual(['temu:regulation::BR']);
    expect(rules(read('Shein onder vuur', 'Franse consumentenautoriteiten eisten dat Shein in Frankrijk zijn prijzen duidelijker toont.', 'nl'))).toEqual(['shein:regulation::FR']);
  });
  it('negatives: research that examines, an effect that is no rule', () => {
    expect(rules(read('Bol', 'Bol onderzoekt samen met klanten welke producten het best verkopen.', 'nl'))).toEqual([]);
    expect(rules(read('Amazon', 'Amazon a arrêté la vente de ce modèle en France.', 'fr'))).toEqual([]);
  });
});

describe('round 11 (b): Dutch verbs split in a main clause, French participles and infinitives of arriving', () => {
  it('nl: "stelt ... open voor", "werkt ... samen met"', () => {
    expect(launches(read('Temu', 'Temu stelt zijn platform open voor verkopers in Spanje en Portugal.', 'nl'))).toEqual(['temu:launch::ES', 'temu:launch::PT']);
    expect(only('partnership')(read('Bol', 'In België werkt de webwinkel voortaan samen met een lokale bezorger.', 'nl'))).toEqual(['bol:partnership::BE']);
  });
  it('fr: "Ouverte en ...", "arriver en", "à la conquête de"', () => {
    expect(launches(read('Shein', "Ouverte en Italie en 2021, la boutique de Shein y compte de nombreux clients.", 'fr'))).toEqual(['shein:launch::IT']);
    expect(launches(read('Temu', "Il a fallu attendre l'été pour voir Temu arriver en Suède.", 'fr'))).toEqual(['temu:launch::SE']);
    expect(launches(read('Bol', 'Bol part à la conquête de la Belgique francophone.', 'fr'))).toEqual(['bol:expansion::BE']);
  });
  it('negatives: a shop open in the evening, "werkt samen" with a count, "open" of a debate', () => {
    expect(launches(read('Amazon', 'Le magasin d’Amazon reste ouvert en soirée.', 'fr'))).toEqual([]);
    expect(only('partnership')(read('Bol', 'Bol werkt al jaren met meer dan 50.000 verkopers samen.', 'nl'))).toEqual([]);
  });
});

describe('round 11 (b): a shelved plan is a suspension', () => {
  it('en: "a planned opening was shelved"', () => {
    expect(events(read('TikTok Shop', 'A planned launch of TikTok Shop in Poland was shelved last year.'))).toEqual(['tiktok-shop:suspension::PL']);
  });
});

describe('round 11 (b): what a launch or "discount" acts on tells no event', () => {
  it('launching an operation or opening offers is no market launch, in three languages', () => {
    expect(launches(read('Shein', 'Shein a lancé dès le 3 mars une opération baptisée « Printemps fou » en France.', 'fr'))).toEqual([]);
    expect(launches(read('Amazon', 'Amazon a ouvert ses offres le 10 juillet sur son site belge.', 'fr'))).toEqual([]);
    expect(launches(read('Temu', 'Temu opened its holiday deals on Monday in Canada.'))).toEqual([]);
    expect(launches(read('Bol', 'Bol lanceerde deze week zijn nieuwe acties in België.', 'nl'))).toEqual([]);
  });
  it('a launch of a shop stays a launch', () => {
    expect(launches(read('Shein', 'Shein a lancé sa place de marché en Pologne.', 'fr'))).toEqual(['shein:launch::PL']);
  });
  it('"discount" naming a kind of shop is no promotion', () => {
    expect(promos(read('Temu', 'Temu, the discount shopping app, said it now serves customers in Japan.'))).toEqual([]);
    expect(promos(read('Amazon', 'Amazon is taking on Chinese discount platforms in Mexico.'))).toEqual([]);
    expect(promos(read('Amazon', 'Amazon offers discounts of up to 30% in Mexico this week.'))).toEqual(['amazon:promotion::MX']);
  });
  it('discounts one is said to mislead with are what a probe is about', () => {
    expect(promos(read('Temu', 'De toezichthouder onderzoekt of Temu kopers in België misleidt met kortingen.', 'nl'))).toEqual([]);
    expect(promos(read('Shein', 'The regulator asks whether Shein misleads shoppers in Italy with countdown discounts.'))).toEqual([]);
  });
});

describe('round 11 (b): a market size, or what a people spent, is no company figure', () => {
  it('the size of a market', () => {
    expect(read('Bol', 'Bol grew 9% in 2024, while the whole Dutch online market was worth about €36 billion.').filter((f) => f.includes('36000000000'))).toEqual([]);
    expect(read('Amazon', "Amazon gagne du terrain ; le marché français de l'e-commerce pèse environ 160 milliards d'euros.", 'fr').filter((f) => f.includes('160000000000'))).toEqual([]);
    expect(read('Bol', 'Bol groeit snel, terwijl de Nederlandse onlinemarkt ongeveer 35 miljard euro waard is.', 'nl').filter((f) => f.includes('35000000000'))).toEqual([]);
  });
  it('what a people spent or received, parcels counted for an authority', () => {
    expect(read('Temu', 'Temu grew fast. Mexicans received about 80 million foreign parcels last year, according to the customs service.')).toEqual([]);
    expect(read('Shein', 'Shein grandit. Selon la douane, les Belges ont reçu 40 millions de colis en 2024, en hausse de 12 %.', 'fr')).toEqual([]);
    expect(read('Temu', 'Temu groeit. Volgens de Commissie kwamen vorig jaar 3 miljard zendingen de EU binnen.', 'nl')).toEqual([]);
  });
  it('negatives: the company named, or spending on its platform', () => {
    expect(read('Title', 'Mexicans spent $2 billion on Temu in 2024, up 40%.')).toEqual(['temu:growth:40:MX:actual']);
    expect(read('Temu', 'Temu is growing. Mexicans spent $2 billion on the app in 2024, up 25%.')).toEqual(['temu:growth:25:MX:actual']);
  });
});

describe('round 11 (b): places that are no market', () => {
  it('the city where shares trade is not inherited', () => {
    expect(rules(read('Temu in Chile', 'Temu opened in Chile. PDD shares rose 2% in New York on Friday. On Monday, lawmakers approved a tax on small imports.'))).toEqual(['temu:regulation::CL']);
  });
  it('a depot goods ship from, a nationality describing companies', () => {
    expect(promos(read('Amazon', 'Amazon opened a low-price store in Canada. Its goods ship from a large depot in China. Shoppers get free shipping on a first order.'))).toEqual(['amazon:promotion::CA']);
    expect(launches(read('Amazon', 'Amazon launched its budget storefront in Japan to answer Chinese platforms such as Temu.'))).toEqual(['amazon:launch::JP']);
  });
});

describe('round 11 (b): a company named once is known wherever it is named again', () => {
  it('fr: a brand named by its class, then alone', () => {
    const facts = read('Shein', "Shein noue un accord avec l'enseigne Jennyfer. Pour Jennyfer, qui emploie 1 000 personnes en France, l'accord est vital.", 'fr');
    expect(facts.filter((f) => f.includes('employees'))).toEqual([]);
  });
  it('en: a rival named by its class, then alone', () => {
    const facts = read('Temu', 'Temu is taking on rival chain Primark. Primark employs about 30,000 people in Britain.');
    expect(facts.filter((f) => f.includes('employees'))).toEqual([]);
  });
});

describe('round 11 (b): a share price, a noun of another figure, a shop of a group', () => {
  it('a stock with the name after it, or closing lower', () => {
    expect(only('growth')(read('Temu', 'Het aandeel PDD Holdings, eigenaar van Temu, is maandag 8 procent lager gesloten.', 'nl'))).toEqual([]);
    expect(only('growth')(read('Amazon', "L'action Amazon, qui avait bien démarré, a clôturé en baisse de 4 %.", 'fr'))).toEqual([]);
    expect(only('growth')(read('Bol', 'De omzet van bol steeg met 8 procent.', 'nl'))).toEqual(['bol:growth:8:null:actual']);
  });
  it('"the number of X rose to N and the number of Y ..." counts X', () => {
    expect(read('Bol', 'Het aantal klanten van bol steeg naar 12 miljoen en het aantal verkooppartners groeide.', 'nl')).toEqual(['bol:customers:12000000:null:actual']);
    expect(read('Shein', 'The number of Shein customers rose to 9 million, and the sellers grew too.')).toEqual(['shein:customers:9000000:null:actual']);
  });
  it('"the platform" after a group named with its own shop is the shop', () => {
    expect(read('Bol', 'Ahold Delhaize deed goede zaken met zijn webwinkel bol. De omzet van het platform steeg met 6 procent.', 'nl')).toEqual(['bol:growth:6:null:actual']);
    expect(read('Bol', 'Ahold Delhaize deed goede zaken met zijn webwinkel bol. De omzet van de groep steeg met 6 procent.', 'nl')).toEqual([]);
  });
  it('a duration is no figure that dates a sales day', () => {
    expect(promos(read('Amazon', 'Amazon ran its own 10-day Black Friday event in Italy.'))).toEqual(['amazon:promotion::IT']);
    expect(promos(read('Amazon', 'Amazon said its Black Friday sales in Italy reached €300 million.'))).toEqual([]);
  });
});

describe('round 11 (b): a region that describes a country is no market', () => {
  it('en, fr, nl', () => {
    expect(launches(read('Temu', "Temu went live in Mexico, Latin America's second-largest economy, on Monday."))).toEqual(['temu:launch::MX']);
    expect(launches(read('Temu', "Temu s'est lancé en Allemagne, première économie d'Europe.", 'fr'))).toEqual(['temu:launch::DE']);
    expect(launches(read('Temu', 'Temu is gestart in Duitsland, de grootste economie van Europa.', 'nl'))).toEqual(['temu:launch::DE']);
  });
  it('negative: a region entered stays a market', () => {
    expect(launches(read('Temu', 'Temu went live in Latin America on Monday.'))).toEqual(['temu:launch::LATAM']);
  });
});

describe('round 11 (b): "in all three markets" points back at the places named before', () => {
  it('en, fr, nl: the first places of the sentence before, as many as the pointer says', () => {
    expect(promos(read('Temu', 'Temu opened in Spain, Portugal and Greece. It gives free shipping in all three markets.'))).toEqual(['temu:promotion::ES', 'temu:promotion::PT', 'temu:promotion::GR']);
    expect(promos(read('Temu', 'Temu arrive en Suède et en Norvège. Il offre la livraison gratuite dans les deux pays.', 'fr'))).toEqual(['temu:promotion::SE', 'temu:promotion::NO']);
    expect(promos(read('Temu', 'Temu opent in Polen, Tsjechië en Hongarije, na eerder Oostenrijk. Het geeft korting in alle drie de landen.', 'nl'))).toEqual(['temu:promotion::PL', 'temu:promotion::CZ', 'temu:promotion::HU']);
  });
  it('negative: no pointer, several places before, no market', () => {
    expect(promos(read('Temu', 'Temu opened in Spain, Portugal and Greece. It gives free shipping on first orders.'))).toEqual([]);
  });
});

describe('round 11 (b): a list of nationalities between a number and its noun', () => {
  it('en and nl', () => {
    expect(read('Shein', 'Shein said more than 8,000 Spanish, Portuguese and Greek sellers had joined.').filter((f) => f.includes('sellers'))).toEqual(['shein:sellers:8000:null:actual']);
    expect(read('Shein', 'Shein telt ruim 8.000 Spaanse, Portugese en Griekse verkopers.', 'nl').filter((f) => f.includes('sellers'))).toEqual(['shein:sellers:8000:null:actual']);
  });
  it('negative: a list of places after the number is no noun', () => {
    expect(read('Shein', 'Shein reached 8,000 in Spain, Portugal and Greece.')).toEqual([]);
  });
});
